import path from 'node:path';
import type { Logger } from 'pino';
import { AnswerQueue } from '../answer-queue.js';
import { prepareCorpus } from '../core/article.js';
import type { Embedder } from '../core/embedder.js';
import { Libraries } from '../core/libraries.js';
import { Store } from '../core/store.js';
import { time } from './stats.js';

export type HugeShape = 'one sentence' | 'one line';

export interface HugeFigures {
  shape: HugeShape;
  kb: number;
  /** Cleaning and cutting into passages. */
  prepareMs: number;
  passages: number;
  longestPassage: number;
  /** The whole reindex of an upload: prepared, embedded, indexed and committed. */
  reindexS: number | null;
  /** A question answered from it, and the longest excerpt and answer. */
  answerMs: number | null;
  longestExcerpt: number | null;
  answerChars: number | null;
}

/**
 * An article of `bytes` made of one sentence (a list that never ends) or of one line (many
 * sentences with no line break), the shapes that once took minutes at 100% CPU.
 */
export function hugeArticle(shape: HugeShape, bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i += 1) {
    const part =
      shape === 'one sentence'
        ? `the harbour of town ${i} handled ${1000 + i} containers,`
        : `The harbour of town ${i} handled ${1000 + i} containers last month, its mayor said.`;
    parts.push(part);
    length += part.length + 1;
  }
  const body = parts.join(' ');
  return shape === 'one sentence' ? `Harbours\n\nThe committee listed how ${body} and more in one breath.\n` : `Harbours\n\n${body}\n`;
}

/** Figures for each shape and size; the reindex and answer only for sizes up to `indexUpTo` bytes. */
export async function measureHugeArticles(
  dir: string,
  sourcePath: string,
  createEmbedder: () => Promise<Embedder>,
  logger: Logger,
  sizes: number[],
  indexUpTo: number,
): Promise<HugeFigures[]> {
  const libraries = new Libraries({ store: await Store.open({ sqliteFile: path.join(dir, 'store.sqlite') }), sourcePath, indexDir: dir, createEmbedder, logger });
  const answers = new AnswerQueue();
  const figures: HugeFigures[] = [];
  try {
    let server = 900_000_000_000_000_000n;
    for (const shape of ['one sentence', 'one line'] as const) {
      for (const bytes of sizes) {
        const text = hugeArticle(shape, bytes);
        const source = { name: 'huge.txt', text };
        const prepared = await time(async () => prepareCorpus([source]));
        const corpus = prepared.value;
        const row: HugeFigures = {
          shape,
          kb: Math.round(bytes / 1024),
          prepareMs: Math.round(prepared.ms),
          passages: corpus.passages.length,
          longestPassage: Math.max(...corpus.passages.map((passage) => passage.text.length)),
          reindexS: null,
          answerMs: null,
          longestExcerpt: null,
          answerChars: null,
        };
        if (bytes <= indexUpTo) {
          server += 1n;
          const library = libraries.for(String(server));
          row.reindexS = Math.round((await time(() => library.reindex({ upload: source, requestedBy: 'bench' }))).ms / 100) / 10;
          const asked = await time(() => answers.ask(library, 'How many containers did the harbour of town 1234 handle?'));
          row.answerMs = Math.round(asked.ms);
          row.longestExcerpt = Math.max(0, ...asked.value.citations.map((citation) => citation.excerpt.length));
          row.answerChars = asked.value.answer.length;
        }
        figures.push(row);
      }
    }
  } finally {
    await libraries.close();
  }
  return figures;
}

