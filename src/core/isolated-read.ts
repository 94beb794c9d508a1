import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { Source } from './article.js';
import type { ArticleFormat } from './formats.js';
import { SourceError, type SourceProblem, type SourceSubject } from './source-error.js';

/** How long reading one uploaded file may take, and how much memory its thread may hold. */
export const READ_LIMITS = { seconds: 30, memoryMb: 1024 } as const;

/**
 * The worker's module: compiled, as the bot runs; or, when this module is TypeScript (tests,
 * `npm run dev`), a bootstrap that registers tsx's loader in the worker and imports it.
 */
function workerEntry(): URL | string {
  if (!import.meta.url.endsWith('.ts')) return new URL('./read-worker.js', import.meta.url);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json').replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
  const target = new URL('./read-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(target)}); });`;
}

/** One upload read at a time: each may take up to its memory limit. */
const oneAtATime = pLimit(1);
/** How often the process's memory is looked at while a worker reads. */
const MEMORY_CHECK_MS = 100;

/**
 * Reads an untrusted article file in a worker thread with a memory limit and a time limit: a
 * file that would exceed either is refused as too complex, and the bot goes on answering. The
 * worker's JavaScript heap is capped by V8, but what a parser holds outside it (pdf.js inflates
 * streams into typed arrays) is not, so the process's resident memory is watched as well. One
 * upload is read at a time. The worker runs the compiled module, or the TypeScript one through
 * tsx in development and tests.
 */
export function readIsolated(
  bytes: Uint8Array,
  name: string,
  format: ArticleFormat,
  subject: SourceSubject,
  limits: { seconds: number; memoryMb: number } = READ_LIMITS,
  logger?: Logger,
): Promise<Source> {
  return oneAtATime(() => readInWorker(bytes, name, format, subject, limits, logger));
}

function readInWorker(bytes: Uint8Array, name: string, format: ArticleFormat, subject: SourceSubject, limits: { seconds: number; memoryMb: number }, logger?: Logger): Promise<Source> {
  return new Promise((resolve, reject) => {
    const startRss = process.memoryUsage.rss();
    const worker = new Worker(workerEntry(), {
      eval: import.meta.url.endsWith('.ts'),
      workerData: { bytes, name, format, subject },
      // Half the stack the bot's own thread has: a file nested deep enough to overflow it here
      // is refused, so it can never overflow the bot's thread when its library loads.
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 0.5 },
    });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      outcome();
      void worker.terminate();
    };
    const tooComplex = (): void => settle(() => reject(new SourceError({ is: 'too complex', ...limits }, subject)));
    const timer = setTimeout(tooComplex, limits.seconds * 1000);
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - startRss > limits.memoryMb * 1024 * 1024) tooComplex();
    }, MEMORY_CHECK_MS);
    worker.on('message', (message: { ok: true; source: Source } | { ok: false; problem: SourceProblem; error?: string }) => {
      if (!message.ok && message.error) logger?.warn({ file: name, error: message.error }, 'an upload could not be parsed');
      settle(() => (message.ok ? resolve(message.source) : reject(new SourceError(message.problem, subject))));
    });
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY), or anything else that ends the thread.
    worker.on('error', (error) => {
      logger?.warn({ file: name, error: error.message }, 'reading an upload ended its thread');
      tooComplex();
    });
    worker.on('exit', () => settle(() => reject(new SourceError({ is: 'malformed', format }, subject))));
  });
}
