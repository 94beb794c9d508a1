import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { askLibrary, openLibraries, type Workspace, workspace } from './helpers.js';
import SqliteDatabase from 'better-sqlite3';
import { LOCK_STALE_MS } from '../src/core/store.js';
import { textKeys } from '../src/core/library.js';
import { prepareCorpus } from '../src/core/article.js';
import { MODEL_DTYPE, MODEL_ID } from '../src/core/embedder.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** What `npm run reindex` runs, to run it again without npm in between: a run costs less, so every step gets a kill. */
const REINDEX: string[] = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.reindex!.split(' ');
const QUESTION = 'How many internet users did China have?';
/**
 * Each reindex process runs on a clock this much ahead of the one before, as if whoever runs it
 * had waited for the lock of the run killed before it to go stale: the kills leave that lock
 * behind, and no test waits on the real clock.
 */
const LATER = LOCK_STALE_MS + 1_000;
let ws: Workspace;

/**
 * Preloaded into the reindex process (NODE_OPTIONS reaches npm too, hence the check of the
 * script). It reports each point where a kill is worth trying as `crash-test: at <point>` on
 * stderr, and at the point named HOLD_AT it stops itself (SIGSTOP) before going on, so a kill
 * lands exactly there, however fast the machine. The points:
 * - `node started`: before the program is loaded;
 * - `embedding progress #1`: the model loaded and the article read, mid-embedding;
 * - every statement that writes to the database (a transaction's begin and commit, an insert,
 *   update or delete, a pragma), as `<statement> #<how many times it ran before, plus one>`,
 *   so a point keeps its name when a run takes a branch another did not (taking over a lock).
 * Writes made from a timer (the lock's heartbeat, the reader's warm-up a second after a load)
 * come whenever the clock says, so they are reported as `crash-test: timer write` and are no
 * kill points (a run once reported a fourth `begin immediate`, the warm-up's, that the next,
 * faster run never reached). CLOCK_AHEAD_MS moves the
 * process's clock (`Date.now`) ahead.
 */
const STEP_REPORTER = String.raw`
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
if ((process.argv[1] ?? '').endsWith(path.join('cli', 'reindex.js'))) {
  const holdAt = process.env.HOLD_AT ?? '';
  const seen = new Map();
  const reach = (point) => {
    const n = (seen.get(point) ?? 0) + 1;
    seen.set(point, n);
    fs.writeSync(2, 'crash-test: at ' + point + ' #' + n + '\n');
    if (point + ' #' + n === holdAt) process.kill(process.pid, 'SIGSTOP');
  };
  const ahead = Number(process.env.CLOCK_AHEAD_MS || 0);
  const realNow = Date.now;
  Date.now = () => realNow() + ahead;
  fs.writeSync(2, 'crash-test: at node started\n');
  if (holdAt === 'node started') process.kill(process.pid, 'SIGSTOP');

  // pino writes stderr asynchronously: written at once, a log line comes before the steps after it.
  const write = fs.write;
  fs.write = function (fd, data, ...rest) {
    if (fd !== 2) return write.call(this, fd, data, ...rest);
    const callback = rest.pop();
    const text = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    try {
      const written = fs.writeSync(fd, data, ...rest);
      if (text.includes('"msg":"embedding progress"')) reach('embedding progress');
      process.nextTick(callback, null, written, data);
    } catch (error) {
      process.nextTick(callback, error);
    }
  };

  const onTimer = new AsyncLocalStorage();
  const setIntervalReal = globalThis.setInterval;
  globalThis.setInterval = function (callback, ms, ...args) {
    return setIntervalReal.call(this, (...values) => onTimer.run(true, callback, ...values), ms, ...args);
  };
  // So do writes of work put off by a timeout: the reader's warm-up, a second after a load, keeps the vectors it computes in the
  // store if the run is still going then, which depends on the machine's speed.
  const setTimeoutReal = globalThis.setTimeout;
  globalThis.setTimeout = function (callback, ms, ...args) {
    return setTimeoutReal.call(this, (...values) => onTimer.run(true, callback, ...values), ms, ...args);
  };
  const step = (sql) => {
    if (onTimer.getStore()) return fs.writeSync(2, 'crash-test: timer write ' + sql.slice(0, 60) + '\n');
    const statement = sql.replace(/\s+/g, ' ').trim().replace(/ (?:values|where|on conflict)\b.*$/i, '').replace(/ \(.*$/, '').replace(/( set "\w+").*$/, '$1');
    reach(statement);
  };
  const Database = createRequire(path.resolve(process.argv[1]))('better-sqlite3');
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (sql, ...rest) {
    const statement = prepare.call(this, sql, ...rest);
    if (!statement.readonly || /^\s*(?:begin|commit|end|rollback|savepoint|release)\b/i.test(sql)) {
      for (const method of ['run', 'get', 'all', 'iterate']) {
        const real = statement[method];
        statement[method] = function (...args) {
          step(sql);
          return real.apply(this, args);
        };
      }
    }
    return statement;
  };
  const pragma = Database.prototype.pragma;
  Database.prototype.pragma = function (source, ...rest) {
    step('pragma ' + source);
    return pragma.call(this, source, ...rest);
  };
}
`;
const STEP_REPORTER_URL = `data:text/javascript,${encodeURIComponent(STEP_REPORTER)}`;

const POINT = 'crash-test: at ';
const pointOf = (line: string): string | null => (line.startsWith(POINT) ? line.slice(POINT.length) : null);
/** A log line of the run, parsed; null for any other line. */
const logOf = (line: string): { level?: number; msg?: string } | null => {
  if (!line.startsWith('{')) return null;
  try {
    return JSON.parse(line) as { level?: number; msg?: string };
  } catch {
    return null;
  }
};
const isProgress = (line: string): boolean => logOf(line)?.msg === 'embedding progress';
const isDebug = (line: string): boolean => logOf(line)?.level === 20;
/** A point that is a write to the database, not a stage. */
const isStep = (point: string): boolean => point !== 'node started' && !point.startsWith('embedding progress');

interface Run {
  /** Every line the run wrote to stderr so far: its debug log and the points it reached. */
  lines: string[];
  spawned: Promise<unknown>;
  /** The first line that passes `test`, once written; null if the run ends without one. */
  line(test: (line: string) => boolean): Promise<string | null>;
  /** SIGKILL to the process and everything it started. */
  kill(): void;
  /** 'SIGKILL' or `exit <code>`, once the run and its output are done. */
  ended: Promise<string>;
}

interface Kill {
  point: string;
  /** Where the run stops itself, so that it is there, and no further, when the kill comes. */
  holdAt: string;
  /** Resolves when the run is at its point (null if it ended first). */
  reached: (run: Run) => Promise<string | null>;
  /** Reached only by a run after a kill (see below), so killed out of the whole run's order. */
  branch: boolean;
}

/** What a run uploads, and the default library as it must be if the run committed. */
interface Upload {
  file: string;
  article: { name: string; text: string };
  /** China's internet users in it, in millions: how an answer shows which article it comes from. */
  users: number;
}

let active: Run | null = null;
let runs = 0;
let original: string;

beforeAll(async () => {
  ws = await workspace();
  await ws.library.ready();
  original = await readFile(ws.articlePath, 'utf8');
  await mkdir(path.join(ws.dir, 'uploads'));
});
afterAll(async () => {
  active?.kill();
  vi.restoreAllMocks();
  await ws.cleanup();
});

/**
 * A new article for the next run: the shipped one, with China's internet users changed. Each
 * differs from the last by that figure, so every run embeds that passage again and commits.
 */
async function nextUpload(): Promise<Upload> {
  const users = 900 + runs;
  // One file name for every upload, so each replaces the last (the library holds one article throughout).
  const name = 'article.txt';
  const text = original.replace('854 million', `${users} million`);
  await mkdir(path.join(ws.dir, 'uploads', String(runs)), { recursive: true });
  const file = path.join(ws.dir, 'uploads', String(runs), name);
  await writeFile(file, text);
  return { file, article: { name, text }, users };
}

/**
 * Starts `npm run reindex -- --article <upload>` in its own process group, or what it runs,
 * on a clock LATER ahead of the run before. With `holdAt`, it stops itself at that point.
 */
function reindex(upload: Upload, holdAt: string | null, via: 'npm' | 'node'): Run {
  const [command, ...args] = via === 'npm' ? ['npm', 'run', '--silent', 'reindex', '--'] : [process.execPath, ...REINDEX.slice(1)];
  const child = spawn(command!, [...args, '--article', upload.file], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: undefined,
      ARTICLE_PATH: ws.articlePath,
      INDEX_DIR: ws.indexDir,
      LOG_LEVEL: 'debug',
      HOLD_AT: holdAt ?? '',
      CLOCK_AHEAD_MS: String(runs * LATER),
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${STEP_REPORTER_URL}`].filter(Boolean).join(' '),
    },
  });
  runs += 1;
  const lines: string[] = [];
  const waiting = new Set<{ test: (line: string) => boolean; resolve: (line: string | null) => void }>();
  let closed = false;
  createInterface({ input: child.stderr! }).on('line', (line) => {
    lines.push(line);
    for (const waiter of waiting) {
      if (!waiter.test(line)) continue;
      waiting.delete(waiter);
      waiter.resolve(line);
    }
  });
  const ended = new Promise<string>((resolve) =>
    child.once('close', (code, signal) => {
      closed = true;
      for (const waiter of waiting) waiter.resolve(null);
      resolve(signal ?? `exit ${code}`);
    }),
  );
  const run: Run = {
    lines,
    spawned: once(child, 'spawn'),
    line: (test) => {
      const seen = lines.find(test);
      if (seen !== undefined || closed) return Promise.resolve(seen ?? null);
      return new Promise((resolve) => waiting.add({ test, resolve }));
    },
    kill: () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // The group is already gone.
      }
    },
    ended,
  };
  active = run;
  return run;
}

/** The default library as the last committed run left it. */
let current: { version: number; articles: Array<{ name: string; text: string }>; users: number };

/**
 * Opens the store afresh, as the bot does on its next start, and says what a run left: whether
 * the store opened without setting its file aside, whether the default library is the old
 * version or the upload's (its version and its article together, never one without the other),
 * and whether the bot answers from that article, with nothing missing from the store.
 */
async function inspect(upload: Upload): Promise<string> {
  const libraries = await openLibraries(ws.articlePath, ws.indexDir);
  try {
    const { store } = libraries;
    const stored = await store.library('default');
    const same = (version: number, articles: Array<{ name: string; text: string }>): boolean =>
      stored?.version === version && JSON.stringify(stored.articles) === JSON.stringify(articles);
    let state: string;
    if (same(current.version, current.articles)) state = 'old version';
    else if (same(current.version + 1, [upload.article])) {
      state = 'new version';
      current = { version: current.version + 1, articles: [upload.article], users: upload.users };
    } else state = `version ${stored?.version} with ${stored?.articles.map((article) => article.name).join(', ')}`;
    // Every passage and sentence of the stored articles has its vector in the store before anything loads. (The store's
    // count is no measure: a load may keep its word and phrase tables' vectors there, a cache answering does not need.)
    const keys = stored ? textKeys(prepareCorpus(stored.articles)) : [];
    const kept = (await store.vectors(keys, `${MODEL_ID}@${MODEL_DTYPE}`)).size;
    const cited = (await askLibrary(libraries.default, QUESTION)).citations[0];
    const answers =
      cited?.passage === 14 && cited.excerpt.includes(`${current.users} million internet users`) ? 'answers from it' : `answers ¶${cited?.passage}: ${cited?.excerpt.slice(0, 60)}`;
    // The vectors of the articles were committed with them.
    const complete = kept === new Set(keys).size ? '' : ', vectors were missing';
    return `${store.setAside === null ? 'store opens' : `store set aside as ${store.setAside}`}, ${state}, ${answers}${complete}`;
  } finally {
    await libraries.close();
  }
}

describe('killing a reindex at any moment', () => {
  it('never leaves the bot without a whole library (killed at each stage of a reindex and before each write to the database)', { timeout: 300_000 }, async () => {
    const stored = (await ws.store.library('default'))!;
    current = { version: stored.version, articles: stored.articles, users: 854 };

    // A whole `npm run reindex -- --article …` (which builds dist/ first if it is out of date),
    // reporting the points it passes: the kills below.
    expect(REINDEX[0]).toBe('node');
    const first = await nextUpload();
    const whole = reindex(first, null, 'npm');
    expect(await whole.ended, whole.lines.join('\n')).toBe('exit 0');
    expect(await inspect(first)).toBe('store opens, new version, answers from it');
    expect(whole.lines.some(isProgress), whole.lines.join('\n')).toBe(true);
    const steps = whole.lines.map(pointOf).filter((point): point is string => point !== null && isStep(point));
    expect(steps.some((step) => /^commit\b/.test(step)), steps.join('\n')).toBe(true);

    const at = (point: string) => (run: Run) => run.line((line) => line === `${POINT}${point}`);
    const kills: Kill[] = [
      { point: 'process spawned', holdAt: 'node started', reached: (run) => run.spawned.then(() => 'spawned'), branch: false },
      ...['node started', 'embedding progress #1', ...steps].map((point) => ({ point, holdAt: point, reached: at(point), branch: false })),
    ];
    const results: Array<{ kill: Kill; result: string }> = [];
    for (let i = 0; i < kills.length; i += 1) {
      const kill = kills[i]!;
      const upload = await nextUpload();
      const run = reindex(upload, kill.holdAt, 'node');
      const event = await kill.reached(run);
      run.kill();
      const outcome = await run.ended;
      const tail = run.lines.filter((line) => !isDebug(line)).slice(-5).join(' | ');
      results.push({ kill, result: `${kill.point}: ${event === null ? `never reached (${outcome}): ${tail}` : outcome}, ${await inspect(upload)}` });
      // A step the whole run did not take: a branch that only a run after a kill takes (taking
      // over the lock the killed run left). It is killed next, while that lock is still there.
      const branches = run.lines.map(pointOf).filter((point): point is string => point !== null && isStep(point) && !kills.some((known) => known.point === point));
      kills.splice(i + 1, 0, ...branches.map((point) => ({ point, holdAt: point, reached: at(point), branch: true })));
    }
    const report = results.map(({ result }) => result).join('\n');
    // Every run was killed at its point, and left a store that opens, a version whole with its
    // article, and a bot that answers from it.
    const eitherVersion = (result: string): string => result.replace(/, (?:old|new) version, /, ', old or new version, ');
    expect(results.map(({ result }) => eitherVersion(result))).toEqual(kills.map(({ point }) => `${point}: SIGKILL, store opens, old or new version, answers from it`));
    // The commit is the one moment the new version appears: killed before its last statement
    // or earlier, the old version stays; after it, the new one is there.
    const inOrder = results.filter(({ kill }) => !kill.branch);
    const versions = inOrder.map(({ result }) => (result.includes(', new version, ') ? 'n' : 'o')).join('');
    expect(versions, report).toMatch(/^o+n+$/);
    expect(inOrder[versions.indexOf('n') - 1]?.kill.point, report).toMatch(/^commit\b/);

    // The last run was killed after it took the lock, so the lock is left, held by a process of
    // this machine that is gone: a reindex right after it takes it over at once (the clock of the
    // last run, so it is not merely stale), with nothing deleted by hand.
    const libraries = await openLibraries(ws.articlePath, ws.indexDir);
    try {
      const realNow = Date.now.bind(Date);
      const ahead = (runs - 1) * LATER;
      const clock = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + ahead);
      const left = new SqliteDatabase(path.join(ws.indexDir, 'store.sqlite'), { readonly: true });
      expect(left.prepare('select requested_by as by from locks').get(), 'the killed run left its lock').toEqual({ by: 'command line' });
      left.close();
      const last = await nextUpload();
      const reindexed = await libraries.default.reindex({ upload: last.article, requestedBy: 'crash test' });
      clock.mockRestore();
      expect(reindexed.embedded).toBeGreaterThan(0);
      expect(await libraries.store.lastReindex('default')).toMatchObject({ requestedBy: 'crash test', version: current.version + 1 });
      expect((await askLibrary(libraries.default, QUESTION)).citations[0]?.excerpt).toContain(`${last.users} million internet users`);
      // No lock is left: another reindex could start at once.
      expect(await libraries.store.lock('default', 'crash test probe', null)).toBeNull();
      await libraries.store.unlock('default', 'crash test probe');
    } finally {
      await libraries.close();
    }
    // Nothing was set aside and nothing is left to delete by hand: the index folder holds the database alone.
    expect((await readdir(ws.indexDir)).filter((name) => !/^store\.sqlite(?:-wal|-shm)?$/.test(name)), report).toEqual([]);
  });
});
