import { describe, expect, it } from 'vitest';
import { type EvalQuestion, judge } from '../src/eval/evaluate.js';
import type { ReadTrace } from '../src/core/reader.js';
import type { Answer } from '../src/wording.js';

/** The judge alone, on hand-made replies: `answered`, `answer` and the finding's verdict are read, and the trace's hits for ranks. */
const reply = (answered: boolean, answer: string, verdict?: 'yes' | 'no'): Answer =>
  ({ answered, answer, finding: { kind: 'said', closest: false, ...(verdict ? { verdict } : {}) } }) as unknown as Answer;
const noHits = { hits: [] } as unknown as ReadTrace;

describe('judging a question the article cannot answer', () => {
  const falsePremise: EvalQuestion = { kind: 'false-premise', question: 'is the wic held in beijing every year?' };
  const swapped: EvalQuestion = { kind: 'entity-swap', question: 'did cisco host the 3rd wic?' };
  const offTopic: EvalQuestion = { kind: 'off-topic', question: 'who won the 2018 world cup?' };

  it('counts a refusal as right', () => {
    for (const question of [falsePremise, swapped, offTopic]) expect(judge(question, reply(false, 'The article does not say.'), noHits).right).toBe(true);
  });

  it('counts a "No." the bot gives as its verdict on a false or swapped claim as right, with what the article says instead', () => {
    expect(judge(falsePremise, reply(true, 'No. The World Internet Conference, … held by China in Wuzhen, … every year since 2014.', 'no'), noHits).right).toBe(true);
    expect(judge(swapped, reply(true, 'No. The article calls Anton Shingarev vice-president of public affairs at Kaspersky [1].', 'no'), noHits).right).toBe(true);
  });

  it('counts any other answer as wrong: a "Yes.", an answer given as a fact, text that only starts "No.", or a "No." to an off-topic question', () => {
    expect(judge(falsePremise, reply(true, 'Yes. The conference is held in Beijing.', 'yes'), noHits).right).toBe(false);
    expect(judge(swapped, reply(true, 'Cisco hosted it in Wuzhen.'), noHits).right).toBe(false);
    expect(judge(swapped, reply(true, 'No. 1 is Wuzhen.'), noHits).right).toBe(false);
    expect(judge(offTopic, reply(true, 'No. France won it.', 'no'), noHits).right).toBe(false);
  });
});

describe('judging a question the article answers', () => {
  it('is right when the short answer holds every phrase, either of "a | b"', () => {
    const question: EvalQuestion = { kind: 'casual', question: 'where is the wic held', answer: ['Wuzhen | Zhejiang'] };
    expect(judge(question, reply(true, 'In Wuzhen.'), noHits).right).toBe(true);
    expect(judge(question, reply(true, 'In Beijing.'), noHits).right).toBe(false);
    expect(judge(question, reply(false, 'Wuzhen is not named.'), noHits).right).toBe(false);
  });
});
