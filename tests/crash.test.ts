import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askLibrary, realEmbedder, silentLogger, type Workspace, workspace } from './helpers.js';
import { Library } from '../src/core/library.js';
import { sourcesChecksum, readSources } from '../src/core/article.js';
import { loadIndex } from '../src/core/index-store.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** What `npm run reindex` runs, to run it again without npm in between: a run costs less, so every step gets a kill. */
const REINDEX: string[] = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.reindex!.split(' ');
let ws: Workspace;

/**
 * Preloaded into the reindex process (NODE_OPTIONS reaches npm too, hence the check of the
 * script). It reports each step the process takes in the index folder (mkdir, rm, open for
 * writing or fsync, rename) as `crash-test: step <n> <op> <paths>` on stderr, and before taking
 * step HOLD_AT_STEP it stops itself (SIGSTOP), so a kill lands at exactly that step, however
 * fast the machine.
 */
const STEP_REPORTER = String.raw`
import { writeSync } from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
if ((process.argv[1] ?? '').endsWith(path.join('cli', 'reindex.js'))) {
  const dir = path.resolve(process.env.INDEX_DIR);
  const holdAt = Number(process.env.HOLD_AT_STEP || 0);
  const inside = (file) => {
    const relative = path.relative(dir, path.resolve(String(file)));
    return !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  let step = 0;
  writeSync(2, 'crash-test: reindex started\n');
  for (const op of ['mkdir', 'rm', 'open', 'rename']) {
    const real = fsp[op];
    fsp[op] = function (...args) {
      const files = args.slice(0, op === 'rename' ? 2 : 1);
      if (files.some((file) => inside(file))) {
        step += 1;
        writeSync(2, 'crash-test: step ' + step + ' ' + op + ' ' + files.map((file) => path.relative(dir, String(file)) || '.').join(' -> ') + '\n');
        if (step === holdAt) process.kill(process.pid, 'SIGSTOP');
      }
      return real.apply(this, args);
    };
  }
  syncBuiltinESMExports();
}
`;
const STEP_REPORTER_URL = `data:text/javascript,${encodeURIComponent(STEP_REPORTER)}`;

const isStep = (line: string): boolean => line.startsWith('crash-test: step ');
const isProgress = (line: string): boolean => line.startsWith('{') && (JSON.parse(line) as { msg?: string }).msg === 'embedding progress';

interface Run {
  /** Every line the run wrote to stderr so far: its debug log and the step reports. */
  lines: string[];
  spawned: Promise<unknown>;
  /** The first line that passes `test`, once written; null if the run ends without one. */
  line(test: (line: string) => boolean): Promise<string | null>;
  /** SIGKILL to the process and everything it started. */
  kill(): void;
  /** 'SIGKILL' or `exit <code>`, once the run and its output are done. */
  ended: Promise<string>;
}

let active: Run | null = null;

beforeAll(async () => {
  ws = await workspace();
  await ws.library.ready();
});
afterAll(async () => {
  active?.kill();
  await ws.cleanup();
});

/**
 * Starts a reindex in its own process group: `npm run reindex` itself, or what it runs. With
 * `holdAtStep`, the process stops itself before that step in the index folder.
 */
function reindex(holdAtStep: number | null, via: 'npm' | 'node'): Run {
  const [command, ...args] = via === 'npm' ? ['npm', 'run', '--silent', 'reindex'] : [process.execPath, ...REINDEX.slice(1)];
  const child = spawn(command!, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      ARTICLE_PATH: ws.articlePath,
      INDEX_DIR: ws.indexDir,
      LOG_LEVEL: 'debug',
      HOLD_AT_STEP: holdAtStep === null ? '' : String(holdAtStep),
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${STEP_REPORTER_URL}`].filter(Boolean).join(' '),
    },
  });
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

describe('killing a reindex at any moment', () => {
  it('never leaves the bot without a whole index (killed at each stage of a rebuild and before each step it writes)', { timeout: 300_000 }, async () => {
    const expectation = { sourceChecksum: sourcesChecksum(await readSources(ws.articlePath)), modelId: (await realEmbedder()).modelId, dimensions: 384 };

    // A whole `npm run reindex` (which builds dist/ first if it is out of date), reporting the
    // steps it takes in the index folder: the kill points below.
    expect(REINDEX[0]).toBe('node');
    const whole = reindex(null, 'npm');
    expect(await whole.ended, whole.lines.join('\n')).toBe('exit 0');
    const steps = whole.lines.filter(isStep);
    expect(whole.lines.some(isProgress), whole.lines.join('\n')).toBe(true);
    // The swap is one of them, so the kills cover writing, the swap and the clean-up after it.
    expect(steps.some((step) => / rename \.current\.tmp-\d+ -> current$/.test(step)), steps.join('\n')).toBe(true);

    // Kills at a stage before any write: the run is held before its first step, so it cannot
    // finish before the kill, and the stage's event must come before that step.
    const stages: Array<{ stage: string; holdAt: number; reached: (run: Run) => Promise<string | null> }> = [
      { stage: 'process spawned', holdAt: 1, reached: (run) => run.spawned.then(() => 'spawned') },
      { stage: 'node started, the program not yet loaded', holdAt: 1, reached: (run) => run.line((line) => line === 'crash-test: reindex started' || isStep(line)) },
      { stage: 'model loaded, article read, embedding progress', holdAt: 1, reached: (run) => run.line((line) => isProgress(line) || isStep(line)) },
      ...steps.map((step, i) => ({ stage: `before ${step.slice('crash-test: '.length)}`, holdAt: i + 1, reached: (run: Run) => run.line((line) => line.startsWith(`crash-test: step ${i + 1} `)) })),
    ];
    const results: string[] = [];
    for (const { stage, holdAt, reached } of stages) {
      const run = reindex(holdAt, 'node');
      const event = await reached(run);
      const heldTooSoon = event !== null && isStep(event) && !stage.startsWith('before ');
      run.kill();
      const outcome = await run.ended;
      const loaded = await loadIndex(ws.indexDir, expectation);
      const index = loaded.ok ? 'index whole' : `index broken: ${loaded.reason}`;
      results.push(`${stage}: ${event === null ? 'stage never reached' : heldTooSoon ? `reached ${event} first` : outcome}, ${index}`);
    }
    // Every run was killed mid-way, at its stage, and left a whole index behind.
    expect(results).toEqual(stages.map(({ stage }) => `${stage}: SIGKILL, index whole`));

    const fresh = new Library({ sourcePath: ws.articlePath, indexDir: ws.indexDir, createEmbedder: realEmbedder, logger: silentLogger });
    expect((await askLibrary(fresh, 'How many internet users did China have?')).citations[0]?.passage).toBe(14);

    // The killed runs left partial files behind; the next successful rebuild clears them.
    const leftovers = (await readdir(ws.indexDir)).filter((name) => name !== 'current');
    expect(leftovers.length, leftovers.join(', ')).toBeGreaterThan(1);
    await fresh.reindex();
    const left = (await readdir(ws.indexDir)).filter((name) => name !== 'current');
    expect(left, results.join('\n')).toEqual([(await readFile(path.join(ws.indexDir, 'current'), 'utf8')).trim()]);
  });
});
