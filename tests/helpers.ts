import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { prepareArticle } from '../src/core/article.js';
import { bundledModelDir, createTransformersEmbedder, type Embedder } from '../src/core/embedder.js';
import { AnswerQueue } from '../src/answer-queue.js';
import type { Library } from '../src/core/library.js';
import { Libraries } from '../src/core/libraries.js';
import { Store } from '../src/core/store.js';
import type { Logger } from 'pino';
import type { Answer } from '../src/wording.js';
import { fakeEmbedder } from './fake-embedder.js';
import type { Services } from '../src/command.js';
import { Usage } from '../src/usage.js';

export const ARTICLE = path.resolve(import.meta.dirname, '../data/world-internet-conference.txt');

/**
 * Counts of the shipped article as the pipeline prepares it, so tests follow the article and
 * the cleaning instead of hard-coding them: passages, quotations, and the texts an index embeds
 * (each passage and each of its sentences).
 */
export const SHIPPED_ARTICLE = (() => {
  const prepared = prepareArticle(readFileSync(ARTICLE, 'utf8'));
  return {
    passages: prepared.passages.length,
    quotations: prepared.quotations.length,
    texts: prepared.passages.length + prepared.passages.reduce((sum, passage) => sum + passage.sentences.length, 0),
  };
})();

let shared: Promise<Embedder> | null = null;

/** The real model, loaded once per test file. */
export function realEmbedder(): Promise<Embedder> {
  shared ??= createTransformersEmbedder({ modelDir: bundledModelDir() });
  return shared;
}

export const silentLogger = pino({ level: 'silent' });

const sharedAnswers = new AnswerQueue();
/** Asks a library, as /ask does. */
export const askLibrary = (library: Library, question: string): Promise<Answer> => sharedAnswers.ask(library, question);

export interface Workspace {
  dir: string;
  articlePath: string;
  indexDir: string;
  /** The default library (the article's); servers' libraries are `libraries.for(id)`. */
  library: Library;
  libraries: Libraries;
  store: Store;
  services: Services;
  /** Asks the workspace's library, as /ask does. */
  ask(question: string): Promise<Answer>;
  cleanup(): Promise<void>;
}

/** The fake embedder as a library wants it: for tests about storage, limits and input, not meaning. */
export const fakeModel = async (): Promise<Embedder> => fakeEmbedder();

/** Opens the libraries of a workspace's folders, as the bot does: a store in the index folder (or at `databaseUrl`). */
export async function openLibraries(
  articlePath: string,
  indexDir: string,
  options: { createEmbedder?: () => Promise<Embedder>; databaseUrl?: string; reloadCheckMs?: number; cacheFrom?: number; logger?: Logger } = {},
): Promise<Libraries> {
  const store = await Store.open({ databaseUrl: options.databaseUrl, sqliteFile: path.join(indexDir, 'store.sqlite') });
  return new Libraries({
    store,
    sourcePath: articlePath,
    indexDir,
    createEmbedder: options.createEmbedder ?? realEmbedder,
    logger: options.logger ?? silentLogger,
    ...(options.reloadCheckMs !== undefined ? { reloadCheckMs: options.reloadCheckMs } : {}),
    ...(options.cacheFrom !== undefined ? { cacheFrom: options.cacheFrom } : {}),
  });
}

/** A temporary copy of the article with its own index folder and store, and the libraries over them. */
export async function workspace(options: { createEmbedder?: () => Promise<Embedder>; databaseUrl?: string; cacheFrom?: number } = {}): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), 'article-bot-'));
  const articlePath = path.join(dir, 'article.txt');
  const indexDir = path.join(dir, 'embeddings');
  await copyFile(ARTICLE, articlePath);
  const libraries = await openLibraries(articlePath, indexDir, options);
  const library = libraries.default;
  const answers = new AnswerQueue();
  return {
    dir,
    articlePath,
    indexDir,
    library,
    libraries,
    store: libraries.store,
    services: { libraries, answers, logger: silentLogger, limiter: null, usage: new Usage() },
    ask: (question) => answers.ask(library, question),
    cleanup: async () => {
      await libraries.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Stops a detached child and everything it started (npm, tsx, node), and waits for it. */
export async function stopGroup(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid) return;
  const group = child.pid;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    signalGroup(group, 'SIGTERM');
    await exited;
  }
  // npm exits before the bot it started has finished shutting down: the group is done only when
  // no process of it is left. A bot still there after its 10 s shutdown budget is killed, so no
  // test leaves a process behind.
  const deadline = Date.now() + 15_000;
  while (groupAlive(group) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (groupAlive(group)) signalGroup(group, 'SIGKILL');
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // The group is already gone.
  }
}

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}
