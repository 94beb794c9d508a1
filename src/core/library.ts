import { rename, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { ARTICLE_FILE, articleLabel, prepareCorpus, readSources, type Source, SourceError, sourcesChecksum } from './article.js';
import type { Embedder } from './embedder.js';
import { type BuildProgress, buildIndex, type VectorCache, vectorCache } from './index-build.js';
import { currentVersion, type KnowledgeIndex, loadIndex, saveIndex, writeDurably } from './index-store.js';
import { buildLexicon, wordsOf } from './lexicon.js';
import { loadNlp } from './nlp.js';
import { findQuotes, type QuoteQuery, type QuoteResult } from './quotations.js';
import { warmReader } from './warm-up.js';
import { Retriever } from './retrieve.js';
import type { Understanding } from './understand.js';
import { WordNet } from './wordnet.js';

let wordnet: WordNet | null = null;
/** WordNet is read-only and shared by every index in the process. */
function sharedWordNet(): WordNet {
  wordnet ??= WordNet.bundled();
  return wordnet;
}

export interface LibraryOptions {
  /** An article file, or a folder of `.txt` and `.md` articles. */
  sourcePath: string;
  indexDir: string;
  createEmbedder: () => Promise<Embedder>;
  logger: Logger;
  /** How often a question may check for an index rebuilt by another process (default 2 s). */
  reloadCheckMs?: number;
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

/** Another reindex of the library is running. */
export class BusyError extends Error {
  override name = 'BusyError';
}

const RELOAD_CHECK_MS = 2000;

/** The quotations of a loaded library that a query asks for, each article named by its label. */
export function quotesIn({ index }: Pick<LoadedLibrary, 'index'>, query: QuoteQuery): QuoteResult {
  return findQuotes(index.quotations, index.manifest.articles.map(articleLabel), query);
}

/** A library's index in memory, with what answering from it needs. */
export interface LoadedLibrary {
  index: KnowledgeIndex;
  retriever: Retriever;
  understanding: Understanding;
  embedder: Embedder;
}


/**
 * The lifecycle of a library's index: loads it, or builds it when it is missing, damaged or out
 * of date; notices one rebuilt by another process; rebuilds on request; closes. Answering from
 * it is `answer` (reader.ts) and quotations are `findQuotes` (quotations.ts), both pure.
 */
export class Library {
  private embedder: Promise<Embedder> | null = null;
  private loading: Promise<LoadedLibrary> | null = null;
  private current: LoadedLibrary | null = null;
  private rebuilding: Promise<ReindexReport> | null = null;
  private lastCheck = 0;
  private reloading: Promise<void> | null = null;
  private readonly shutdown = new AbortController();
  private warming: Promise<void> = Promise.resolve();

  constructor(private readonly options: LibraryOptions) {}

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
        this.use(loaded.index, this.current.embedder);
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

  private use(index: KnowledgeIndex, embedder: Embedder): LoadedLibrary {
    const understanding: Understanding = {
      lexicon: buildLexicon(index.passages, index.manifest.articles),
      wordnet: sharedWordNet(),
      articleText: index.passages.map((passage) => wordsOf(`${passage.speaker ?? ''} ${passage.role ?? ''} ${passage.text}`).join(' ')).join(' \n '),
    };
    this.current = { index, retriever: new Retriever(index), understanding, embedder };
    this.warming = warmReader(index, understanding, (texts) => embedder.embed(texts));
    return this.current;
  }

  /** The index in memory, loaded (or built) on first use; a newer one written by another process is picked up in the background. */
  ready(): Promise<LoadedLibrary> {
    this.noticeNewerIndex();
    if (this.current) return Promise.resolve(this.current);
    this.loading ??= this.loadOrBuild().then(
      ({ index, embedder }) => this.use(index, embedder),
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }

  private async loadOrBuild(): Promise<{ index: KnowledgeIndex; embedder: Embedder }> {
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
      return { index: loaded.index, embedder };
    }
    logger.info({ reason: loaded.reason }, 'building the index');
    const index = await buildIndex(prepareCorpus(sources), embedder, { reuse: await this.previousVectors(embedder) });
    await saveIndex(indexDir, index);
    logger.info(
      { passages: index.manifest.passageCount, embedded: index.embedded, reused: index.reused, ms: Math.round(performance.now() - started) },
      'index built',
    );
    return { index, embedder };
  }

  /** Vectors of the index in memory, or else of the last one on disk, if made by the same model. */
  private async previousVectors(embedder: Embedder): Promise<VectorCache> {
    if (this.current?.index.manifest.modelId === embedder.modelId) return vectorCache(this.current.index);
    const previous = await loadIndex(this.options.indexDir, { sourceChecksum: null, modelId: embedder.modelId, dimensions: embedder.dimensions });
    return previous.ok ? vectorCache(previous.index) : new Map();
  }

  /** Rebuilds the index; an uploaded article joins the source only once it is indexed. One at a time. */
  reindex(request: ReindexRequest = {}): Promise<ReindexReport> {
    if (this.rebuilding) return Promise.reject(new BusyError('a reindex is already running'));
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
    this.use(index, embedder);
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
    if (!ARTICLE_FILE.test(name)) throw new SourceError({ is: 'not an article file' }, { kind: 'attached file', name: upload.name });
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
}

/** Replaces a file's content atomically: a reader sees the old text or the new, never half. */
async function replaceFile(target: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}`);
  await writeDurably(temporary, text);
  await rename(temporary, target);
}
