import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Answer } from '../wording.js';
import { isClosest as isClosestFinding } from '../core/finding.js';
import { COVERAGE, type CoverageThresholds } from '../core/coverage.js';
import type { Services } from '../command.js';
import type { ReadTrace } from '../core/reader.js';

/**
 * The evaluation judges answers, not only which paragraph is cited: a question is right when the
 * short answer holds every phrase it must (for a list, at least 80% of the items), or, for a
 * question the article cannot answer, when the bot refuses (or, of a false premise or a swapped
 * name, answers "No." as its verdict). hit@k is reported beside it for retrieval: one of the
 * first k ranked passages holds the evidence.
 */

export const ANSWERABLE_KINDS = ['casual', 'typo', 'abbreviation', 'reworded', 'answer-type', 'quotation', 'list', 'comparison', 'article'] as const;
export const UNANSWERABLE_KINDS = ['entity-swap', 'false-premise', 'off-topic'] as const;
const KINDS = [...ANSWERABLE_KINDS, ...UNANSWERABLE_KINDS] as const;
export type QuestionKind = (typeof KINDS)[number];

const questionSchema = z
  .object({
    kind: z.enum(KINDS),
    question: z.string().min(1),
    /** Phrases the short answer must all hold; "a | b" accepts either. */
    answer: z.array(z.string().min(1)).min(1).optional(),
    /** For a list question: the items a complete reply holds. */
    items: z.array(z.string().min(1)).min(1).optional(),
    /** Verbatim text of the passage(s) that answer it. */
    evidence: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();
export type EvalQuestion = z.infer<typeof questionSchema>;

/** `split` names the set in reports: dev, test, holdout, sealed… or any name for a file given with `--file`. */
const splitSchema = z.object({ split: z.string().min(1), questions: z.array(questionSchema) });
export type EvalSplit = z.infer<typeof splitSchema>;

export function isAnswerable(question: EvalQuestion): boolean {
  return (ANSWERABLE_KINDS as readonly string[]).includes(question.kind);
}

export async function loadSplit(file: string): Promise<EvalSplit> {
  const split = splitSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  for (const q of split.questions) {
    const answerable = isAnswerable(q);
    if (answerable && !q.answer && !q.items) throw new Error(`"${q.question}": an answerable question needs answer or items`);
    if (!answerable && (q.answer || q.items || q.evidence)) throw new Error(`"${q.question}": a question to refuse has no answer, items or evidence`);
  }
  return split;
}

/** Lower case, one kind of apostrophe and dash, single spaces: how phrases are compared. */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[‐‑–—]/g, '-').replace(/\s+/g, ' ');
}

function holds(text: string, phrase: string): boolean {
  const haystack = normaliseText(text);
  return phrase.split('|').some((alternative) => haystack.includes(normaliseText(alternative.trim())));
}

export interface Judgement {
  question: EvalQuestion;
  answer: Answer;
  right: boolean;
  /** 1-based rank of the first passage holding the evidence, null when not in the first 10 or no evidence. */
  rank: number | null;
  /** For list questions: the share of items the reply holds. */
  itemRecall: number | null;
}

export const LIST_RECALL_NEEDED = 0.8;

/** A reply whose verdict on the question's claim is no: "No." said as the bot's check of it, not any text that starts so. */
const denied = (answer: Answer): boolean => 'verdict' in answer.finding && answer.finding.verdict === 'no';

export function judge(question: EvalQuestion, answer: Answer, trace: ReadTrace): Judgement {
  let right: boolean;
  let itemRecall: number | null = null;
  // A question to refuse is answered right by refusing it; a yes/no question whose claim is false ("is the wic held in beijing") or
  // made of something swapped in ("did cisco host the 3rd wic") also by "No." with what the article says instead.
  if (!isAnswerable(question)) right = !answer.answered || (question.kind !== 'off-topic' && denied(answer));
  else if (question.items) {
    itemRecall = question.items.filter((item) => holds(answer.answer, item)).length / question.items.length;
    right = answer.answered && itemRecall >= LIST_RECALL_NEEDED;
  } else right = answer.answered && (question.answer ?? []).every((phrase) => holds(answer.answer, phrase));
  let rank: number | null = null;
  if (question.evidence) {
    const position = trace.hits.slice(0, 10).findIndex((hit) => question.evidence!.some((evidence) => normaliseText(hit.passage.text).includes(normaliseText(evidence))));
    rank = position < 0 ? null : position + 1;
  }
  return { question, answer, right, rank, itemRecall };
}

export interface KindReport {
  kind: string;
  questions: number;
  right: number;
  /** Over questions with evidence. */
  withEvidence: number;
  hitAt1: number;
  hitAt3: number;
  /** Refused, for kinds that should be refused: good; for answerable kinds: bad. */
  refused: number;
}

export interface SplitReport {
  split: string;
  kinds: KindReport[];
  answerable: KindReport;
  unanswerable: KindReport;
  /** Shares over the split, as the issue's targets are stated. */
  answerRight: number;
  /** Questions to refuse judged right, refused or (a false premise, a swapped name) answered "No." as the verdict. */
  refusedWhenShould: number;
  /** Of those, how many were answered "No." rather than refused. */
  denied: number;
  refusedWhenShouldNot: number;
  listItemRecall: number;
  /** Answers given as only the closest the article comes ("low" confidence), and how many of them are right. */
  closest: { given: number; right: number };
  /** Wrong answers given as sure: answered and not right (a question to refuse included), not marked as the closest. The worst thing the bot does. */
  sureWrong: number;
  judgements: Judgement[];
}

function tally(kind: string, judgements: Judgement[]): KindReport {
  const withEvidence = judgements.filter((j) => j.question.evidence);
  return {
    kind,
    questions: judgements.length,
    right: judgements.filter((j) => j.right).length,
    withEvidence: withEvidence.length,
    hitAt1: withEvidence.filter((j) => j.rank === 1).length,
    hitAt3: withEvidence.filter((j) => j.rank !== null && j.rank <= 3).length,
    refused: judgements.filter((j) => !j.answer.answered).length,
  };
}

const isClosest = (j: Judgement): boolean => isClosestFinding(j.answer.finding);

const share = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/** Asks every question of a split through the whole answering path and judges each answer. */
export async function evaluateSplit({ libraries, answers }: Pick<Services, 'libraries' | 'answers'>, split: EvalSplit, thresholds?: CoverageThresholds): Promise<SplitReport> {
  const judgements: Judgement[] = [];
  for (const question of split.questions) {
    const { answer, trace } = await answers.traced(libraries.default, question.question, thresholds);
    judgements.push(judge(question, answer, trace));
  }
  const kinds = KINDS.map((kind) => tally(kind, judgements.filter((j) => j.question.kind === kind))).filter((k) => k.questions > 0);
  const answerable = tally('answerable', judgements.filter((j) => isAnswerable(j.question)));
  const unanswerable = tally('to refuse', judgements.filter((j) => !isAnswerable(j.question)));
  const lists = judgements.filter((j) => j.itemRecall !== null);
  return {
    split: split.split,
    kinds,
    answerable,
    unanswerable,
    answerRight: share(answerable.right, answerable.questions),
    // Refused, or (a false premise, a swap) its claim denied with "No.": the questions to refuse judged right.
    refusedWhenShould: share(unanswerable.right, unanswerable.questions),
    // Every question to refuse that was refused is right: the rest of those right were denied.
    denied: unanswerable.right - unanswerable.refused,
    refusedWhenShouldNot: share(answerable.refused, answerable.questions),
    listItemRecall: share(lists.reduce((sum, j) => sum + j.itemRecall!, 0), lists.length),
    closest: { given: judgements.filter(isClosest).length, right: judgements.filter((j) => isClosest(j) && j.right).length },
    sureWrong: judgements.filter((j) => j.answer.answered && !j.right && !isClosest(j)).length,
    judgements,
  };
}

/** The report as a table: one row per kind, dev and test side by side. */
export function reportTable(reports: SplitReport[]): string {
  const cell = (k: KindReport | undefined, what: 'right' | 'hit1' | 'hit3' | 'refused'): string => {
    if (!k) return '';
    if (what === 'right') return `${k.right}/${k.questions}`;
    if (what === 'refused') return `${k.refused}/${k.questions}`;
    if (k.withEvidence === 0) return '-';
    return `${what === 'hit1' ? k.hitAt1 : k.hitAt3}/${k.withEvidence}`;
  };
  const names = [...new Set(reports.flatMap((r) => r.kinds.map((k) => k.kind))), 'answerable', 'to refuse'];
  const header = ['kind'.padEnd(14), ...reports.flatMap((r) => ['right', 'hit@1', 'hit@3', 'refused'].map((c) => `${r.split} ${c}`.padStart(16)))].join('');
  const rows = names.map((name) => {
    const cells = reports.flatMap((r) => {
      const k = name === 'answerable' ? r.answerable : name === 'to refuse' ? r.unanswerable : r.kinds.find((x) => x.kind === name);
      return (['right', 'hit1', 'hit3', 'refused'] as const).map((what) => cell(k, what).padStart(16));
    });
    return [name.padEnd(14), ...cells].join('');
  });
  const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
  const summary = reports.map(
    (r) =>
      `${r.split}: answer right ${pct(r.answerRight)} of answerable · refused (or denied) when it should ${pct(r.refusedWhenShould)}${r.denied > 0 ? ` (${r.denied} denied)` : ''} · refused when it should not ${pct(r.refusedWhenShouldNot)} · list items included ${pct(r.listItemRecall)}\n` +
      `${' '.repeat(r.split.length + 2)}marked "closest" ${r.closest.given} (${r.closest.right} right) · wrong answers given as sure ${r.sureWrong}`,
  );
  return [header, ...rows, '', ...summary].join('\n');
}

/** The grounding bounds tried on dev, one line each: answer right, refused (or denied) when it should, refused when it should not. */
export async function sweep(services: Pick<Services, 'libraries' | 'answers'>, dev: EvalSplit): Promise<string> {
  if (dev.split !== 'dev') throw new Error('Sweeps run on the dev split only: the test split is never tuned on.');
  const lines = ['refuseBelow softMissingAbove unrelatedAbove   right  refused-ok  refused-bad', `shipped: ${JSON.stringify(COVERAGE)}`];
  for (const refuseBelow of [0.3, 0.35, 0.4]) {
    for (const softMissingAbove of [0.35, 0.4, 0.45]) {
      for (const unrelatedAbove of [0.5, 0.55, 0.62, 0.7]) {
        const bounds = { ...COVERAGE, refuseBelow, softMissingAbove: Math.max(softMissingAbove, refuseBelow), unrelatedAbove };
        const r = await evaluateSplit(services, dev, bounds);
        lines.push(`${refuseBelow.toFixed(2).padStart(11)} ${bounds.softMissingAbove.toFixed(2).padStart(16)} ${unrelatedAbove.toFixed(2).padStart(14)}   ${r.answerRight.toFixed(3)}  ${r.refusedWhenShould.toFixed(3).padStart(10)}  ${r.refusedWhenShouldNot.toFixed(3).padStart(11)}`);
      }
    }
  }
  return lines.join('\n');
}
