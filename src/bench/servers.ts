import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { AnswerQueue } from '../answer-queue.js';
import type { Embedder } from '../core/embedder.js';
import { Libraries } from '../core/libraries.js';
import { Store } from '../core/store.js';
import { type Summary, summarize, time } from './stats.js';

export interface ServersFigures {
  servers: number;
  /** Resident memory with every server's library loaded at once, and the store's size on disk. */
  rssMB: number;
  rssPerServerKB: number;
  storeMB: number;
  /** Setting up one server's library: its article embedded and committed. */
  reindexMs: Summary;
  /** A question to a server whose library is not in memory (loaded from the store), then again. */
  firstAnswerMs: Summary;
  warmAnswerMs: Summary;
  /** From a reindex committing in one process to another process answering from it (SQLite: version check at most every 2 s). */
  commitToAnswerMs: Summary;
}

/** A short article of its own for server `n`: five one-sentence paragraphs with its own figures. */
function serverArticle(n: number): string {
  const paragraphs = [
    `The harbour of town ${n} handled ${1000 + n} containers last month.`,
    `Its mayor opened a new ferry line to island ${n % 97} in ${2000 + (n % 25)}.`,
    `Local schools in town ${n} hired ${n % 50} teachers of computing.`,
    `A bakery in town ${n} sold ${200 + n} loaves on market day.`,
    `The town ${n} library lends ${n % 300} bicycles to its readers.`,
  ];
  return [`News of town ${n}`, '', 'By A LOCAL WRITER', '', ...paragraphs.flatMap((paragraph) => [paragraph, ''])].join('\n');
}

const rssMB = (): number => process.memoryUsage().rss / 1024 / 1024;

/**
 * `count` servers, each with an article of its own, in one process over one SQLite store: what
 * they cost in memory and on disk, how long a server's first and later answers take, and how
 * soon another process answers from a reindex.
 */
export async function measureServers(dir: string, sourcePath: string, count: number, createEmbedder: () => Promise<Embedder>, logger: Logger): Promise<ServersFigures> {
  const file = path.join(dir, 'store.sqlite');
  const open = async (reloadCheckMs?: number): Promise<Libraries> =>
    new Libraries({
      store: await Store.open({ sqliteFile: file }),
      sourcePath,
      indexDir: dir,
      createEmbedder,
      logger,
      // Every server stays in memory, to measure what all of them cost at once.
      passageBudget: Number.MAX_SAFE_INTEGER,
      ...(reloadCheckMs !== undefined ? { reloadCheckMs } : {}),
    });
  const answers = new AnswerQueue();
  const setup = await open();
  await setup.default.ready();
  const baseline = rssMB();
  const ids = Array.from({ length: count }, (_, i) => String(800_000_000_000_000_000n + BigInt(i)));
  const reindexMs: number[] = [];
  for (const [i, id] of ids.entries()) {
    reindexMs.push((await time(() => setup.for(id).reindex({ upload: { name: `town-${i}.txt`, text: serverArticle(i) }, requestedBy: 'bench' }))).ms);
  }
  // Memory with every server's library loaded.
  for (const id of ids) await setup.for(id).ready();
  const rss = rssMB();
  await setup.close();

  // A process that has loaded none of them: first questions load each from the store.
  const fresh = await open();
  await fresh.default.ready();
  const sample = ids.filter((_, i) => i % Math.max(1, Math.floor(count / 50)) === 0).slice(0, 50);
  const first: number[] = [];
  const warm: number[] = [];
  for (const [k, id] of sample.entries()) {
    const n = ids.indexOf(id);
    const question = `How many containers did the harbour of town ${n} handle?`;
    first.push((await time(() => answers.ask(fresh.for(id), question))).ms);
    warm.push((await time(() => answers.ask(fresh.for(id), question))).ms);
    if (k === 0) await fresh.for(id).warmed();
  }

  // Two processes' worth of libraries: a reindex in one, questions in the other until its answer changes.
  const reader = await open(2000);
  const writer = await open();
  const commitToAnswer: number[] = [];
  for (const [k, id] of ids.slice(0, 5).entries()) {
    await answers.ask(reader.for(id), 'How many loaves were sold?');
    const loaves = 90_000 + k;
    const committed = writer.for(id).reindex({ upload: { name: `town-${k}.txt`, text: serverArticle(k).replace(/sold \d+ loaves/, `sold ${loaves} loaves`) } });
    await committed;
    const at = performance.now();
    for (;;) {
      const answer = await answers.ask(reader.for(id), 'How many loaves were sold?');
      if (answer.answer.includes(String(loaves))) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    commitToAnswer.push(performance.now() - at);
  }
  await reader.close();
  await writer.close();
  await fresh.close();
  const storeBytes = (await stat(file)).size + (await stat(`${file}-wal`).then((s) => s.size, () => 0));
  return {
    servers: count,
    rssMB: Math.round(rss),
    rssPerServerKB: Math.round(((rss - baseline) * 1024) / count),
    storeMB: Math.round((storeBytes / 1024 / 1024) * 10) / 10,
    reindexMs: summarize(reindexMs, 1),
    firstAnswerMs: summarize(first, 1),
    warmAnswerMs: summarize(warm, 2),
    commitToAnswerMs: summarize(commitToAnswer, 0),
  };
}
