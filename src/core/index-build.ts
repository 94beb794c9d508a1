import { checksumOf, type PreparedCorpus } from './article.js';
import { type Embedder, isUnitVector, ModelError } from './embedder.js';
import { FORMAT_VERSION, type KnowledgeIndex, type Manifest } from './index-store.js';
import { passageEmbeddingText, sentenceText } from './passages.js';
import { efFor, HNSW_PARAMS, type VectorIndex, vectorIndexFor } from './vector-index.js';

/**
 * Building an index in memory: every passage and sentence embedded (each distinct text once,
 * unchanged texts reused by content hash, with progress), then the nearest-neighbour index.
 * Writing it to disk and loading it back is `index-store.ts`.
 */

export interface BuildProgress {
  /** Texts whose vectors are ready, of `total`; `reused` of them came from the previous index. */
  done: number;
  total: number;
  reused: number;
}

/** Vectors of texts embedded before, by content hash, so an unchanged passage is not embedded again. */
export type VectorCache = Map<string, Float32Array>;

export function contentKey(text: string): string {
  return checksumOf(text);
}

/** The vectors of an index by content hash, to reuse in the next build with the same model. */
export function vectorCache(index: KnowledgeIndex): VectorCache {
  const cache: VectorCache = new Map();
  for (const passage of index.passages) {
    const vector = index.passageVectors[passage.id];
    if (vector) cache.set(contentKey(passageEmbeddingText(passage)), vector);
    passage.sentences.forEach((_, s) => {
      const sentence = index.sentenceVectors[passage.id]?.[s];
      if (sentence) cache.set(contentKey(sentenceText(passage, s)), sentence);
    });
  }
  return cache;
}


/** Embeds the corpus's passages and sentences (reusing cached vectors) and builds the HNSW index in memory. */
export async function buildIndex(
  corpus: PreparedCorpus,
  embedder: Embedder,
  options: {
    onProgress?: (progress: BuildProgress) => void;
    reuse?: VectorCache;
    requestedBy?: string;
    signal?: AbortSignal;
    /** Where the nearest-neighbour index comes from (a verified cache file); built in memory when absent. */
    vectorIndex?: (passageVectors: Float32Array[]) => Promise<VectorIndex>;
  } = {},
): Promise<KnowledgeIndex & { embedded: number; reused: number; fresh: VectorCache }> {
  const { passages } = corpus;
  const texts = [
    ...passages.map(passageEmbeddingText),
    ...passages.flatMap((passage) => passage.sentences.map((_, i) => sentenceText(passage, i))),
  ];
  const keys = texts.map(contentKey);
  // A vector is reused only if it could have been kept: a bad one (NaN, not unit length) is embedded again.
  const known = new Map([...(options.reuse ?? [])].filter(([, vector]) => isUnitVector(vector)));
  // A one-sentence paragraph is the same text twice: each distinct text is embedded once.
  const occurrences = new Map<string, number>();
  keys.forEach((key) => {
    if (!known.has(key)) occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
  });
  const missing = [...occurrences.keys()];
  const textOf = new Map(keys.map((key, i) => [key, texts[i]!]));
  const reused = texts.length - [...occurrences.values()].reduce((sum, count) => sum + count, 0);
  let done = reused;
  options.onProgress?.({ done, total: texts.length, reused });
  const step = 64;
  for (let start = 0; start < missing.length; start += step) {
    // Shutting down: stop between batches; nothing has been written yet.
    options.signal?.throwIfAborted();
    const batch = missing.slice(start, start + step);
    const embedded = await embedder.embed(batch.map((key) => textOf.get(key)!));
    // A model that produces NaN or unnormalised vectors is broken: nothing of it is kept.
    if (!embedded.every(isUnitVector)) throw new ModelError('fails its check', embedder.modelId);
    batch.forEach((key, j) => {
      known.set(key, embedded[j]!);
      done += occurrences.get(key)!;
    });
    options.onProgress?.({ done, total: texts.length, reused });
  }
  const vectors = keys.map((key) => known.get(key)!);

  const ef = efFor(passages.length);
  const passageVectors = passages.map((passage) => vectors[passage.id]!);
  const vectorIndex = options.vectorIndex ? await options.vectorIndex(passageVectors) : vectorIndexFor(passageVectors, embedder.dimensions);

  let cursor = passages.length;
  const sentenceVectors = passages.map((passage) => {
    const own = vectors.slice(cursor, cursor + passage.sentences.length) as Float32Array[];
    cursor += passage.sentences.length;
    return own;
  });

  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    modelId: embedder.modelId,
    dimensions: embedder.dimensions,
    passageCount: passages.length,
    sentenceCount: texts.length - passages.length,
    sourceChecksum: corpus.checksum,
    createdAt: new Date().toISOString(),
    indexChecksum: '',
    files: {},
    hnsw: { m: HNSW_PARAMS.m, efConstruction: HNSW_PARAMS.efConstruction, ef },
    articles: corpus.articles,
    requestedBy: options.requestedBy ?? null,
  };
  const fresh: VectorCache = new Map(missing.map((key) => [key, known.get(key)!]));
  return { version: null, manifest, passages, quotations: corpus.quotations, vectors: vectorIndex, sentenceVectors, passageVectors, embedded: missing.length, reused, fresh };
}
