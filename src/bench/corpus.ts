import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
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

const CHUNK = 1024;

/**
 * The corpus with its embeddings, cached in `.cache/bench` (git-ignored) in chunks of 1,024
 * passages keyed by their text, so a small run reuses what a large one embedded and the other
 * way round. The first full run embeds everything (about 100 passages a second on two cores).
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
  const width = embedder.dimensions;
  const vectors: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += CHUNK) {
    const chunk = texts.slice(start, start + CHUNK);
    const key = createHash('sha256').update(embedder.modelId).update(chunk.join('\n')).digest('hex').slice(0, 20);
    const file = path.join(dir, `chunk-${key}.f32`);
    if (existsSync(file)) {
      const bytes = await readFile(file);
      const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
      vectors.push(...chunk.map((_, i) => all.slice(i * width, (i + 1) * width)));
    } else {
      const embedded = await embedder.embed(chunk);
      const packed = new Float32Array(chunk.length * width);
      embedded.forEach((vector, i) => packed.set(vector, i * width));
      await writeFile(`${file}.tmp`, new Uint8Array(packed.buffer));
      await rename(`${file}.tmp`, file);
      vectors.push(...embedded);
    }
    onProgress?.(vectors.length, texts.length);
  }
  return { texts, vectors };
}
