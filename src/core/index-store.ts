import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { checksumOf, type PreparedArticle } from './article.js';
import type { Embedder } from './embedder.js';
import { type Passage, sentenceText } from './passages.js';
import type { Quotation } from './quotations.js';

const { HierarchicalNSW } = hnswlib;
export type HnswIndex = InstanceType<typeof HierarchicalNSW>;

export const FORMAT_VERSION = 1;
export const HNSW_PARAMS = { m: 16, efConstruction: 200, ef: 64, randomSeed: 42 } as const;

const FILES = {
  manifest: 'manifest.json',
  passages: 'passages.json',
  quotations: 'quotations.json',
  hnsw: 'passages.hnsw',
  sentences: 'sentences.f32',
} as const;
const CURRENT = 'current';

export interface Manifest {
  formatVersion: number;
  modelId: string;
  dimensions: number;
  passageCount: number;
  sentenceCount: number;
  sourceChecksum: string;
  createdAt: string;
  /** One fingerprint of every data file, shown to moderators after a reindex. */
  indexChecksum: string;
  files: Record<string, string>;
  hnsw: { m: number; efConstruction: number };
  article: { title: string | null; deck: string | null; byline: string | null };
}

/** Everything retrieval needs, in memory. */
export interface KnowledgeIndex {
  manifest: Manifest;
  passages: Passage[];
  quotations: Quotation[];
  hnsw: HnswIndex;
  /** Unit vectors of each passage's sentences, indexed [passage.id][sentence]. */
  sentenceVectors: Float32Array[][];
}

export interface BuildProgress {
  done: number;
  total: number;
}

/** The text embedded for a passage: who speaks gives the vector the context a reader has. */
export function passageEmbeddingText(passage: Passage): string {
  const who = passage.speaker ? `${passage.speaker}${passage.role ? `, ${passage.role}` : ''}: ` : '';
  return `${who}${passage.text}`;
}

/** Embeds the article's passages and sentences and builds the HNSW index in memory. */
export async function buildIndex(
  article: PreparedArticle,
  embedder: Embedder,
  onProgress?: (progress: BuildProgress) => void,
): Promise<KnowledgeIndex> {
  const { passages } = article;
  const sentenceTexts = passages.flatMap((passage) => passage.sentences.map((_, i) => sentenceText(passage, i)));
  const total = passages.length + sentenceTexts.length;
  let done = 0;
  onProgress?.({ done, total });
  const embedInSteps = async (texts: string[]): Promise<Float32Array[]> => {
    const vectors: Float32Array[] = [];
    const step = 16;
    for (let start = 0; start < texts.length; start += step) {
      vectors.push(...(await embedder.embed(texts.slice(start, start + step))));
      done += Math.min(step, texts.length - start);
      onProgress?.({ done, total });
    }
    return vectors;
  };
  const passageVectors = await embedInSteps(passages.map(passageEmbeddingText));
  const flatSentenceVectors = await embedInSteps(sentenceTexts);

  const hnsw = new HierarchicalNSW('cosine', embedder.dimensions);
  hnsw.initIndex(Math.max(1, passages.length), HNSW_PARAMS.m, HNSW_PARAMS.efConstruction, HNSW_PARAMS.randomSeed);
  passageVectors.forEach((vector, id) => hnsw.addPoint(Array.from(vector), id));
  hnsw.setEf(HNSW_PARAMS.ef);

  let cursor = 0;
  const sentenceVectors = passages.map((passage) => {
    const vectors = flatSentenceVectors.slice(cursor, cursor + passage.sentences.length);
    cursor += passage.sentences.length;
    return vectors;
  });

  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    modelId: embedder.modelId,
    dimensions: embedder.dimensions,
    passageCount: passages.length,
    sentenceCount: sentenceTexts.length,
    sourceChecksum: article.checksum,
    createdAt: new Date().toISOString(),
    indexChecksum: '',
    files: {},
    hnsw: { m: HNSW_PARAMS.m, efConstruction: HNSW_PARAMS.efConstruction },
    article: { title: article.title, deck: article.deck, byline: article.byline },
  };
  return { manifest, passages, quotations: article.quotations, hnsw, sentenceVectors };
}

async function writeDurably(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync of a file or folder that is already written. */
async function syncPath(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function packVectors(vectors: Float32Array[][]): Uint8Array {
  const flat = vectors.flat();
  const width = flat[0]?.length ?? 0;
  const packed = new Float32Array(flat.length * width);
  flat.forEach((vector, i) => packed.set(vector, i * width));
  return new Uint8Array(packed.buffer);
}

function unpackVectors(bytes: Buffer, passages: Passage[], dimensions: number): Float32Array[][] {
  const copy = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  let cursor = 0;
  return passages.map((passage) =>
    passage.sentences.map(() => {
      const vector = copy.subarray(cursor * dimensions, (cursor + 1) * dimensions);
      cursor += 1;
      return vector;
    }),
  );
}

/**
 * Writes the index as a new version folder, then switches `current` to it with an atomic
 * rename, so a reader or a crash sees either the old index or the new one, never half of one.
 * Returns the manifest as written.
 */
export async function saveIndex(indexDir: string, index: KnowledgeIndex): Promise<Manifest> {
  await mkdir(indexDir, { recursive: true });
  const version = `v-${Date.now()}-${process.pid}`;
  const staging = path.join(indexDir, `.staging-${version}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  try {
    const data: Record<string, Uint8Array> = {
      [FILES.passages]: Buffer.from(JSON.stringify(index.passages)),
      [FILES.quotations]: Buffer.from(JSON.stringify(index.quotations)),
      [FILES.sentences]: packVectors(index.sentenceVectors),
    };
    for (const [name, bytes] of Object.entries(data)) await writeDurably(path.join(staging, name), bytes);
    await index.hnsw.writeIndex(path.join(staging, FILES.hnsw));
    await syncPath(path.join(staging, FILES.hnsw));
    data[FILES.hnsw] = await readFile(path.join(staging, FILES.hnsw));

    const files = Object.fromEntries(Object.entries(data).map(([name, bytes]) => [name, checksumOf(bytes)]).sort());
    const manifest: Manifest = {
      ...index.manifest,
      files,
      indexChecksum: checksumOf(Object.entries(files).map(([name, sum]) => `${name}:${sum}`).join('\n')),
    };
    await writeDurably(path.join(staging, FILES.manifest), JSON.stringify(manifest, null, 2));
    await syncPath(staging);

    const finalDir = path.join(indexDir, version);
    await rename(staging, finalDir);
    const pointer = path.join(indexDir, `.${CURRENT}.tmp-${process.pid}`);
    await writeDurably(pointer, `${version}\n`);
    await rename(pointer, path.join(indexDir, CURRENT));
    await syncPath(indexDir);
    index.manifest = manifest;
    await removeOldVersions(indexDir, version);
    return manifest;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Removes versions other than the current one, and staging folders left by a crash. */
async function removeOldVersions(indexDir: string, keep: string): Promise<void> {
  for (const entry of await readdir(indexDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === keep) continue;
    if (entry.name.startsWith('v-') || entry.name.startsWith('.staging-')) {
      await rm(path.join(indexDir, entry.name), { recursive: true, force: true });
    }
  }
}

export interface Expectation {
  sourceChecksum: string;
  modelId: string;
  dimensions: number;
}

export type LoadResult = { ok: true; index: KnowledgeIndex } | { ok: false; reason: string };

/**
 * Loads the current index if it is whole and was built from this source with this model.
 * Otherwise says why, so the caller can rebuild.
 */
export async function loadIndex(indexDir: string, expected: Expectation): Promise<LoadResult> {
  let version: string;
  try {
    version = (await readFile(path.join(indexDir, CURRENT), 'utf8')).trim();
  } catch {
    return { ok: false, reason: 'no index has been built yet' };
  }
  const dir = path.join(indexDir, version);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, FILES.manifest), 'utf8')) as Manifest;
  } catch {
    return { ok: false, reason: 'the index manifest is missing or unreadable' };
  }
  if (manifest.formatVersion !== FORMAT_VERSION) return { ok: false, reason: `the index format changed (${manifest.formatVersion} → ${FORMAT_VERSION})` };
  if (manifest.modelId !== expected.modelId || manifest.dimensions !== expected.dimensions) {
    return { ok: false, reason: `the index was built with another model (${manifest.modelId})` };
  }
  if (manifest.sourceChecksum !== expected.sourceChecksum) return { ok: false, reason: 'the article changed since the index was built' };

  const bytes: Record<string, Buffer> = {};
  for (const name of [FILES.passages, FILES.quotations, FILES.sentences, FILES.hnsw]) {
    try {
      bytes[name] = await readFile(path.join(dir, name));
    } catch {
      return { ok: false, reason: `the index file ${name} is missing` };
    }
    if (checksumOf(bytes[name]) !== manifest.files[name]) return { ok: false, reason: `the index file ${name} is damaged (checksum mismatch)` };
  }
  const passages = JSON.parse(bytes[FILES.passages]!.toString('utf8')) as Passage[];
  const quotations = JSON.parse(bytes[FILES.quotations]!.toString('utf8')) as Quotation[];
  const hnsw = new HierarchicalNSW('cosine', manifest.dimensions);
  await hnsw.readIndex(path.join(dir, FILES.hnsw));
  // ef is not stored in the file.
  hnsw.setEf(HNSW_PARAMS.ef);
  if (hnsw.getCurrentCount() !== manifest.passageCount || passages.length !== manifest.passageCount) {
    return { ok: false, reason: 'the index does not hold as many passages as its manifest says' };
  }
  const sentenceVectors = unpackVectors(bytes[FILES.sentences]!, passages, manifest.dimensions);
  return { ok: true, index: { manifest, passages, quotations, hnsw, sentenceVectors } };
}
