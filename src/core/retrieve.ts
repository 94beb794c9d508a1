import type { KnowledgeIndex } from './index-store.js';
import { createLexicalIndex, type LexicalIndex, terms } from './lexical.js';
import { answerableSentences, type Passage } from './passages.js';
import { passageEmbeddingText } from './index-store.js';

export type RetrievalMode = 'dense' | 'bm25' | 'hybrid';
export type Fusion = 'weighted' | 'rrf';

/** A passage retrieved for a question, with the sentence in it that answers best. */
export interface Hit {
  passage: Passage;
  /** Index of the answering sentence inside the passage. */
  sentence: number;
  /** Cosine similarity of the question to the passage or its best sentence, whichever is higher. */
  dense: number;
  /** BM25 of the passage against that of an ideal passage for the question (0 to 1). */
  lexical: number;
  /** What hits are ranked by; its scale depends on the mode and fusion. */
  score: number;
  /** The fused score of each answerable sentence of the passage (dense and BM25, as for the passage). */
  sentenceScores: number[];
}

export interface RankOptions {
  mode: RetrievalMode;
  fusion: Fusion;
  /** Weight of dense similarity against normalised BM25 in the weighted sum (and inside passages). */
  denseWeight: number;
  /** k of reciprocal rank fusion. */
  rrfK: number;
  /** Added to a passage by a person the question names… */
  personBoost: number;
  /** …and to one that mentions a year the question names. */
  yearBoost: number;
}

/** The shipped settings, chosen on the evaluation set (`npm run eval -- --sweep` prints the curves). */
export const SHIPPED: RankOptions = {
  mode: 'hybrid',
  fusion: 'weighted',
  denseWeight: 0.7,
  rrfK: 10,
  personBoost: 0.15,
  yearBoost: 0.15,
};

const CANDIDATES = 20;
/** Weight of WordNet neighbours against the question's own words in BM25. */
export const EXPANSION_WEIGHT = 0.5;

export function dot(a: Float32Array | number[], b: Float32Array | number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

/** Name words of each person the article quotes, and rare words of their role ("Kaspersky"). */
function personKeys(passages: Passage[]): Map<string, Set<string>> {
  const frequency = new Map<string, number>();
  for (const passage of passages) for (const term of new Set(terms(passage.text))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const keys = new Map<string, Set<string>>();
  for (const passage of passages) {
    if (!passage.speaker || keys.has(passage.speaker)) continue;
    const nameTerms = terms(passage.speaker);
    const roleTerms = (passage.role?.match(/\b\p{Lu}[\p{L}]+/gu) ?? []).flatMap(terms).filter((term) => (frequency.get(term) ?? 0) <= 3);
    keys.set(passage.speaker, new Set([...nameTerms, ...roleTerms]));
  }
  return keys;
}

/** Ranks the article's passages for a question, by meaning (dense), by words (BM25) or both. */
export class Retriever {
  readonly lexical: LexicalIndex;
  private readonly people: Map<string, Set<string>>;

  constructor(private readonly index: KnowledgeIndex) {
    this.lexical = createLexicalIndex(index.passages, passageEmbeddingText);
    this.people = personKeys(index.passages);
  }

  /** People the question names, by any of their keys. */
  peopleIn(question: string): Set<string> {
    const questionTerms = new Set(terms(question));
    const named = new Set<string>();
    for (const [person, keys] of this.people) if ([...keys].some((key) => questionTerms.has(key))) named.add(person);
    return named;
  }

  /**
   * `expansions` are words close in meaning to the question's (WordNet neighbours the article
   * uses); they count in the lexical score at `EXPANSION_WEIGHT` of the question's own words.
   */
  rank(question: string, query: Float32Array, options: RankOptions = SHIPPED, expansions: string[] = []): Hit[] {
    const { index } = this;
    const count = index.hnsw.getCurrentCount();
    if (count === 0) return [];
    const useDense = options.mode !== 'bm25';
    const useLexical = options.mode !== 'dense';

    const candidates = new Set<number>();
    if (useDense) {
      for (const label of index.hnsw.searchKnn(Array.from(query), Math.min(CANDIDATES, count)).neighbors) candidates.add(label);
    }
    const passageLexical = useLexical ? this.lexical.passageScores(question) : new Map<number, number>();
    const sentenceLexical = useLexical ? this.lexical.sentenceScores(question) : new Map<string, number>();
    if (useLexical && expansions.length > 0) {
      const extra = expansions.join(' ');
      for (const [id, score] of this.lexical.passageScores(extra)) passageLexical.set(id, Math.min(1, (passageLexical.get(id) ?? 0) + EXPANSION_WEIGHT * score));
      for (const [id, score] of this.lexical.sentenceScores(extra)) sentenceLexical.set(id, Math.min(1, (sentenceLexical.get(id) ?? 0) + EXPANSION_WEIGHT * score));
    }
    if (useLexical) {
      [...passageLexical]
        .sort((a, b) => b[1] - a[1])
        .slice(0, CANDIDATES)
        .forEach(([id]) => candidates.add(id));
    }

    const weight = options.mode === 'dense' ? 1 : options.mode === 'bm25' ? 0 : options.denseWeight;
    const hits: Hit[] = [...candidates].map((id) => {
      const passage = index.passages[id]!;
      const passageDense = useDense ? dot(query, index.passageVectors[id]!) : 0;
      let sentence = 0;
      let sentenceScore = -Infinity;
      let bestSentenceDense = -1;
      const answerable = answerableSentences(passage);
      const sentenceScores: number[] = [];
      (index.sentenceVectors[id] ?? []).forEach((vector, s) => {
        const dense = useDense ? dot(query, vector) : 0;
        // A quotation's attribution helps find it ("in 2016") but is never the answer: the words are.
        bestSentenceDense = Math.max(bestSentenceDense, dense);
        if (s >= answerable) return;
        const combined = weight * dense + (1 - weight) * (sentenceLexical.get(`${id}:${s}`) ?? 0);
        sentenceScores.push(combined);
        if (combined > sentenceScore) {
          sentenceScore = combined;
          sentence = s;
        }
      });
      const dense = Math.max(passageDense, bestSentenceDense);
      const lexical = passageLexical.get(id) ?? 0;
      return { passage, sentence, dense, lexical, score: weight * dense + (1 - weight) * lexical, sentenceScores };
    });

    if (options.mode === 'hybrid') this.fuse(question, hits, options);
    return hits.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  }

  /** Hybrid scoring: the weighted sum (already in `score`) or reciprocal rank fusion, plus the person/year bonus. */
  private fuse(question: string, hits: Hit[], options: RankOptions): void {
    if (options.fusion === 'rrf') {
      const rankBy = (key: 'dense' | 'lexical') =>
        new Map([...hits].sort((a, b) => b[key] - a[key]).map((hit, rank) => [hit.passage.id, rank + 1]));
      const denseRank = rankBy('dense');
      const lexicalRank = rankBy('lexical');
      for (const hit of hits) {
        const lexicalTerm = hit.lexical > 0 ? 1 / (options.rrfK + lexicalRank.get(hit.passage.id)!) : 0;
        // Scaled so one first place is worth 1, keeping the bonuses comparable across fusions.
        hit.score = ((1 / (options.rrfK + denseRank.get(hit.passage.id)!) + lexicalTerm) * (options.rrfK + 1)) / 2;
      }
    }
    const people = this.peopleIn(question);
    const years = question.match(/\b(?:19|20)\d{2}\b/g) ?? [];
    for (const hit of hits) {
      if (hit.passage.speaker && people.has(hit.passage.speaker)) hit.score += options.personBoost;
      if (years.some((year) => hit.passage.text.includes(year))) hit.score += options.yearBoost;
    }
  }
}
