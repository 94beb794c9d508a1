import type { KnowledgeIndex } from './index-store.js';
import type { Passage } from './passages.js';

/** A passage retrieved for a question, with the sentence in it that answers best. */
export interface Hit {
  passage: Passage;
  /** Cosine similarity of the question to the whole passage. */
  passageScore: number;
  /** Index of the best sentence inside the passage, and its cosine similarity. */
  sentence: number;
  sentenceScore: number;
  /** What passages are ranked by. */
  score: number;
}

export const CANDIDATES = 10;

export function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * Dense retrieval: HNSW finds candidate passages, then each is scored by its best
 * sentence as well as as a whole, since a question usually matches one sentence.
 */
export function retrieve(index: KnowledgeIndex, query: Float32Array, limit = CANDIDATES): Hit[] {
  const count = index.hnsw.getCurrentCount();
  if (count === 0) return [];
  const k = Math.min(limit, count);
  const { neighbors, distances } = index.hnsw.searchKnn(Array.from(query), k);
  const hits: Hit[] = neighbors.map((label, i) => {
    const passage = index.passages[label]!;
    const passageScore = 1 - distances[i]!;
    let sentence = 0;
    let sentenceScore = -1;
    (index.sentenceVectors[label] ?? []).forEach((vector, s) => {
      const score = dot(query, vector);
      if (score > sentenceScore) {
        sentenceScore = score;
        sentence = s;
      }
    });
    return { passage, passageScore, sentence, sentenceScore, score: Math.max(passageScore, sentenceScore) };
  });
  return hits.sort((a, b) => b.score - a.score);
}
