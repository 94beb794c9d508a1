import path from 'node:path';
import type { Logger } from 'pino';
import { AnswerQueue } from './answer-queue.js';
import type { Services } from './command.js';
import type { Config } from './config.js';
import { createTransformersEmbedder } from './core/embedder.js';
import { Libraries } from './core/libraries.js';
import { Store } from './core/store.js';
import { RateLimiter, Usage } from './usage.js';

/**
 * Wires the core for a front end: the store (SQLite in the index folder, or PostgreSQL), each
 * server's library over it with the real model, the answer queue, the rate limiter, usage counts.
 */
export async function createServices(config: Config, logger: Logger): Promise<Services> {
  const store = await Store.open({
    databaseUrl: config.databaseUrl,
    sqliteFile: path.join(config.indexDir, 'store.sqlite'),
    onSetAside: (file) => logger.error({ setAside: file }, 'the database file was damaged: it was set aside under a new name and the bot starts again from the shipped article'),
    onConnectionError: (error) => logger.warn({ err: error }, 'a database connection was lost; it is replaced on next use'),
  });
  const libraries = new Libraries({
    store,
    sourcePath: config.articlePath,
    indexDir: config.indexDir,
    createEmbedder: () => createTransformersEmbedder({ modelDir: config.modelDir }),
    logger,
  });
  await libraries.listen().catch((error: unknown) => logger.warn({ err: error }, 'could not listen for reindexes in other processes; questions will notice them'));
  const { count, windowSeconds } = config.rateLimit;
  return { libraries, answers: new AnswerQueue(), logger, limiter: count > 0 ? new RateLimiter(count, windowSeconds) : null, usage: new Usage() };
}
