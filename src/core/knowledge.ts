import { rename, stat } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { Answer } from './answer.js';
import type { CoverageThresholds } from './coverage.js';
import { ARTICLE_FILE, articleLabel, prepareCorpus, readSources, type Source, SourceError, sourcesChecksum } from './article.js';
import type { Embedder } from './embedder.js';
import {
  type BuildProgress,
  buildIndex,
  type KnowledgeIndex,
  loadIndex,
  type Manifest,
  saveIndex,
  type VectorCache,
  vectorCache,
  currentVersion,
  writeDurably,
} from './index-store.js';
import type { Quotation } from './quotations.js';
import { buildLexicon, wordsOf } from './lexicon.js';
import { loadNlp } from './nlp.js';
import { type AskTimings, read, type ReadTrace, warmReader } from './reader.js';
import { Retriever } from './retrieve.js';
import type { Understanding } from './understand.js';
import { WordNet } from './wordnet.js';

export type { AskTimings } from './reader.js';

let wordnet: WordNet | null = null;
/** WordNet is read-only and shared by every index in the process. */
function sharedWordNet(): WordNet {
  wordnet ??= WordNet.bundled();
  return wordnet;
}

export interface KnowledgeOptions {
  /** An article file, or a folder of `.txt` and `.md` articles. */
  sourcePath: string;
  indexDir: string;
  createEmbedder: () => Promise<Embedder>;
  logger: Logger;
  /** How often a question may check for an index rebuilt by another process (default 2 s). */
  reloadCheckMs?: number;
}

export interface QuoteQuery {
  year?: number | undefined;
  speaker?: string | undefined;
}

export interface QuoteResult {
  year: number | null;
  speaker: string | null;
  quotes: Quotation[];
  /** Years that have quotations, so a miss can say what exists. */
  years: number[];
  speakers: string[];
  /** Article titles by index, when the corpus has more than one article. */
  articles: string[] | null;
}

export interface ReindexReport {
  passagesBefore: number | null;
  passagesAfter: number;
  articles: number;
  quotations: number;
  /** Texts (passages and sentences) embedded afresh, and reused unchanged from the last index. */
  embedded: number;
  reused: number;
  durationMs: number;
  indexChecksum: string;
  /** The file the new article was written to, when one was given. */
  sourceReplaced: string | null;
}

export interface ReindexRequest {
  /** A new article that is added to (or, by name, replaces one in) the source once it is indexed. */
  upload?: Source;
  requestedBy?: string;
  onProgress?: (progress: BuildProgress) => void;
}

/** Another reindex is running; the message is safe to show. */
export class BusyError extends Error {
  override name = 'BusyError';
}

/** The longest question read: Discord's option allows this much, and every front end is held to it. */
export const MAX_QUESTION_CHARS = 500;
/**
 * Questions answered at once. Embedding is CPU work on a shared thread pool: more at once
 * answers none faster and keeps the event loop from acknowledging new interactions in time
 * (measured with `npm run load`).
 */
const CONCURRENT_ANSWERS = 2;
const RELOAD_CHECK_MS = 2000;

interface Loaded {
  index: KnowledgeIndex;
  retriever: Retriever;
  understanding: Understanding;
}


/** The bot's knowledge of its articles: loads or builds the index once, answers, and rebuilds on request. */
export class KnowledgeBase {
  private embedder: Promise<Embedder> | null = null;
  private loading: Promise<Loaded> | null = null;
  private current: Loaded | null = null;
  private rebuilding: Promise<ReindexReport> | null = null;
  private lastCheck = 0;
  private reloading: Promise<void> | null = null;
  private readonly shutdown = new AbortController();
  private readonly answering = pLimit(CONCURRENT_ANSWERS);
  /** Questions being answered or waiting their turn. */
  pending = 0;
  private warming: Promise<void> = Promise.resolve();

  constructor(private readonly options: KnowledgeOptions) {}

  /**
   * Another process (a shard, `npm run reindex`) may have swapped in a new index. At most every
   * two seconds, a question checks the `current` pointer and, if it moved, the new index is
   * loaded in the background while answers keep coming from the one in memory.
   */
  private noticeNewerIndex(): void {
    const now = Date.now();
    if (!this.current || this.rebuilding || this.reloading || now - this.lastCheck < (this.options.reloadCheckMs ?? RELOAD_CHECK_MS)) return;
    this.lastCheck = now;
    const { indexDir, logger } = this.options;
    const inMemory = this.current.index;
    this.reloading = (async () => {
      const version = await currentVersion(indexDir);
      if (version === null || version === inMemory.version) return;
      const loaded = await loadIndex(indexDir, { sourceChecksum: null, modelId: inMemory.manifest.modelId, dimensions: inMemory.manifest.dimensions });
      if (loaded.ok && !this.rebuilding && this.current?.index === inMemory) {
        this.use(loaded.index);
        logger.info({ version, passages: loaded.index.manifest.passageCount }, 'loaded an index rebuilt elsewhere');
      }
    })()
      .catch((error: unknown) => logger.warn({ err: error }, 'could not check for a newer index'))
      .finally(() => {
        this.reloading = null;
      });
  }

  /** True once the index is in memory and no rebuild runs, so an answer takes milliseconds. */
  get isReady(): boolean {
    return this.current !== null && this.rebuilding === null;
  }

  get isRebuilding(): boolean {
    return this.rebuilding !== null;
  }

  private getEmbedder(): Promise<Embedder> {
    this.embedder ??= this.options.createEmbedder().catch((error: unknown) => {
      this.embedder = null;
      throw error;
    });
    return this.embedder;
  }

  private use(index: KnowledgeIndex): Loaded {
    const understanding: Understanding = {
      lexicon: buildLexicon(index.passages, index.manifest.articles),
      wordnet: sharedWordNet(),
      articleText: index.passages.map((passage) => wordsOf(`${passage.speaker ?? ''} ${passage.role ?? ''} ${passage.text}`).join(' ')).join(' \n '),
    };
    this.current = { index, retriever: new Retriever(index), understanding };
    this.warming = warmReader(index, understanding, async (texts) => (await this.getEmbedder()).embed(texts));
    return this.current;
  }

  private loaded(): Promise<Loaded> {
    if (this.current) return Promise.resolve(this.current);
    this.loading ??= this.loadOrBuild().then(
      (index) => this.use(index),
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }

  /** Loads the index, building it first when it is missing, damaged or out of date. */
  async ready(): Promise<KnowledgeIndex> {
    return (await this.loaded()).index;
  }

  /** The embedder and the retriever over the current index, for answering and for evaluation. */
  async searchTools(): Promise<{ embedder: Embedder; retriever: Retriever; index: KnowledgeIndex; understanding: Understanding }> {
    this.noticeNewerIndex();
    const { index, retriever, understanding } = await this.loaded();
    return { embedder: await this.getEmbedder(), retriever, index, understanding };
  }

  private async loadOrBuild(): Promise<KnowledgeIndex> {
    const { logger, indexDir, sourcePath } = this.options;
    const started = performance.now();
    const loading = Promise.all([this.getEmbedder(), readSources(sourcePath)]);
    // Reading questions needs compromise: load it on this thread while the model loads on others.
    loadNlp();
    const [embedder, sources] = await loading;
    const loaded = await loadIndex(indexDir, {
      sourceChecksum: sourcesChecksum(sources),
      modelId: embedder.modelId,
      dimensions: embedder.dimensions,
    });
    if (loaded.ok) {
      logger.info({ passages: loaded.index.manifest.passageCount, ms: Math.round(performance.now() - started) }, 'index loaded');
      return loaded.index;
    }
    logger.info({ reason: loaded.reason }, 'building the index');
    const index = await buildIndex(prepareCorpus(sources), embedder, { reuse: await this.previousVectors(embedder) });
    await saveIndex(indexDir, index);
    logger.info(
      { passages: index.manifest.passageCount, embedded: index.embedded, reused: index.reused, ms: Math.round(performance.now() - started) },
      'index built',
    );
    return index;
  }

  /** Vectors of the index in memory, or else of the last one on disk, if made by the same model. */
  private async previousVectors(embedder: Embedder): Promise<VectorCache> {
    if (this.current?.index.manifest.modelId === embedder.modelId) return vectorCache(this.current.index);
    const previous = await loadIndex(this.options.indexDir, { sourceChecksum: null, modelId: embedder.modelId, dimensions: embedder.dimensions });
    return previous.ok ? vectorCache(previous.index) : new Map();
  }

  /** Answers a question from the articles, citing the passages it rests on; `timings` receives where the time went. */
  async ask(question: string, timings?: AskTimings): Promise<Answer> {
    const { answer, trace } = await this.askTraced(question);
    if (timings) Object.assign(timings, trace.timings);
    return answer;
  }

  /** The answer and what the reader saw on the way (the analysis, the ranked passages), for evaluation. */
  async askTraced(question: string, thresholds?: CoverageThresholds): Promise<{ answer: Answer; trace: ReadTrace }> {
    this.pending += 1;
    try {
      return await this.answering(() => this.answer(question, thresholds));
    } finally {
      this.pending -= 1;
    }
  }

  private async answer(question: string, thresholds?: CoverageThresholds): Promise<{ answer: Answer; trace: ReadTrace }> {
    const trimmed = question.trim().slice(0, MAX_QUESTION_CHARS);
    const { embedder, retriever, index, understanding } = await this.searchTools();
    const { articles } = index.manifest;
    return read(trimmed, {
      index,
      retriever,
      understanding,
      embed: (texts) => embedder.embed(texts),
      articleOf: (passage) => (articles.length > 1 ? articleLabel(articles[passage.article]!) : null),
      ...(thresholds ? { thresholds } : {}),
    });
  }

  /** Quotations of a year and/or by a speaker (matched against name and role, case-insensitively). */
  async quotes(query: QuoteQuery): Promise<QuoteResult> {
    this.noticeNewerIndex();
    const index = await this.ready();
    const all = index.quotations;
    const needle = query.speaker?.trim().toLowerCase() || null;
    // The speakers' own words first (messages, statements), then what paragraphs report of them.
    const order = (quote: Quotation): number => (quote.kind === 'reported' ? 1 : 0);
    const quotes = all.filter(
      (quote) =>
        (query.year === undefined || quote.year === query.year) &&
        (needle === null || `${quote.speaker ?? ''} ${quote.role ?? ''}`.toLowerCase().includes(needle)),
    ).sort((a, b) => order(a) - order(b) || a.article - b.article || a.passage - b.passage);
    const { articles } = index.manifest;
    return {
      year: query.year ?? null,
      speaker: query.speaker?.trim() || null,
      quotes,
      years: [...new Set(all.flatMap((quote) => (quote.year === null ? [] : [quote.year])))].sort((a, b) => a - b),
      speakers: [...new Set(all.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))],
      articles: articles.length > 1 ? articles.map(articleLabel) : null,
    };
  }

  /** Rebuilds the index; an uploaded article joins the source only once it is indexed. One at a time. */
  reindex(request: ReindexRequest = {}): Promise<ReindexReport> {
    if (this.rebuilding) return Promise.reject(new BusyError('A reindex is already running. Try again when it has finished.'));
    this.rebuilding = this.rebuild(request).finally(() => {
      this.rebuilding = null;
    });
    return this.rebuilding;
  }

  private async rebuild(request: ReindexRequest): Promise<ReindexReport> {
    const { logger, indexDir, sourcePath } = this.options;
    const started = performance.now();
    const before = this.current?.index.manifest.passageCount ?? null;
    const embedder = await this.getEmbedder();
    const { sources, target } = await this.sourcesWith(request.upload);
    const index = await buildIndex(prepareCorpus(sources), embedder, {
      reuse: await this.previousVectors(embedder),
      signal: this.shutdown.signal,
      ...(request.requestedBy ? { requestedBy: request.requestedBy } : {}),
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    });
    this.shutdown.signal.throwIfAborted();
    const manifest = await saveIndex(indexDir, index);
    if (request.upload && target) await replaceFile(target, request.upload.text);
    this.use(index);
    const report: ReindexReport = {
      passagesBefore: before,
      passagesAfter: manifest.passageCount,
      articles: manifest.articles.length,
      quotations: index.quotations.length,
      embedded: index.embedded,
      reused: index.reused,
      durationMs: Math.round(performance.now() - started),
      indexChecksum: manifest.indexChecksum,
      sourceReplaced: target ? path.basename(target) : null,
    };
    logger.info({ ...report, source: sourcePath, requestedBy: request.requestedBy ?? null }, 'reindexed');
    return report;
  }

  /**
   * The sources a rebuild indexes, and where an upload will be written: into the folder
   * (replacing an article of the same name), or over the single article file.
   */
  private async sourcesWith(upload: Source | undefined): Promise<{ sources: Source[]; target: string | null }> {
    const { sourcePath } = this.options;
    if (!upload) return { sources: await readSources(sourcePath), target: null };
    const isFolder = await stat(sourcePath).then((info) => info.isDirectory(), () => false);
    if (!isFolder) return { sources: [{ name: path.basename(sourcePath), text: upload.text }], target: sourcePath };
    const name = path.basename(upload.name).replace(/[^\w.-]+/g, '_');
    if (!ARTICLE_FILE.test(name)) throw new SourceError(`${upload.name} is not a .txt or .md file.`);
    const others = (await readSources(sourcePath)).filter((source) => source.name !== name);
    const sources = [...others, { name, text: upload.text }].sort((a, b) => a.name.localeCompare(b.name));
    return { sources, target: path.join(sourcePath, name) };
  }

  /**
   * For shutdown: a rebuild still embedding stops (nothing of it is written; the current index
   * stays), one already writing is waited for. Resolves when nothing is being written.
   */
  async close(): Promise<void> {
    this.shutdown.abort();
    await this.rebuilding?.catch(() => undefined);
  }

  /** Resolves once what answering computes once per sentence has been computed for the loaded index (for benchmarks). */
  async warmed(): Promise<void> {
    await this.ready();
    // The warm-up's timer does not keep a process alive; whoever waits for it does.
    const keepAlive = setInterval(() => undefined, 1000);
    try {
      await this.warming;
    } finally {
      clearInterval(keepAlive);
    }
  }

  /** Facts about the loaded index, for status replies. */
  async manifest(): Promise<Manifest> {
    return (await this.ready()).manifest;
  }
}

/** Replaces a file's content atomically: a reader sees the old text or the new, never half. */
async function replaceFile(target: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}`);
  await writeDurably(temporary, text);
  await rename(temporary, target);
}
