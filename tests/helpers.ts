import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { prepareArticle } from '../src/core/article.js';
import { bundledModelDir, createTransformersEmbedder, type Embedder } from '../src/core/embedder.js';
import { AnswerQueue } from '../src/answer-queue.js';
import { Library } from '../src/core/library.js';
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
  library: Library;
  services: Services;
  /** Asks the workspace's library, as /ask does. */
  ask(question: string): Promise<Answer>;
  cleanup(): Promise<void>;
}

/** The fake embedder as a library wants it: for tests about storage, limits and input, not meaning. */
export const fakeModel = async (): Promise<Embedder> => fakeEmbedder();

/** A temporary copy of the article with its own index folder and a library over them. */
export async function workspace(options: { createEmbedder?: () => Promise<Embedder> } = {}): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), 'article-bot-'));
  const articlePath = path.join(dir, 'article.txt');
  const indexDir = path.join(dir, 'embeddings');
  await copyFile(ARTICLE, articlePath);
  const library = new Library({
    sourcePath: articlePath,
    indexDir,
    createEmbedder: options.createEmbedder ?? realEmbedder,
    logger: silentLogger,
  });
  const answers = new AnswerQueue();
  return {
    dir,
    articlePath,
    indexDir,
    library,
    services: { library, answers, logger: silentLogger, limiter: null, usage: new Usage() },
    ask: (question) => answers.ask(library, question),
    cleanup: () => rm(dir, { recursive: true, force: true }),
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
