import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { prepareArticle } from '../src/core/article.js';
import { bundledModelDir, createTransformersEmbedder, type Embedder } from '../src/core/embedder.js';
import { KnowledgeBase } from '../src/core/knowledge.js';
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

export interface Workspace {
  dir: string;
  articlePath: string;
  indexDir: string;
  knowledge: KnowledgeBase;
  services: Services;
  cleanup(): Promise<void>;
}

/** The fake embedder as a knowledge base wants it: for tests about storage, limits and input, not meaning. */
export const fakeModel = async (): Promise<Embedder> => fakeEmbedder();

/** A temporary copy of the article with its own index folder and a knowledge base over them. */
export async function workspace(options: { createEmbedder?: () => Promise<Embedder> } = {}): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), 'article-bot-'));
  const articlePath = path.join(dir, 'article.txt');
  const indexDir = path.join(dir, 'embeddings');
  await copyFile(ARTICLE, articlePath);
  const knowledge = new KnowledgeBase({
    sourcePath: articlePath,
    indexDir,
    createEmbedder: options.createEmbedder ?? realEmbedder,
    logger: silentLogger,
  });
  return {
    dir,
    articlePath,
    indexDir,
    knowledge,
    services: { knowledge, logger: silentLogger, limiter: null, usage: new Usage() },
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
