import { assessCoverage } from '../core/coverage.js';
import type { KnowledgeBase } from '../core/knowledge.js';
import { type Fusion, SHIPPED } from '../core/retrieve.js';
import { type EvalQuestion, evaluate, type Method } from './evaluate.js';

/** The curves behind the shipped settings: retrieval quality by fusion and weight, refusal by thresholds. */
export async function sweep(knowledge: KnowledgeBase, questions: EvalQuestion[]): Promise<string> {
  const lines: string[] = [];
  const covers: Method['covers'] = (question, hits, retriever) => assessCoverage(question, hits, retriever).covered;
  const retrievalMethods: Method[] = [];
  for (const fusion of ['weighted', 'rrf'] as Fusion[]) {
    const weights = fusion === 'weighted' ? [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] : [SHIPPED.denseWeight];
    const ks = fusion === 'rrf' ? [2, 5, 10, 30, 60] : [SHIPPED.rrfK];
    for (const denseWeight of weights) {
      for (const rrfK of ks) {
        for (const boost of [0, 0.1, 0.15, 0.2, 0.3]) {
          retrievalMethods.push({
            name: `${fusion.padEnd(8)} w=${denseWeight.toFixed(1)} k=${String(rrfK).padStart(2)} boost=${boost.toFixed(2)}`,
            rank: { ...SHIPPED, fusion, denseWeight, rrfK, personBoost: boost, yearBoost: boost },
            covers,
          });
        }
      }
    }
  }
  lines.push('retrieval                               hit@1  hit@3    MRR');
  for (const report of await evaluate(knowledge, questions, retrievalMethods)) {
    lines.push(`${report.method.padEnd(38)} ${report.hitAt1.toFixed(3)}  ${report.hitAt3.toFixed(3)}  ${report.mrr.toFixed(3)}`);
  }
  const coverageMethods: Method[] = [];
  for (const refuseBelow of [0.3, 0.33, 0.35, 0.37, 0.4, 0.45]) {
    for (const answerAbove of [0.5, 0.55, 0.6, 0.62, 0.65, 0.7, 1]) {
      coverageMethods.push({
        name: `refuse<${refuseBelow.toFixed(2)} answer>=${answerAbove.toFixed(2)}`,
        rank: SHIPPED,
        covers: (question, hits, retriever) => assessCoverage(question, hits, retriever, { refuseBelow, answerAbove }).covered,
      });
    }
  }
  lines.push('', 'refusal (shipped retrieval)             out-of-scope refused  answerable refused');
  for (const report of await evaluate(knowledge, questions, coverageMethods)) {
    lines.push(`${report.method.padEnd(38)} ${(report.outOfScopeRefused * 100).toFixed(1).padStart(20)}%  ${(report.answerableRefused * 100).toFixed(1).padStart(17)}%`);
  }
  const baselineMethods: Method[] = [];
  for (const threshold of [0.35, 0.4, 0.43, 0.45, 0.47, 0.5, 0.55, 0.6]) {
    baselineMethods.push({
      name: `dense only, refuse < ${threshold.toFixed(2)}`,
      rank: { ...SHIPPED, mode: 'dense' },
      covers: (_, hits) => (hits[0]?.dense ?? -1) >= threshold,
    });
  }
  for (const threshold of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]) {
    baselineMethods.push({
      name: `BM25 only, refuse < ${threshold.toFixed(2)}`,
      rank: { ...SHIPPED, mode: 'bm25' },
      covers: (question, _, retriever) => Math.max(0, ...retriever.lexical.passageScores(question).values()) >= threshold,
    });
  }
  lines.push('', 'baseline refusal                        out-of-scope refused  answerable refused');
  for (const report of await evaluate(knowledge, questions, baselineMethods)) {
    lines.push(`${report.method.padEnd(38)} ${(report.outOfScopeRefused * 100).toFixed(1).padStart(20)}%  ${(report.answerableRefused * 100).toFixed(1).padStart(17)}%`);
  }
  return lines.join('\n');
}
