import type { Logger } from 'pino';
import type { Services } from './command.js';
import type { Config } from './config.js';
import { createTransformersEmbedder } from './core/embedder.js';
import { AnswerQueue } from './answer-queue.js';
import { Library } from './core/library.js';
import { RateLimiter, Usage } from './usage.js';

/** Wires the core for a front end: the library with the real model, the answer queue, the rate limiter, usage counts. */
export function createServices(config: Config, logger: Logger): Services {
  const library = new Library({
    sourcePath: config.articlePath,
    indexDir: config.indexDir,
    createEmbedder: () => createTransformersEmbedder({ modelDir: config.modelDir }),
    logger,
  });
  const { count, windowSeconds } = config.rateLimit;
  return { library, answers: new AnswerQueue(), logger, limiter: count > 0 ? new RateLimiter(count, windowSeconds) : null, usage: new Usage() };
}
