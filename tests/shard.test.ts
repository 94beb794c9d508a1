import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fake-discord.js';
import { stopGroup, type Workspace, workspace } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..');
let fake: FakeDiscord;
let ws: Workspace;
let manager: ChildProcess;

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  ws = await workspace();
  manager = spawn('npm', ['run', 'start:sharded'], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, DISCORD_TOKEN: 'shard-test-token', DISCORD_API_URL: fake.apiUrl, SHARD_COUNT: '2', ARTICLE_PATH: ws.articlePath, INDEX_DIR: ws.indexDir, LOG_LEVEL: 'warn' },
  });
  await fake.waitFor(() => fake.identifies.length >= 2, 60_000);
});

afterAll(async () => {
  await stopGroup(manager);
  await fake?.stop();
  await ws?.cleanup();
});

describe('npm run start:sharded', () => {
  it('starts one process per shard, each identifying as its shard', () => {
    expect(fake.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('answers /ask from the shard Discord routes each server to, (guild_id >> 22) % shards', async () => {
    // Two servers whose ids route to shard 0 and shard 1.
    const servers = [0n, 1n].map((shard) => String((930_000_000_000_000_000n >> 22n << 22n) + (shard << 22n)));
    for (const [shard, guildId] of servers.entries()) {
      const interaction = fake.interact({ name: 'ask', guildId, options: [{ name: 'question', type: 3, value: 'How many internet users did China have?' }] });
      const reply = await fake.finalMessage(interaction);
      expect(reply.body.embeds[0].fields[0].name).toBe('[1] ¶14');
      expect(fake.delivered.find((event) => (event.d as { id?: string }).id === interaction.id)?.shard).toBe(shard);
    }
  });
});
