import type { LoadedLibrary } from '../core/library.js';
import { dot, SHIPPED } from '../core/retrieve.js';
import { analyseQuestion } from '../core/understand.js';
import { type EvalSplit, isAnswerable, normaliseText } from './evaluate.js';

/**
 * Retrieval strategies the bot does not ship, kept to show why the hybrid does: each ranks all
 * of the article's passages for a question, and `compareStrategies` reports hit@1 and hit@3 of
 * each over the answerable questions of a split that name their evidence.
 */
export type Strategy = (library: LoadedLibrary, question: string, vector: Float32Array) => number[];

/** Cosine similarity of the question to each passage or its best sentence (exact, no HNSW). */
const dense: Strategy = ({ index }, _question, vector) =>
  index.passages
    .map((passage) => ({ id: passage.id, score: Math.max(dot(vector, index.passageVectors[passage.id]!), ...(index.sentenceVectors[passage.id] ?? []).map((s) => dot(vector, s))) }))
    .sort((a, b) => b.score - a.score)
    .map((hit) => hit.id);

/** BM25 over the passages. */
const bm25: Strategy = ({ retriever }, question) =>
  [...retriever.lexical.passageScores(question)].sort((a, b) => b[1] - a[1]).map(([id]) => id);

/** Reciprocal rank fusion of the two (k = 60). */
const rrf: Strategy = (library, question, vector) => {
  const fused = new Map<number, number>();
  for (const ranking of [dense(library, question, vector), bm25(library, question, vector)]) {
    ranking.forEach((id, rank) => fused.set(id, (fused.get(id) ?? 0) + 1 / (60 + rank + 1)));
  }
  return [...fused].sort((a, b) => b[1] - a[1]).map(([id]) => id);
};

/** What the bot ships: 0.7 × cosine + 0.3 × BM25, with the person and year bonuses. */
const hybrid: Strategy = ({ retriever }, question, vector) => retriever.rank(question, vector, SHIPPED).map((hit) => hit.passage.id);

export const STRATEGIES: Record<string, Strategy> = { hybrid, dense, bm25, rrf };

/** hit@1 and hit@3 of each strategy on a split's answerable questions with evidence, as a table. */
export async function compareStrategies(library: LoadedLibrary, split: EvalSplit): Promise<string> {
  const questions = split.questions.filter((question) => isAnswerable(question) && question.evidence);
  const counts = Object.fromEntries(Object.keys(STRATEGIES).map((name) => [name, { at1: 0, at3: 0 }]));
  for (const question of questions) {
    // The same question text the shipped path embeds: lower-cased, shorthand and slips undone.
    const normalised = analyseQuestion(question.question, library.understanding).normalised;
    const [vector] = await library.embedder.embed([normalised]);
    const holds = (id: number): boolean => question.evidence!.some((evidence) => normaliseText(library.index.passages[id]!.text).includes(normaliseText(evidence)));
    for (const [name, strategy] of Object.entries(STRATEGIES)) {
      const rank = strategy(library, normalised, vector!).slice(0, 3).findIndex(holds);
      if (rank === 0) counts[name]!.at1 += 1;
      if (rank >= 0) counts[name]!.at3 += 1;
    }
  }
  const share = (n: number): string => (n / questions.length).toFixed(3);
  return [
    `${split.questions.length} questions, ${questions.length} answerable with evidence`,
    `${'strategy'.padEnd(10)}${'hit@1'.padStart(8)}${'hit@3'.padStart(8)}`,
    ...Object.entries(counts).map(([name, c]) => `${name.padEnd(10)}${share(c.at1).padStart(8)}${share(c.at3).padStart(8)}`),
  ].join('\n');
}
