import { open, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { type Answer, composeAnswer, NOT_COVERED } from './answer.js';
import { assessCoverage } from './coverage.js';
import { prepareArticle, readArticle, checksumOf } from './article.js';
import type { Embedder } from './embedder.js';
import { type BuildProgress, buildIndex, type KnowledgeIndex, loadIndex, type Manifest, saveIndex } from './index-store.js';
import type { Quotation } from './quotations.js';
import { Retriever } from './retrieve.js';

export interface KnowledgeOptions {
  sourcePath: string;
  indexDir: string;
  createEmbedder: () => Promise<Embedder>;
  logger: Logger;
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
}

export interface ReindexReport {
  passagesBefore: number | null;
  passagesAfter: number;
  quotations: number;
  durationMs: number;
  indexChecksum: string;
  sourceReplaced: boolean;
}

export interface ReindexRequest {
  /** New article text that replaces the source once it is indexed; the current source when absent. */
  text?: string;
  requestedBy?: string;
  onProgress?: (progress: BuildProgress) => void;
}

/** Another reindex is running; the message is safe to show. */
export class BusyError extends Error {
  override name = 'BusyError';
}

const MAX_QUESTION_CHARS = 1000;

/** The bot's knowledge of its article: loads or builds the index once, answers, and rebuilds on request. */
export class KnowledgeBase {
  private embedder: Promise<Embedder> | null = null;
  private loading: Promise<KnowledgeIndex> | null = null;
  private current: KnowledgeIndex | null = null;
  private retriever: Retriever | null = null;
  private rebuilding: Promise<ReindexReport> | null = null;

  constructor(private readonly options: KnowledgeOptions) {}

  /** True once the index is in memory, so an answer takes milliseconds. */
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

  /** Loads the index, building it first when it is missing, damaged or out of date. */
  ready(): Promise<KnowledgeIndex> {
    if (this.current) return Promise.resolve(this.current);
    this.loading ??= this.loadOrBuild().then(
      (index) => {
        this.use(index);
        return index;
      },
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }

  private use(index: KnowledgeIndex): void {
    this.retriever = new Retriever(index);
    this.current = index;
  }

  /** The embedder and the retriever over the current index, for answering and for evaluation. */
  async searchTools(): Promise<{ embedder: Embedder; retriever: Retriever; index: KnowledgeIndex }> {
    const index = await this.ready();
    return { embedder: await this.getEmbedder(), retriever: this.retriever!, index };
  }

  private async loadOrBuild(): Promise<KnowledgeIndex> {
    const { logger, indexDir, sourcePath } = this.options;
    const started = performance.now();
    const [embedder, raw] = await Promise.all([this.getEmbedder(), readArticle(sourcePath)]);
    const loaded = await loadIndex(indexDir, {
      sourceChecksum: checksumOf(raw),
      modelId: embedder.modelId,
      dimensions: embedder.dimensions,
    });
    if (loaded.ok) {
      logger.info({ passages: loaded.index.manifest.passageCount, ms: Math.round(performance.now() - started) }, 'index loaded');
      return loaded.index;
    }
    logger.info({ reason: loaded.reason }, 'building the index');
    const index = await buildIndex(prepareArticle(raw), embedder);
    await saveIndex(indexDir, index);
    logger.info({ passages: index.manifest.passageCount, ms: Math.round(performance.now() - started) }, 'index built');
    return index;
  }

  /** Answers a question from the article, citing the passages it rests on. */
  async ask(question: string): Promise<Answer> {
    const trimmed = question.trim().slice(0, MAX_QUESTION_CHARS);
    const { embedder, retriever, index } = await this.searchTools();
    const [query] = await embedder.embed([trimmed]);
    const hits = retriever.rank(trimmed, query!);
    const answer = composeAnswer(trimmed, hits, assessCoverage(trimmed, hits, retriever).covered);
    if (!answer.answered) answer.answer = this.refusal(index);
    return answer;
  }

  /** Says the article does not cover it, what the article is about, and a question it can answer. */
  private refusal(index: KnowledgeIndex): string {
    const { title, deck } = index.manifest.article;
    const about = title ? ` It is about “${title}”${deck ? `: ${deck}` : ''}.` : '';
    const dated = index.quotations.find((quote) => quote.speaker && quote.year);
    const heading = index.passages.find((passage) => passage.section)?.section;
    const suggestion = dated
      ? `What did ${dated.speaker} say in ${dated.year}?`
      : heading
        ? `What does the article say about ${heading.toLowerCase()}?`
        : null;
    return `${NOT_COVERED}${about}${suggestion ? ` You could ask, for example: “${suggestion}”` : ''}`;
  }

  /** Quotations of a year and/or by a speaker (matched against name and role, case-insensitively). */
  async quotes(query: QuoteQuery): Promise<QuoteResult> {
    const index = await this.ready();
    const all = index.quotations;
    const needle = query.speaker?.trim().toLowerCase() || null;
    const quotes = all.filter(
      (quote) =>
        (query.year === undefined || quote.year === query.year) &&
        (needle === null || `${quote.speaker ?? ''} ${quote.role ?? ''}`.toLowerCase().includes(needle)),
    );
    return {
      year: query.year ?? null,
      speaker: query.speaker?.trim() || null,
      quotes,
      years: [...new Set(all.flatMap((quote) => (quote.year === null ? [] : [quote.year])))].sort((a, b) => a - b),
      speakers: [...new Set(all.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))],
    };
  }

  /** Rebuilds the index; a new text replaces the source only once it is indexed. One at a time. */
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
    const before = this.current?.manifest.passageCount ?? null;
    const raw = request.text ?? (await readArticle(sourcePath));
    const prepared = prepareArticle(raw);
    const index = await buildIndex(prepared, await this.getEmbedder(), request.onProgress);
    const manifest = await saveIndex(indexDir, index);
    if (request.text !== undefined) await replaceFile(sourcePath, request.text);
    this.use(index);
    const report: ReindexReport = {
      passagesBefore: before,
      passagesAfter: manifest.passageCount,
      quotations: index.quotations.length,
      durationMs: Math.round(performance.now() - started),
      indexChecksum: manifest.indexChecksum,
      sourceReplaced: request.text !== undefined,
    };
    logger.info({ ...report, requestedBy: request.requestedBy ?? null }, 'reindexed');
    return report;
  }

  /** Facts about the loaded index, for status replies. */
  async manifest(): Promise<Manifest> {
    return (await this.ready()).manifest;
  }
}

async function replaceFile(target: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}`);
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, target);
}
