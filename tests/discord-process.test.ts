import { type ChildProcess, execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { commands } from '../commands/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, FakeDiscord, GUILD_ID, PERMISSIONS } from './fake-discord.js';
import { stopGroup, type Workspace, workspace } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..');
// Recognisable, so a leak into any log line or message would be found.
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.SECRET-TOKEN-canary.do-not-log-me';

let fake: FakeDiscord;
let ws: Workspace;
let bot: ChildProcess;
let output = '';

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: APPLICATION_ID,
    DISCORD_API_URL: fake.apiUrl,
    ARTICLE_PATH: ws.articlePath,
    INDEX_DIR: ws.indexDir,
    LOG_LEVEL: 'debug',
    ...extra,
  };
}

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  ws = await workspace();
  bot = spawn('npm', ['start'], { cwd: ROOT, env: env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  bot.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  bot.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await fake.waitFor(() => fake.identifies.length > 0, 30_000);
});

afterAll(async () => {
  await stopGroup(bot);
  await fake?.stop();
  await ws?.cleanup();
});

describe('npm start with DISCORD_TOKEN and DISCORD_API_URL', () => {
  it('logs in to the given server and answers /ask', async () => {
    const reply = await fake.finalMessage(fake.interact({ name: 'ask', options: [{ name: 'question', type: 3, value: 'How many internet users did China have?' }] }));
    expect(reply.body.embeds[0].description).toContain('854 million internet users');
    expect(reply.body.embeds[0].fields[0].name).toBe('[1] ¶14');
  });

  it('answers /quote and performs /reindex for a moderator', async () => {
    const quote = await fake.finalMessage(fake.interact({ name: 'quote', options: [{ name: 'year', type: 4, value: 2015 }] }));
    expect(quote.body.embeds[0].fields[0].name).toBe('¶32 · December 16, 2015');
    const reindex = await fake.finalMessage(fake.interact({ name: 'reindex', permissions: PERMISSIONS.manageGuild, userId: '960000000000000007' }));
    expect(reindex.body.embeds[0].title).toBe('Index rebuilt');
  });

  it('logs each interaction as structured JSON with command, user, server, timing and outcome, and who reindexed', async () => {
    // Log lines reach the pipe a little after the reply reaches Discord.
    const logLines = () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line));
    const answered = await fake.waitFor(() => logLines().find((line) => line.msg === 'command answered' && line.command === 'ask'));
    expect(answered).toMatchObject({ command: 'ask', userId: '950000000000000001', guildId: GUILD_ID, outcome: 'answer' });
    expect(typeof answered.ms).toBe('number');
    const reindexed = await fake.waitFor(() => logLines().find((line) => line.msg === 'reindexed'));
    expect(reindexed).toMatchObject({ requestedBy: '960000000000000007', passagesAfter: 40 });
  });

  it('never writes the token to a log line or a message', () => {
    expect(output.length).toBeGreaterThan(0);
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain('SECRET-TOKEN-canary');
    for (const request of fake.requests) expect(JSON.stringify(request.body ?? '')).not.toContain('SECRET-TOKEN-canary');
  });
});

describe('npm run deploy-commands', () => {
  const run = promisify(execFile);

  const names = [...commands.keys()];

  it('registers every command to DISCORD_GUILD_ID, with the moderators\' ones limited to Manage Server in servers', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'deploy-commands'], { cwd: ROOT, env: env({ DISCORD_GUILD_ID: GUILD_ID }) });
    expect(stdout.trim()).toBe(`Registered ${names.length} commands (${names.map((name) => `/${name}`).join(', ')}) to server ${GUILD_ID}.`);
    const put = fake.requests.find((request) => request.method === 'PUT' && request.path === `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put?.body.map((command: { name: string }) => command.name)).toEqual(names);
    for (const name of ['reindex', 'status', 'settings']) {
      expect(put?.body.find((command: { name: string }) => command.name === name)).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    }
  });

  it('registers globally without a server id', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'deploy-commands'], { cwd: ROOT, env: env({ DISCORD_GUILD_ID: '' }) });
    expect(stdout).toMatch(new RegExp(`^Registered ${names.length} commands .* globally`));
    expect(fake.requests.some((request) => request.method === 'PUT' && request.path === `/applications/${APPLICATION_ID}/commands`)).toBe(true);
  });

  it('names the missing settings instead of failing obscurely', async () => {
    const failed = await run('npm', ['run', '--silent', 'deploy-commands'], { cwd: ROOT, env: env({ DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' }) }).catch((error) => error);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim()).toBe('To register commands, set DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example).');
  });
});
