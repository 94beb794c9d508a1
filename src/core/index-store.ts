import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { type ArticleInfo, checksumOf } from './article.js';
import type { Passage } from './passages.js';
import type { Quotation } from './quotations.js';
import { HnswVectorIndex, type VectorIndex } from './vector-index.js';

export const FORMAT_VERSION = 6;

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
  hnsw: { m: number; efConstruction: number; ef: number };
  articles: ArticleInfo[];
  /** Who asked for this build (a user id, "command line"); null when built at start. */
  requestedBy: string | null;
}

/** Everything retrieval needs, in memory. */
export interface KnowledgeIndex {
  /** The version folder it was saved in or loaded from; null until saved. */
  version: string | null;
  manifest: Manifest;
  passages: Passage[];
  quotations: Quotation[];
  /** Nearest-neighbour search over the passage vectors, labelled by passage id. */
  vectors: VectorIndex;
  /** Unit vectors of each passage's sentences, indexed [passage.id][sentence]. */
  sentenceVectors: Float32Array[][];
  /** Unit vector of each passage by label: the same as in HNSW, kept here so a query allocates nothing to read it. */
  passageVectors: Float32Array[];
}

/** Writes a file and fsyncs it before returning. */
export async function writeDurably(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * One checksum over the data files' checksums and every other field of the manifest, so a
 * change to any file, or to the manifest itself, is caught at load.
 */
function fingerprint(files: Record<string, string>, manifest: Manifest): string {
  const { indexChecksum: _, files: __, ...fields } = manifest;
  const lines = Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, sum]) => `${name}:${sum}`);
  return checksumOf([...lines, JSON.stringify(fields)].join('\n'));
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
    await index.vectors.write(path.join(staging, FILES.hnsw));
    await syncPath(path.join(staging, FILES.hnsw));
    data[FILES.hnsw] = await readFile(path.join(staging, FILES.hnsw));

    const files = Object.fromEntries(Object.entries(data).map(([name, bytes]) => [name, checksumOf(bytes)]).sort());
    const manifest: Manifest = { ...index.manifest, files, indexChecksum: '' };
    manifest.indexChecksum = fingerprint(files, manifest);
    await writeDurably(path.join(staging, FILES.manifest), JSON.stringify(manifest, null, 2));
    await syncPath(staging);

    const finalDir = path.join(indexDir, version);
    await rename(staging, finalDir);
    const pointer = path.join(indexDir, `.${CURRENT}.tmp-${process.pid}`);
    await writeDurably(pointer, `${version}\n`);
    await rename(pointer, path.join(indexDir, CURRENT));
    await syncPath(indexDir);
    index.manifest = manifest;
    index.version = version;
    await removeOldVersions(indexDir, version);
    return manifest;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes versions older than the one just made current, and staging folders and pointer files left by a crash.
 * Another process's staging folder, or a version newer than ours, is left alone: it may be
 * about to become current.
 */
async function removeOldVersions(indexDir: string, keep: string): Promise<void> {
  const stamp = (name: string): number => Number(/^v-(\d+)-/.exec(name)?.[1] ?? Number.NaN);
  for (const entry of await readdir(indexDir, { withFileTypes: true })) {
    const pointer = /^\.current\.tmp-(\d+)$/.exec(entry.name);
    if (pointer && !isAlive(Number(pointer[1]))) await rm(path.join(indexDir, entry.name), { force: true });
    if (!entry.isDirectory() || entry.name === keep) continue;
    const staging = /^\.staging-v-\d+-(\d+)$/.exec(entry.name);
    const stale = staging ? !isAlive(Number(staging[1])) || Number(staging[1]) === process.pid : stamp(entry.name) < stamp(keep);
    if (stale) await rm(path.join(indexDir, entry.name), { recursive: true, force: true });
  }
}

export interface Expectation {
  /** Null: load whatever source it was built from (to reuse its vectors). */
  sourceChecksum: string | null;
  modelId: string;
  dimensions: number;
}

/** The version folder `current` names, or null when there is none. */
export async function currentVersion(indexDir: string): Promise<string | null> {
  return readFile(path.join(indexDir, CURRENT), 'utf8').then(
    (text) => text.trim(),
    () => null,
  );
}

export type LoadResult = { ok: true; index: KnowledgeIndex } | { ok: false; reason: string };

/**
 * Loads the current index if it is whole and was built from this source with this model.
 * Otherwise says why, so the caller can rebuild.
 */
export async function loadIndex(indexDir: string, expected: Expectation): Promise<LoadResult> {
  const version = await currentVersion(indexDir);
  if (version === null) return { ok: false, reason: 'no index has been built yet' };
  const dir = path.join(indexDir, version);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, FILES.manifest), 'utf8')) as Manifest;
  } catch {
    return { ok: false, reason: 'the index manifest is missing or unreadable' };
  }
  if (!manifest || typeof manifest !== 'object') return { ok: false, reason: 'the index manifest is missing or unreadable' };
  const fileSums = manifest.files && typeof manifest.files === 'object' ? manifest.files : {};
  if (manifest.indexChecksum !== fingerprint(fileSums, manifest)) return { ok: false, reason: 'the index manifest is damaged (checksum mismatch)' };
  if (manifest.formatVersion !== FORMAT_VERSION) return { ok: false, reason: `the index format changed (${manifest.formatVersion} → ${FORMAT_VERSION})` };
  if (manifest.modelId !== expected.modelId || manifest.dimensions !== expected.dimensions) {
    return { ok: false, reason: `the index was built with another model (${manifest.modelId})` };
  }
  if (expected.sourceChecksum !== null && manifest.sourceChecksum !== expected.sourceChecksum) return { ok: false, reason: 'the article changed since the index was built' };

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
  let vectors: HnswVectorIndex;
  try {
    vectors = await HnswVectorIndex.read(path.join(dir, FILES.hnsw), manifest.dimensions, manifest.passageCount);
  } catch (error) {
    // A short write the manifest vouches for (the checksum was taken of what was written).
    return { ok: false, reason: `the index file ${FILES.hnsw} cannot be read: ${(error as Error).message}` };
  }
  if (vectors.size !== manifest.passageCount || passages.length !== manifest.passageCount) {
    return { ok: false, reason: 'the index does not hold as many passages as its manifest says' };
  }
  const sentenceVectors = unpackVectors(bytes[FILES.sentences]!, passages, manifest.dimensions);
  const passageVectors = passages.map((passage) => vectors.vector(passage.id));
  return { ok: true, index: { version, manifest, passages, quotations, vectors, sentenceVectors, passageVectors } };
}
