import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { excerptAround } from '../core/answer.js';
import { assessCoverage } from '../core/coverage.js';
import type { KnowledgeBase } from '../core/knowledge.js';
import { type Hit, type RankOptions, type Retriever, SHIPPED } from '../core/retrieve.js';
import { DEFAULT_POLICY } from '../core/answer.js';

const questionSchema = z.object({
  kind: z.enum(['direct', 'paraphrase', 'quotation', 'out-of-scope']),
  question: z.string().min(1),
  answer: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
});
export type EvalQuestion = z.infer<typeof questionSchema>;

export async function loadQuestions(file: string): Promise<EvalQuestion[]> {
  const parsed = z.object({ questions: z.array(questionSchema) }).parse(JSON.parse(await readFile(file, 'utf8')));
  for (const question of parsed.questions) {
    if ((question.kind === 'out-of-scope') !== (question.answer === undefined)) {
      throw new Error(`"${question.question}": answerable questions need an answer, out-of-scope ones must not have one`);
    }
  }
  return parsed.questions;
}

/** A way of retrieving and of deciding coverage, evaluated side by side with the others. */
export interface Method {
  name: string;
  rank: RankOptions;
  covers(question: string, hits: Hit[], retriever: Retriever): boolean;
}

/**
 * Baselines get the single refusal threshold that suits each best on the set (the largest
 * share of out-of-scope refused minus answerable refused, from `--sweep`): dense on the best
 * cosine similarity, BM25 on the best normalised BM25. The comparison is fair to them.
 */
export const BASELINE_THRESHOLDS = { dense: 0.4, bm25: 0.35 } as const;

export const METHODS: Method[] = [
  {
    name: 'dense only',
    rank: { ...SHIPPED, mode: 'dense' },
    covers: (_, hits) => (hits[0]?.dense ?? -1) >= BASELINE_THRESHOLDS.dense,
  },
  {
    name: 'BM25 only',
    rank: { ...SHIPPED, mode: 'bm25' },
    covers: (question, _, retriever) => Math.max(0, ...retriever.lexical.passageScores(question).values()) >= BASELINE_THRESHOLDS.bm25,
  },
  {
    name: 'hybrid (shipped)',
    rank: SHIPPED,
    covers: (question, hits, retriever) => assessCoverage(question, hits, retriever).covered,
  },
];

export interface Miss {
  question: string;
  kind: string;
  /** 1-based rank of the first excerpt with the answering text, null when not in the top 10. */
  rank: number | null;
  refused: boolean;
}

export interface MethodReport {
  method: string;
  answerable: number;
  outOfScope: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Share of out-of-scope questions refused. */
  outOfScopeRefused: number;
  /** Share of answerable questions wrongly refused. */
  answerableRefused: number;
  misses: Miss[];
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Runs every method on every question, reusing one embedding per question. */
export async function evaluate(knowledge: KnowledgeBase, questions: EvalQuestion[], methods: Method[] = METHODS): Promise<MethodReport[]> {
  const { embedder, retriever } = await knowledge.searchTools();
  const vectors = await embedder.embed(questions.map((q) => q.question));
  return methods.map((method) => {
    let hit1 = 0;
    let hit3 = 0;
    let reciprocal = 0;
    let answerable = 0;
    let outOfScope = 0;
    let refusedOut = 0;
    let refusedAnswerable = 0;
    const misses: Miss[] = [];
    questions.forEach((q, i) => {
      const hits = retriever.rank(q.question, vectors[i]!, method.rank);
      const refused = !method.covers(q.question, hits, retriever);
      if (q.answer === undefined) {
        outOfScope += 1;
        if (refused) refusedOut += 1;
        else misses.push({ question: q.question, kind: q.kind, rank: null, refused });
        return;
      }
      answerable += 1;
      if (refused) refusedAnswerable += 1;
      const accepted = typeof q.answer === 'string' ? [q.answer] : q.answer;
      const position = hits.slice(0, 10).findIndex((hit) => {
        const { text } = excerptAround(hit.passage, hit.sentence, DEFAULT_POLICY.maxExcerptChars);
        return accepted.some((answer) => text.includes(answer));
      });
      const rank = position < 0 ? null : position + 1;
      if (rank === 1) hit1 += 1;
      if (rank !== null && rank <= 3) hit3 += 1;
      if (rank !== null) reciprocal += 1 / rank;
      if (rank !== 1 || refused) misses.push({ question: q.question, kind: q.kind, rank, refused });
    });
    return {
      method: method.name,
      answerable,
      outOfScope,
      hitAt1: round(hit1 / answerable),
      hitAt3: round(hit3 / answerable),
      mrr: round(reciprocal / answerable),
      outOfScopeRefused: round(refusedOut / outOfScope),
      answerableRefused: round(refusedAnswerable / answerable),
      misses,
    };
  });
}
