import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, GUILD_ID, PERMISSIONS } from './fake-discord.js';
import { askLibrary, openLibraries, type Workspace, workspace } from './helpers.js';

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

/**
 * Preloaded into the bot to catch it mid-reindex: as a reindex is about to take its lock (the
 * first write to the locks table), it says so on stderr and stops itself (SIGSTOP), so a signal
 * sent then is handled while that reindex is under way, however fast the machine.
 */
const STOP_AT_REINDEX_LOCK = String.raw`
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
const Database = createRequire(path.join(process.cwd(), 'package.json'))('better-sqlite3');
const prepare = Database.prototype.prepare;
let stopped = false;
Database.prototype.prepare = function (sql, ...rest) {
  if (!stopped && /^\s*insert into "locks"/i.test(sql)) {
    stopped = true;
    fs.writeSync(2, 'shutdown-test: a reindex is taking its lock\n');
    process.kill(process.pid, 'SIGSTOP');
  }
  return prepare.call(this, sql, ...rest);
};
`;

/** Whether a process is stopped (state "T" in /proc/PID/stat), as SIGSTOP leaves it. */
function stoppedProcess(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('T');
  } catch {
    return false;
  }
}

/** Preloaded to let a rejection escape every handler, as a defect would: once the bot has logged in. */
const ESCAPING_REJECTION = String.raw`
process.on('warning', () => undefined);
const timer = setInterval(() => {
  if (!globalThis.__escaped && process.listenerCount('unhandledRejection') > 0) {
    globalThis.__escaped = true;
    clearInterval(timer);
    Promise.reject(new Error('a defect escaped every handler'));
  }
}, 50);
timer.unref();
`;

/** The bot as `npm start` runs it, without npm in between, so its own exit code is seen. */
async function startBot(options: { stopAtReindexLock?: boolean; escapingRejection?: boolean } = {}): Promise<void> {
  fake = await new FakeDiscord().start();
  ws = await workspace();
  await ws.library.ready();
  output = '';
  const preload = [
    ...(options.stopAtReindexLock ? ['--import', `data:text/javascript,${encodeURIComponent(STOP_AT_REINDEX_LOCK)}`] : []),
    ...(options.escapingRejection ? ['--import', `data:text/javascript,${encodeURIComponent(ESCAPING_REJECTION)}`] : []),
  ];
  bot = spawn(process.execPath, [...preload, '--import', 'tsx', 'src/main.ts'], {
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
    // (A wait for an event: the bound only stops a broken run, and a loaded CI machine is slow.)
    const stopping = await fake.waitFor(() => logLines().find((line) => line.msg === 'finishing replies in flight'), 60_000);
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

  it('during a reindex finishes it whole, answers it, leaves no lock and exits 0; the bot answers from it afterwards', async () => {
    await startBot({ stopAtReindexLock: true });
    const defaultBefore = await ws.store.library('default');
    expect(await ws.store.version(GUILD_ID)).toBeNull();
    // The shipped article with one figure changed and paragraphs added: more new texts than the
    // model embeds in one batch. Each batch is a turn of the event loop, so the signal is handled
    // between two of them, while the reindex holds its lock and nothing of it is written yet.
    const added = Array.from({ length: 40 }, (_, i) => `Dock ${i} of the harbour moved ${1000 + i} containers in ${2000 + (i % 20)}. It hired ${i + 3} crane drivers that year.\n`);
    const article = [(await readFile(ws.articlePath, 'utf8')).replace('854 million', '855 million'), ...added].join('\n');
    const interaction = fake.interact({
      name: 'reindex',
      permissions: PERMISSIONS.manageGuild,
      options: [{ name: 'article', type: 11, value: '1' }],
      attachments: { '1': { filename: 'revised.txt', size: Buffer.byteLength(article), url: fake.attachment('revised.txt', article) } },
    });
    // The bot stopped itself as the reindex takes its lock; SIGTERM waits until it goes on.
    await fake.waitFor(() => output.includes('shutdown-test: a reindex is taking its lock\n'), 30_000);
    // It says so before it stops: a SIGCONT sent between the two would be lost, and the bot stop for good (seen once on a loaded
    // machine). Wait until the kernel shows it stopped.
    await fake.waitFor(() => stoppedProcess(bot.pid!), 30_000);
    bot.kill('SIGTERM');
    bot.kill('SIGCONT');
    // (A wait for an event: the bound only stops a broken run, and a loaded CI machine is slow.)
    const stopping = await fake.waitFor(() => logLines().find((line) => line.msg === 'finishing replies in flight'), 60_000);
    expect(stopping.inFlight).toBe(1);
    // The reindex in flight is finished, not cut: its reply reaches Discord before the bot exits 0.
    const reply = await fake.finalMessage(interaction);
    expect(reply.body.embeds[0].title).toBe('New article indexed');
    expect(await exited()).toBe(0);
    expect(logLines().find((line) => line.msg === 'stopped')).toMatchObject({ unanswered: 0 });

    // Started again: the store opens, the server's library is the reindex's version with its
    // article, the shipped article's library is as it was, no lock is left, and both answer.
    const libraries = await openLibraries(ws.articlePath, ws.indexDir);
    try {
      const { store } = libraries;
      expect(store.setAside).toBeNull();
      expect(await store.library(GUILD_ID)).toMatchObject({ version: 1, articles: [{ name: 'revised.txt', text: article }] });
      expect(await store.lastReindex(GUILD_ID)).toMatchObject({ version: 1, requestedBy: '950000000000000001' });
      expect(await store.library('default')).toEqual(defaultBefore);
      expect(await store.lock(GUILD_ID, 'shutdown test', null)).toBeNull();
      await store.unlock(GUILD_ID, 'shutdown test');
      const fromServer = (await askLibrary(libraries.for(GUILD_ID), 'How many internet users did China have?')).citations[0];
      expect(fromServer?.passage).toBe(14);
      expect(fromServer?.excerpt).toContain('855 million internet users');
      const fromDefault = (await askLibrary(libraries.default, 'How many internet users did China have?')).citations[0];
      expect(fromDefault?.excerpt).toContain('854 million internet users');
    } finally {
      await libraries.close();
    }
  });

  it('logs a rejection that escaped every handler and stops as on SIGTERM, exiting 1 for its supervisor', async () => {
    await startBot({ escapingRejection: true });
    expect(await exited()).toBe(1);
    const lines = logLines();
    expect(lines.find((line) => line.msg === 'unhandled promise rejection')).toMatchObject({ level: 60, err: { message: 'a defect escaped every handler' } });
    expect(lines.find((line) => line.msg === 'shutting down')).toMatchObject({ signal: 'unhandledRejection' });
    expect(lines.find((line) => line.msg === 'stopped')).toBeDefined();
  });
});
