import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { safeArticleName } from './formats.js';
import { type ArticleInfo, articleLabel, checksumOf, type PreparedCorpus, prepareCorpus, readSources, type Source, SourceError, sourcesChecksum } from './article.js';
import { type Embedder, isUnitVector } from './embedder.js';
import { type BuildProgress, buildIndex, contentKey, vectorCache } from './index-build.js';
import { type KnowledgeIndex, loadIndex } from './index-store.js';
import { passageEmbeddingText, sentenceText } from './passages.js';
import { type LockHolder, LockLostError, type Store } from './store.js';
import { HNSW_PARAMS, HnswVectorIndex, type VectorIndex, vectorIndexFor } from './vector-index.js';
import { buildLexicon, wordsOf } from './lexicon.js';
import { loadNlp } from './nlp.js';
import { findQuotes, type QuoteQuery, type QuoteResult } from './quotations.js';
import { warmReader } from './warm-up.js';
import { articleWords } from './grounding.js';
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
  /** "default" (the shipped article, the console and the command line), or a Discord server id. */
  id: string;
  store: Store;
  createEmbedder: () => Promise<Embedder>;
  logger: Logger;
  /** Where verified HNSW cache files are kept. */
  cacheDir: string;
  /** For the default library: the article file or folder it is imported from, again whenever it changes. */
  sourcePath?: string;
  /** For a server's library: the library it answers from until the server has articles of its own. */
  fallback?: Library;
  /** How often a question may check for a reindex committed by another process (default 2 s). */
  reloadCheckMs?: number;
  /** Libraries of at least this many passages keep their HNSW index in a cache file (default 2,000). */
  cacheFrom?: number;
  /** An index folder of the versions before the store, whose vectors are taken over once. */
  legacyDir?: string;
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
  /** What the bot understood of the articles the reindex was about: the upload, or every article. */
  understood: ArticleInfo[];
}

/** What a reindex would make of its articles, without changing anything (a dry run). */
export interface ReindexPreview {
  passages: number;
  quotations: number;
  articles: number;
  /** The name the upload would be kept under, when there is one. */
  sourceReplaced: string | null;
  understood: ArticleInfo[];
}

export interface ReindexRequest {
  /** A new article that is added to (or, by name, replaces one in) the library once it is indexed. */
  upload?: Source;
  /** The name of an article to take out of the library. */
  remove?: string;
  requestedBy?: string;
  onProgress?: (progress: BuildProgress) => void;
}

/** Another reindex of the library is running, here or in another process: who asked for it, and since when. */
export class BusyError extends Error {
  override name = 'BusyError';
  constructor(readonly holder: LockHolder) {
    super(`a reindex is already running (requested by ${holder.requestedBy ?? 'the bot'} at ${holder.since})`);
  }
}

const RELOAD_CHECK_MS = 2000;

/** The articles a reindex report is about: the one uploaded, or all of them. */
function understoodOf(articles: ArticleInfo[], uploaded: string | null): ArticleInfo[] {
  return uploaded === null ? articles : articles.filter((article) => article.name === uploaded);
}

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


/** A library's articles as the pipeline reads them. */
type Articles = Source[];

const LOCK_REFRESH_MS = 5_000;
const DEFAULT_CACHE_FROM = 2_000;

/**
 * The lifecycle of one library (the default one, or a server's): loads its articles and vectors
 * from the store and builds its index in memory, or imports the article files when they changed;
 * notices a reindex committed by another process; reindexes under the store's lock, committing
 * in one transaction; closes. Answering from it is `answer` (reader.ts) and quotations are
 * `quotesIn`, both pure.
 */
export class Library {
  private embedder: Promise<Embedder> | null = null;
  private loading: Promise<LoadedLibrary> | null = null;
  private current: LoadedLibrary | null = null;
  /** The store's version of the articles in memory; null for a server still answering from its fallback. */
  private version: number | null = null;
  private rebuilding: Promise<ReindexReport> | null = null;
  private lastCheck = 0;
  private reloading: Promise<void> | null = null;
  private readonly shutdown = new AbortController();
  private warming: Promise<void> = Promise.resolve();
  /** This process's last reindex of the library that failed, if any: when, by whom, and why. */
  lastFailure: { at: string; requestedBy: string | null; error: unknown } | null = null;
  /** Who holds this library's lock in this process, and since when: for a second request here. */
  private held: LockHolder | null = null;
  /** Whether the store holds articles of this library's own (for a server: set on its first reindex). */
  private hasOwn: boolean | null = null;

  constructor(private readonly options: LibraryOptions) {}

  get id(): string {
    return this.options.id;
  }

  /** True once the index is in memory and no rebuild runs, so an answer takes milliseconds. */
  get isReady(): boolean {
    if (this.hasOwn === false && this.options.fallback) return this.options.fallback.isReady && this.rebuilding === null;
    return this.current !== null && this.rebuilding === null;
  }

  get isRebuilding(): boolean {
    return this.rebuilding !== null;
  }

  /** Passages held in memory, for the registry's memory budget. */
  get loadedPassages(): number {
    return this.current?.index.passages.length ?? 0;
  }

  /** Forgets the index in memory (the registry evicts it); the next question loads it again. */
  unload(): void {
    if (this.rebuilding || this.loading) return;
    this.current = null;
  }

  private getEmbedder(): Promise<Embedder> {
    this.embedder ??= this.options.createEmbedder().catch((error: unknown) => {
      this.embedder = null;
      throw error;
    });
    return this.embedder;
  }

  private use(index: KnowledgeIndex, embedder: Embedder, version: number | null): LoadedLibrary {
    const understanding: Understanding = {
      lexicon: buildLexicon(index.passages, index.manifest.articles),
      wordnet: sharedWordNet(),
      articleText: index.passages.map((passage) => wordsOf(`${passage.speaker ?? ''} ${passage.role ?? ''} ${passage.text}`).join(' ')).join(' \n '),
    };
    const words = sharedWordNet();
    this.current = { index, retriever: new Retriever(index, (word) => words.knows(word) && !words.isName(word)), understanding, embedder };
    this.version = version;
    // Just loaded: the next look at the store's version is due a check interval from now.
    this.lastCheck = Date.now();
    this.hasOwn = version !== null || this.options.fallback === undefined;
    // The phrase table's vectors are kept in the store by content, as the words' are: a reindex embeds only the phrases it
    // adds, not the whole table again (1,500 phrases, about 10 s of the model on two cores, which questions waited behind).
    this.warming = warmReader(index, understanding, (texts) => this.embedKept(texts, embedder));
    return this.current;
  }

  /**
   * The table of the article's words that every question is grounded against, made before the
   * index is used: embedded once, and kept in the store's vectors by content, so a later load (a
   * restart, another shard, the command line) reads it back. Answering goes on without it if it
   * cannot be made; the first question tries again.
   */
  private async prepareTables(index: KnowledgeIndex, embedder: Embedder): Promise<void> {
    await articleWords({ index, embed: (texts) => this.embedKept(texts, embedder) }).catch((error: unknown) => {
      this.options.logger.warn({ err: error, library: this.options.id }, 'could not make the table of the article\'s words');
    });
  }

  /** Vectors of texts from the store's kept vectors where it has them; the others embedded, and kept for next time. */
  private async embedKept(texts: string[], embedder: Embedder): Promise<Float32Array[]> {
    const { store } = this.options;
    const keys = texts.map(contentKey);
    // As in an index build, a stored vector is reused only if it is sound (unit length, no NaN).
    const stored = await store.vectors(keys, embedder.modelId).catch(() => new Map<string, Float32Array>());
    const found = new Map([...stored].filter(([, vector]) => isUnitVector(vector)));
    const missing = [...new Set(texts.filter((_, i) => !found.has(keys[i]!)))];
    if (missing.length > 0) {
      const vectors = await embedder.embed(missing);
      const fresh = new Map(missing.map((text, i) => [contentKey(text), vectors[i]!]));
      for (const [key, vector] of fresh) found.set(key, vector);
      // Answering does not depend on keeping them: a full store only means embedding them again next time.
      if (!this.shutdown.signal.aborted) await store.keepVectors(fresh, embedder.modelId).catch((error: unknown) => this.options.logger.warn({ err: error }, 'could not keep the vectors of the article\'s words'));
    }
    return keys.map((key) => found.get(key)!);
  }

  /**
   * Another process (a shard, `npm run reindex`) may have committed a reindex. At most every two
   * seconds a question compares the store's version with the one in memory and, if it moved,
   * loads the new one in the background while answers keep coming from the one in memory.
   */
  private noticeNewerVersion(now = false): void {
    if (this.shutdown.signal.aborted || this.rebuilding || this.reloading || (!now && Date.now() - this.lastCheck < (this.options.reloadCheckMs ?? RELOAD_CHECK_MS))) return;
    if (!this.current && this.hasOwn !== false) return;
    this.lastCheck = Date.now();
    const { store, id, logger } = this.options;
    const inMemory = this.version;
    this.reloading = (async () => {
      const version = await store.version(id);
      if (version === null || version === inMemory) return;
      const loaded = await this.load();
      await this.prepareTables(loaded.index, loaded.embedder);
      if (!this.rebuilding && this.version === inMemory) {
        this.use(loaded.index, loaded.embedder, loaded.version);
        logger.info({ library: id, version, passages: loaded.index.passages.length }, 'loaded a reindex committed elsewhere');
      }
    })()
      .catch((error: unknown) => logger.warn({ err: error, library: id }, 'could not check for a newer version'))
      .finally(() => {
        this.reloading = null;
      });
  }

  /** Told by the store that another process committed a reindex of this library: load it now, in the background. */
  changedElsewhere(): void {
    this.noticeNewerVersion(true);
  }

  /** The index in memory, loaded (or built) on first use; a newer version committed by another process is picked up in the background. */
  async ready(): Promise<LoadedLibrary> {
    this.noticeNewerVersion();
    if (this.current) return this.current;
    const { fallback, store, id } = this.options;
    if (fallback && this.hasOwn !== true) {
      this.hasOwn = (await store.version(id)) !== null;
      if (!this.hasOwn) return fallback.ready();
    }
    this.loading ??= this.load().then(
      async ({ index, embedder, version }) => {
        await this.prepareTables(index, embedder);
        this.loading = null;
        return this.use(index, embedder, version);
      },
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }

  /** The articles this library starts from when the store has none of its own: the files, or its fallback's. */
  private async baseArticles(): Promise<{ articles: Articles; importedFrom: string | null }> {
    const { sourcePath, fallback } = this.options;
    if (sourcePath) {
      const articles = await readSources(sourcePath);
      return { articles, importedFrom: sourcesChecksum(articles) };
    }
    if (fallback) return { articles: (await fallback.articles()).articles, importedFrom: null };
    throw new SourceError({ is: 'no articles' }, { kind: 'article folder', name: null });
  }

  /** The library's articles as they stand: its own in the store, or what it starts from. */
  async articles(): Promise<{ articles: Articles; version: number | null; importedFrom: string | null }> {
    const stored = await this.options.store.library(this.options.id);
    if (stored && stored.articles.length > 0) return { articles: stored.articles, version: stored.version, importedFrom: stored.importedFrom };
    return { ...(await this.baseArticles()), version: null };
  }

  /** Loads the library from the store; the default library imports its article files first when they changed. */
  private async load(): Promise<{ index: KnowledgeIndex; embedder: Embedder; version: number | null }> {
    const { logger, store, id, sourcePath } = this.options;
    const started = performance.now();
    const embedding = this.getEmbedder();
    // Reading questions needs compromise: load it on this thread while the model loads on others.
    loadNlp();
    const embedder = await embedding;
    if (sourcePath) {
      const files = await readSources(sourcePath);
      const checksum = sourcesChecksum(files);
      const stored = await store.library(id);
      if (!stored && this.options.legacyDir) await this.takeOverLegacyVectors(this.options.legacyDir, embedder);
      if (!stored || stored.importedFrom !== checksum) {
        logger.info({ library: id, reason: stored ? 'the article files changed' : 'first start' }, 'importing the article files');
        try {
          const built = await this.withLock(null, (holder) => this.commitArticles(files, embedder, holder, { importedFrom: checksum, requestedBy: null }));
          return { index: built.index, embedder, version: built.version };
        } catch (error) {
          if (!(error instanceof BusyError)) throw error;
          // Another process (a shard) is importing or reindexing: load what it commits.
          logger.info({ library: id }, 'another process holds the library; loading what it commits');
          await this.waitForVersion();
        }
      }
    }
    const { articles, version } = await this.articles();
    const corpus = prepareCorpus(articles);
    const reuse = await store.vectors(textKeys(corpus), embedder.modelId);
    const index = await buildIndex(corpus, embedder, { reuse, vectorIndex: (vectors) => this.cachedVectorIndex(vectors, embedder) });
    // Vectors missing from the store (a new model) are kept for next time, if there is room: answering does not depend on it.
    if (index.fresh.size > 0) {
      await store.keepVectors(index.fresh, embedder.modelId).catch((error: unknown) => logger.warn({ err: error, library: id }, 'could not keep the vectors computed while loading'));
    }
    const last = await store.lastReindex(id);
    this.stamp(index, version, last?.requestedBy ?? null, last?.finishedAt ?? null);
    logger.info({ library: id, version, passages: index.passages.length, embedded: index.embedded, ms: Math.round(performance.now() - started) }, 'library loaded');
    return { index, embedder, version };
  }

  /**
   * The first start on the store, where an index folder of an earlier version exists: its
   * vectors (by content hash, if made by this model and whole) go into the store once, so
   * nothing is embedded again. The folder itself is left as it is.
   */
  private async takeOverLegacyVectors(legacyDir: string, embedder: Embedder): Promise<void> {
    // Best effort: a damaged old folder costs embedding again, never the start.
    try {
      const legacy = await loadIndex(legacyDir, { sourceChecksum: null, modelId: embedder.modelId, dimensions: embedder.dimensions });
      if (!legacy.ok) {
        if (legacy.reason !== 'no index has been built yet') this.options.logger.warn({ reason: legacy.reason, from: legacyDir }, 'the index folder of an earlier version cannot be used; its vectors are embedded again');
        return;
      }
      const vectors = new Map([...vectorCache(legacy.index)].filter(([, vector]) => isUnitVector(vector)));
      await this.options.store.keepVectors(vectors, embedder.modelId);
      this.options.logger.info({ vectors: vectors.size, from: legacyDir }, 'took over the vectors of the index folder of an earlier version');
    } catch (error) {
      this.options.logger.warn({ err: error, from: legacyDir }, 'could not take over the vectors of the index folder of an earlier version');
    }
  }

  /** Waits, off the thread, until the library has a version in the store (another process is committing it). */
  private async waitForVersion(): Promise<void> {
    const { store, id } = this.options;
    for (let waited = 0; (await store.version(id)) === null; waited += 100) {
      if (waited > 120_000) throw new Error(`library ${id} was never committed by the process holding it`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Names the index after the store's version, with who last reindexed it and when. */
  private stamp(index: KnowledgeIndex, version: number | null, requestedBy: string | null, at: string | null): void {
    index.version = version === null ? null : `v${version}`;
    index.manifest.requestedBy = requestedBy;
    if (at) index.manifest.createdAt = at;
    index.manifest.indexChecksum = checksumOf(`${this.options.id}\u0000${version ?? 0}\u0000${index.manifest.sourceChecksum}\u0000${index.manifest.modelId}`);
  }

  /**
   * The HNSW index of these vectors from a cache file when one was written for exactly them and
   * loads back whole; otherwise built, written, loaded back to verify, and only then kept. A
   * damaged or missing cache file costs a rebuild from the stored vectors, never the bot.
   */
  private async cachedVectorIndex(vectors: Float32Array[], embedder: Embedder): Promise<VectorIndex> {
    const { cacheDir, logger } = this.options;
    if (vectors.length < (this.options.cacheFrom ?? DEFAULT_CACHE_FROM)) return vectorIndexFor(vectors, embedder.dimensions);
    const key = checksumOf(`${embedder.modelId}\u0000${JSON.stringify(HNSW_PARAMS)}\u0000${vectors.map((vector) => checksumOf(new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength))).join(',')}`);
    const file = path.join(cacheDir, `${key}.hnsw`);
    const sums = `${file}.sha256`;
    const verified = async (candidate: string, expectedSum?: string): Promise<VectorIndex | null> => {
      try {
        // Bytes first: a changed byte in the graph could pass the checks below, or crash native code.
        if (expectedSum !== undefined && checksumOf(await readFile(candidate)) !== expectedSum) return null;
        const index = await HnswVectorIndex.read(candidate, embedder.dimensions, vectors.length);
        // Whole, and the same vectors: every probed vector finds itself first.
        const probes = [0, Math.floor(vectors.length / 2), vectors.length - 1];
        return index.size === vectors.length && probes.every((label) => index.nearest(vectors[label]!, 1)[0] === label) ? index : null;
      } catch {
        return null;
      }
    };
    const cached = await verified(file, await readFile(sums, 'utf8').catch(() => 'no checksum'));
    if (cached) return cached;
    const built = HnswVectorIndex.build(vectors, embedder.dimensions);
    try {
      await mkdir(cacheDir, { recursive: true });
      const temporary = `${file}.tmp-${process.pid}`;
      await built.write(temporary);
      if (await verified(temporary)) {
        // The checksum of the bytes that loaded back whole, then the file under its name.
        await writeFile(sums, checksumOf(await readFile(temporary)));
        await rename(temporary, file);
      } else {
        await rm(temporary, { force: true });
        logger.warn({ library: this.options.id }, 'the HNSW cache file did not load back whole; it is not kept');
      }
    } catch (error) {
      logger.warn({ err: error, library: this.options.id }, 'could not write the HNSW cache file');
    }
    return built;
  }

  /**
   * Reindexes the library, one at a time in every process that shares the store: a second
   * request, here or elsewhere, is refused with who holds the lock and since when.
   */
  reindex(request: ReindexRequest = {}): Promise<ReindexReport> {
    if (this.rebuilding) return Promise.reject(new BusyError(this.held ?? { requestedBy: null, since: new Date().toISOString() }));
    this.held = { requestedBy: request.requestedBy ?? null, since: new Date().toISOString() };
    const startedAt = new Date().toISOString();
    this.rebuilding = this.locked(request)
      .catch((error: unknown) => {
        // Kept for /status: a reindex that outlasted Discord's answer window is reported there.
        if (!(error instanceof BusyError)) this.lastFailure = { at: startedAt, requestedBy: request.requestedBy ?? null, error };
        throw error;
      })
      .finally(() => {
        this.rebuilding = null;
        this.held = null;
      });
    return this.rebuilding;
  }

  private locked(request: ReindexRequest): Promise<ReindexReport> {
    return this.withLock(request.requestedBy ?? null, (holder) => this.rebuild(request, holder));
  }

  /**
   * Runs `work` holding the library's lock in the store (every process that shares it sees the
   * lock), kept fresh while it runs, released after. Held elsewhere: a BusyError naming who and since when.
   */
  private async withLock<T>(requestedBy: string | null, work: (holder: string) => Promise<T>): Promise<T> {
    const { store, id, logger } = this.options;
    const holder = `${hostname()}:${process.pid}:${randomUUID()}`;
    const held = await store.lock(id, holder, requestedBy);
    if (held) throw new BusyError(held);
    this.held ??= { requestedBy, since: new Date().toISOString() };
    const beat = setInterval(() => {
      store.refreshLock(id, holder).catch((error: unknown) => logger.warn({ err: error, library: id }, 'could not refresh the reindex lock'));
    }, LOCK_REFRESH_MS);
    beat.unref();
    try {
      return await work(holder);
    } catch (error) {
      if (error instanceof LockLostError) throw new BusyError(error.holder);
      throw error;
    } finally {
      clearInterval(beat);
      this.held = null;
      await store.unlock(id, holder).catch(() => undefined);
    }
  }

  private async rebuild(request: ReindexRequest, holder: string): Promise<ReindexReport> {
    const { logger, id } = this.options;
    const started = performance.now();
    const before = await this.passagesNow();
    const embedder = await this.getEmbedder();
    const { articles, importedFrom, replaced } = await this.planArticles(request);
    const built = await this.commitArticles(articles, embedder, holder, {
      importedFrom,
      requestedBy: request.requestedBy ?? null,
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    });
    await this.prepareTables(built.index, embedder);
    this.use(built.index, embedder, built.version);
    const report: ReindexReport = {
      passagesBefore: before,
      passagesAfter: built.index.passages.length,
      articles: built.index.manifest.articles.length,
      quotations: built.index.quotations.length,
      embedded: built.embedded,
      reused: built.reused,
      durationMs: Math.round(performance.now() - started),
      indexChecksum: built.index.manifest.indexChecksum,
      sourceReplaced: replaced,
      understood: understoodOf(built.index.manifest.articles, replaced),
    };
    logger.info({ ...report, understood: undefined, library: id, version: built.version, requestedBy: request.requestedBy ?? null }, 'reindexed');
    return report;
  }

  /** The articles a reindex request leads to, the name an upload is kept under, and where the articles came from. */
  private async planArticles(request: ReindexRequest): Promise<{ articles: Articles; importedFrom: string | null; replaced: string | null }> {
    const { sourcePath } = this.options;
    let { articles, importedFrom } = await this.articles();
    // The default library reindexed without an upload takes its article files again when they changed.
    if (!request.upload && sourcePath) {
      const files = await readSources(sourcePath);
      const checksum = sourcesChecksum(files);
      if (checksum !== importedFrom) ({ articles, importedFrom } = { articles: files, importedFrom: checksum });
    }
    let replaced: string | null = null;
    if (request.remove !== undefined) {
      const remaining = articles.filter((article) => article.name !== request.remove);
      if (remaining.length === articles.length) throw new SourceError({ is: 'missing' }, { kind: 'article', name: request.remove });
      if (remaining.length === 0 && !request.upload) throw new SourceError({ is: 'no articles' }, { kind: 'article', name: request.remove });
      articles = remaining;
    }
    if (request.upload) {
      const name = safeArticleName(request.upload.name);
      if (!name) throw new SourceError({ is: 'not an article file' }, { kind: 'attached file', name: request.upload.name });
      // The first upload to a library that still holds the one article it started from replaces
      // it; later ones join it, replacing an article of the same name.
      const start = this.options.fallback ? sourcesChecksum((await this.options.fallback.articles()).articles) : importedFrom;
      const startedFrom = sourcesChecksum(articles) === start;
      const others = articles.length === 1 && startedFrom ? [] : articles.filter((article) => article.name !== name);
      articles = [...others, { ...request.upload, name }].sort((a, b) => a.name.localeCompare(b.name));
      replaced = name;
    }
    return { articles, importedFrom, replaced };
  }

  /** What a reindex with this request would index, read and cleaned but not embedded, stored or locked: nothing changes. */
  async preview(request: Pick<ReindexRequest, 'upload' | 'remove'>): Promise<ReindexPreview> {
    const { articles, replaced } = await this.planArticles(request);
    const corpus = prepareCorpus(articles);
    return {
      passages: corpus.passages.length,
      quotations: corpus.quotations.length,
      articles: corpus.articles.length,
      sourceReplaced: replaced,
      understood: understoodOf(corpus.articles, replaced),
    };
  }

  /** Passages the library answers from now, without loading it: for the reindex report. */
  private async passagesNow(): Promise<number | null> {
    if (this.current) return this.current.index.passages.length;
    const { store, id, fallback } = this.options;
    const own = await store.lastReindex(id);
    if (own || !fallback) return own?.passages ?? null;
    return fallback.current?.index.passages.length ?? (await store.lastReindex(fallback.id))?.passages ?? null;
  }

  /** Builds the index of these articles (reusing stored vectors) and commits articles and new vectors in one transaction. */
  private async commitArticles(
    articles: Articles,
    embedder: Embedder,
    holder: string,
    options: { importedFrom: string | null; requestedBy: string | null; onProgress?: (progress: BuildProgress) => void },
  ): Promise<{ index: KnowledgeIndex; version: number; embedded: number; reused: number }> {
    const { store, id } = this.options;
    // A source that cannot be used (no paragraphs) fails here, before anything is written.
    const corpus = prepareCorpus(articles);
    const reuse = await store.vectors(textKeys(corpus), embedder.modelId);
    const index = await buildIndex(corpus, embedder, {
      reuse,
      signal: this.shutdown.signal,
      vectorIndex: (vectors) => this.cachedVectorIndex(vectors, embedder),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    this.shutdown.signal.throwIfAborted();
    const record = await store.commit({
      libraryId: id,
      holder,
      articles: articles.map(({ name, text }) => ({ name, text })),
      vectors: index.fresh,
      modelId: embedder.modelId,
      importedFrom: options.importedFrom,
      record: { requestedBy: options.requestedBy, passages: index.passages.length, articles: articles.length, embedded: index.embedded, reused: index.reused },
    });
    this.stamp(index, record.version, options.requestedBy, record.finishedAt);
    return { index, version: record.version, embedded: index.embedded, reused: index.reused };
  }

  /**
   * For shutdown: a rebuild still embedding stops (nothing of it is written; the current index
   * stays), one already committing is waited for. Resolves when nothing is being written.
   */
  async close(): Promise<void> {
    this.shutdown.abort();
    // A first load may be writing the table of the article's words to the store: the store closes after it.
    await Promise.all([this.rebuilding?.catch(() => undefined), this.reloading, this.loading?.catch(() => undefined)]);
  }

  /** Resolves once what answering computes once per sentence has been computed for the loaded index (for benchmarks). */
  async warmed(): Promise<void> {
    await this.ready();
    // The warm-up's timer does not keep a process alive; whoever waits for it does.
    const keepAlive = setInterval(() => undefined, 1000);
    try {
      await (this.hasOwn === false && this.options.fallback ? this.options.fallback.warmed() : this.warming);
    } finally {
      clearInterval(keepAlive);
    }
  }
}

/** Content keys of every text an index of the corpus embeds. */
export function textKeys(corpus: PreparedCorpus): string[] {
  return [
    ...corpus.passages.map((passage) => contentKey(passageEmbeddingText(passage))),
    ...corpus.passages.flatMap((passage) => passage.sentences.map((_, s) => contentKey(sentenceText(passage, s)))),
  ];
}
