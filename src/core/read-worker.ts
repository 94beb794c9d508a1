/**
 * Reads one article file in a worker thread of its own (see `readIsolated`): what an upload
 * holds is not trusted, and a PDF that inflates to gigabytes, or a page nested thousands deep,
 * must cost this thread, not the bot's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readSourceHere } from './article.js';
import type { ArticleFormat } from './formats.js';
import { SourceError, type SourceSubject } from './source-error.js';

interface Job {
  bytes: Uint8Array;
  name: string;
  format: ArticleFormat;
  subject: SourceSubject;
}

const job = workerData as Job;
try {
  const source = await readSourceHere(job.bytes, job.name, job.format, job.subject);
  parentPort?.postMessage({ ok: true, source });
} catch (error) {
  parentPort?.postMessage(
    error instanceof SourceError
      ? { ok: false, problem: error.problem }
      : // A parser that gives up (a stack overflow on deep nesting, a page it cannot make out).
        { ok: false, problem: { is: 'malformed', format: job.format }, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) },
  );
}
