import pLimit from 'p-limit';
import type { CoverageThresholds } from './core/coverage.js';
import type { Library } from './core/library.js';
import { answer, type ReadTrace } from './core/reader.js';
import { type Answer, worded } from './wording.js';

/**
 * Questions answered at once, in the whole process. Embedding is CPU work on a shared thread
 * pool: more at once answers none faster and keeps the event loop from acknowledging new
 * interactions in time (measured with `npm run load`).
 */
const CONCURRENT_ANSWERS = 2;

/** Answers questions from a library, a few at a time across the process, in words. */
export class AnswerQueue {
  private readonly limit = pLimit(CONCURRENT_ANSWERS);

  /** Questions being answered or waiting their turn. */
  get pending(): number {
    return this.limit.activeCount + this.limit.pendingCount;
  }

  async ask(library: Library, question: string): Promise<Answer> {
    return (await this.traced(library, question)).answer;
  }

  /** The answer and what the reader saw on the way (the analysis, the ranked passages), for evaluation and benchmarks. */
  traced(library: Library, question: string, thresholds?: CoverageThresholds): Promise<{ answer: Answer; trace: ReadTrace }> {
    return this.limit(async () => {
      const { reading, trace } = await answer(await library.ready(), question, thresholds);
      return { answer: worded(reading), trace };
    });
  }
}
