import type { Logger } from 'pino';
import type { Services } from './command.js';
import type { Config } from './config.js';
import { createTransformersEmbedder } from './core/embedder.js';
import { KnowledgeBase } from './core/knowledge.js';
import { RateLimiter, Usage } from './usage.js';

/** Wires the core for a front end: the knowledge base with the real model, the rate limiter, usage counts. */
export function createServices(config: Config, logger: Logger): Services {
  const knowledge = new KnowledgeBase({
    sourcePath: config.articlePath,
    indexDir: config.indexDir,
    createEmbedder: () => createTransformersEmbedder({ modelDir: config.modelDir }),
    logger,
  });
  const { count, windowSeconds } = config.rateLimit;
  return { knowledge, logger, limiter: count > 0 ? new RateLimiter(count, windowSeconds) : null, usage: new Usage() };
}
