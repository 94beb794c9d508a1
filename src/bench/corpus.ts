import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Embedder } from '../core/embedder.js';
import { splitSentences } from '../core/sentences.js';

/**
 * Real English text that every machine of this kind has offline: the Markdown documentation
 * of the project's own dependencies (the same on every clone, pinned by the lockfile), then
 * Debian's package documentation. Random vectors would be the worst case for HNSW and say
 * nothing about real use.
 */
export const CORPUS_SOURCES = ['node_modules', '/usr/share/doc', '/usr/share/common-licenses'];
const MAX_PASSAGE = 400;

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile() && /(\.md|\.markdown|\.txt|\.rst|^README[^/]*|^copyright|changelog(\.Debian)?\.gz|^[A-Z][A-Za-z0-9-]+)$/.test(entry.name)) out.push(full);
  }
}

function isProse(paragraph: string): boolean {
  if (paragraph.length < 60 || /^(```|    |\t|\||<|#!)/.test(paragraph)) return false;
  const letters = (paragraph.match(/[A-Za-z\s]/g) ?? []).length;
  return letters / paragraph.length > 0.85 && paragraph.split(/\s+/).length >= 8;
}

function clean(paragraph: string): string {
  return paragraph
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_>#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Passages of real prose, at most 400 characters of whole sentences, deduplicated, in a fixed order. */
export async function collectPassages(limit: number, root: string): Promise<string[]> {
  const files: string[] = [];
  for (const source of CORPUS_SOURCES) await walk(path.isAbsolute(source) ? source : path.join(root, source), files);
  const seen = new Set<string>();
  const passages: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      const bytes = await readFile(file);
      text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    } catch {
      continue;
    }
    if (text.includes('\u0000')) continue;
    for (const block of text.split(/\n\s*\n/)) {
      const paragraph = clean(block);
      if (!isProse(paragraph)) continue;
      let current = '';
      const flush = (): void => {
        if (current.length >= 60 && !seen.has(current)) {
          seen.add(current);
          passages.push(current);
        }
        current = '';
      };
      for (const { text: sentence } of splitSentences(paragraph)) {
        if (current && current.length + sentence.length + 1 > MAX_PASSAGE) flush();
        current = current ? `${current} ${sentence}` : sentence.slice(0, MAX_PASSAGE);
      }
      flush();
      if (passages.length >= limit) return passages;
    }
  }
  return passages;
}

export interface EmbeddedCorpus {
  texts: string[];
  vectors: Float32Array[];
}

const STEP = 1024;

/**
 * The corpus with its embeddings, cached in `.cache/bench` (git-ignored) by the hash of each
 * passage's text, so a change in the machine's documentation re-embeds only the passages that
 * changed. The first full run embeds everything (about 100 passages a second on two cores).
 */
export async function embeddedCorpus(
  count: number,
  root: string,
  embedder: Embedder,
  onProgress?: (done: number, total: number) => void,
): Promise<EmbeddedCorpus> {
  const texts = await collectPassages(count, root);
  const dir = path.join(root, '.cache', 'bench');
  await mkdir(dir, { recursive: true });
  const model = createHash('sha256').update(embedder.modelId).digest('hex').slice(0, 12);
  const vectorFile = path.join(dir, `vectors-${model}.f32`);
  const keyFile = path.join(dir, `keys-${model}.txt`);
  const width = embedder.dimensions;
  const keys = existsSync(keyFile) ? (await readFile(keyFile, 'utf8')).split('\n').filter(Boolean) : [];
  const cached = new Map<string, Float32Array>();
  if (keys.length > 0) {
    const bytes = await readFile(vectorFile);
    const all = new Float32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4));
    keys.forEach((key, i) => {
      if ((i + 1) * width <= all.length) cached.set(key, all.slice(i * width, (i + 1) * width));
    });
  }
  const keyOf = (text: string): string => createHash('sha1').update(text).digest('hex');
  const textKeys = texts.map(keyOf);
  const missing = [...new Set(textKeys.filter((key) => !cached.has(key)))];
  const textByKey = new Map(textKeys.map((key, i) => [key, texts[i]!]));
  let stored = cached.size;
  for (let start = 0; start < missing.length; start += STEP) {
    const batch = missing.slice(start, start + STEP);
    const vectors = await embedder.embed(batch.map((key) => textByKey.get(key)!));
    const packed = new Float32Array(batch.length * width);
    vectors.forEach((vector, i) => {
      packed.set(vector, i * width);
      cached.set(batch[i]!, vector);
    });
    // Vectors first, at the slot after the last recorded key, then their keys: a crash in
    // between leaves vectors without keys, which the next run overwrites.
    const handle = await open(vectorFile, existsSync(vectorFile) ? 'r+' : 'w');
    await handle.write(new Uint8Array(packed.buffer), 0, packed.byteLength, stored * width * 4);
    await handle.close();
    await appendFile(keyFile, `${batch.join('\n')}\n`);
    stored += batch.length;
    onProgress?.(texts.length - missing.length + start + batch.length, texts.length);
  }
  if (missing.length === 0) onProgress?.(texts.length, texts.length);
  return { texts, vectors: textKeys.map((key) => cached.get(key)!) };
}
