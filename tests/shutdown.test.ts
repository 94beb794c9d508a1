import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, PERMISSIONS } from './fake-discord.js';
import { type Workspace, workspace } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..');
let fake: FakeDiscord;
let ws: Workspace;
let bot: ChildProcess;
let output = '';

/** The bot's complete log lines so far, parsed. */
const logLines = (): any[] =>
  output
    .split('\n')
    .slice(0, -1)
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));

/** The bot as `npm start` runs it, without npm in between, so its own exit code is seen. */
async function startBot(): Promise<void> {
  fake = await new FakeDiscord().start();
  ws = await workspace();
  await ws.library.ready();
  output = '';
  bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DISCORD_TOKEN: 'shutdown-test-token', DISCORD_API_URL: fake.apiUrl, ARTICLE_PATH: ws.articlePath, INDEX_DIR: ws.indexDir, LOG_LEVEL: 'info' },
  });
  bot.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await fake.waitFor(() => fake.identifies.length > 0, 30_000);
}

const exited = (): Promise<number | null> => new Promise((resolve) => (bot.exitCode !== null ? resolve(bot.exitCode) : bot.once('exit', (code) => resolve(code))));

afterEach(async () => {
  if (bot && bot.exitCode === null) bot.kill('SIGKILL');
  await fake?.stop();
  await ws?.cleanup();
});

describe('SIGTERM', () => {
  it('finishes the reply in flight, closes the gateway and exits 0', async () => {
    await startBot();
    // The bot is up and answering.
    await fake.finalMessage(fake.interact({ name: 'quote', options: [{ name: 'year', type: 4, value: 2015 }] }));
    const question = fake.interact({ name: 'ask', options: [{ name: 'question', type: 3, value: 'How many internet users did China have?' }] });
    // Discord does not answer the bot's first request for the question until released: the
    // reply is in flight, whatever the machine's speed, when the signal comes.
    const held = fake.hold(question);
    await held.arrived;
    bot.kill('SIGTERM');
    const stopping = await fake.waitFor(() => logLines().find((line) => line.msg === 'finishing replies in flight'));
    expect(stopping.inFlight).toBe(1);
    expect(bot.exitCode).toBeNull();
    held.release();
    const reply = await fake.finalMessage(question);
    expect(reply.body.embeds[0].fields[0].name).toBe('[1] ¶14');
    expect(reply.body.embeds[0].fields[0].value).toContain('854 million internet users');
    expect(await exited()).toBe(0);
    expect(logLines().find((line) => line.msg === 'stopped')).toMatchObject({ unanswered: 0 });
    // The gateway was closed by the bot (1000), not dropped when the process ended.
    await fake.waitFor(() => fake.closes.length > 0);
    expect(fake.closes).toEqual([1000]);
  });

  it('during a reindex leaves the current index and no partial files', async () => {
    await startBot();
    const before = await readFile(path.join(ws.indexDir, 'current'), 'utf8');
    fake.interact({ name: 'reindex', permissions: PERMISSIONS.manageGuild });
    await fake.waitFor(() => fake.requests.some((request) => request.path.endsWith('/callback')));
    bot.kill('SIGTERM');
    expect(await exited()).toBe(0);
    const entries = await readdir(ws.indexDir);
    expect(entries.filter((name) => name.startsWith('.'))).toEqual([]);
    const current = await readFile(path.join(ws.indexDir, 'current'), 'utf8');
    // Either the rebuild was stopped (the old index stays) or it had finished writing (the new one is whole).
    expect(entries).toContain(current.trim());
    if (current !== before) expect(entries).not.toContain(before.trim());
  });
});
