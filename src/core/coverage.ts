import type { LexicalIndex } from './lexical.js';
import { terms } from './lexical.js';
import type { Hit, Retriever } from './retrieve.js';

/**
 * When the article covers a question. The signal is the cosine similarity of the question to
 * the best passage or sentence: unlike a fused rank score it means the same thing for every
 * question. Chosen on the evaluation set (`npm run eval -- --sweep`):
 * - below `refuseBelow` nothing in the article is close: refuse;
 * - at or above `answerAbove` a passage is clearly about it: answer;
 * - in between, similarity alone cannot tell "How many people live in Shanghai?" from a real
 *   paraphrase, so refuse only when the question names something the article never mentions
 *   (a capitalised word that is nowhere in the text);
 * - a question that names a person the article quotes is covered whatever its similarity
 *   ("What does Denis Depoux expect?" says little that an embedding can match).
 */
export const COVERAGE = { refuseBelow: 0.4, answerAbove: 0.62, softMissingAbove: 0.55 };
export type CoverageThresholds = typeof COVERAGE;

export interface Coverage {
  covered: boolean;
  /** Best cosine similarity among the hits. */
  similarity: number;
  /** Names in the question that the article never mentions. */
  unknown: string[];
}

/** Capitalised words of a question, after its first, that the article never uses. */
export function unknownNames(question: string, lexical: LexicalIndex): string[] {
  const words = question.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  return words.filter((word, i) => {
    if (i === 0 || !/^\p{Lu}/u.test(word)) return false;
    const wordTerms = terms(word);
    return wordTerms.length > 0 && wordTerms.every((term) => !lexical.knows(term));
  });
}

export function assessCoverage(question: string, hits: Hit[], retriever: Retriever, thresholds: CoverageThresholds = COVERAGE): Coverage {
  const similarity = Math.max(-1, ...hits.map((hit) => hit.dense));
  const unknown = unknownNames(question, retriever.lexical);
  const covered =
    similarity >= thresholds.answerAbove ||
    (similarity >= thresholds.refuseBelow && unknown.length === 0) ||
    retriever.peopleIn(question).size > 0;
  return { covered, similarity, unknown };
}
