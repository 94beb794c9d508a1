import { describe, expect, it } from 'vitest';
import { questionsIn } from '../src/core/several.js';

describe('questionsIn', () => {
  it('finds each question of a message that asks several, however they are joined', () => {
    expect(questionsIn('whn did the cyber securty law take efect and how many internet users does china have')).toEqual([
      'whn did the cyber securty law take efect',
      'how many internet users does china have',
    ]);
    expect(questionsIn('how many users n when did the cyber law start')).toEqual(['how many users', 'when did the cyber law start']);
    expect(questionsIn('when did cn unveil the strategy + by when does it aim to be a leading cyberpower')).toEqual([
      'when did cn unveil the strategy',
      'by when does it aim to be a leading cyberpower',
    ]);
    expect(questionsIn("ppl's sense of what did xi want raised? and which 3 things should develop together")).toEqual([
      "ppl's sense of what did xi want raised",
      'which 3 things should develop together',
    ]);
    expect(questionsIn('who spoke for cisco; what did kaspersky say; where is wuzhen')).toEqual(['who spoke for cisco', 'what did kaspersky say', 'where is wuzhen']);
    // Commas alone, before a question word with what it asks ("how many", "when did").
    expect(questionsIn("where's the park, how many companies, when did building start")).toEqual(["where's the park", 'how many companies', 'when did building start']);
  });

  it('asks a question of each of two or three of a numbered event, but keeps a comparison of them whole', () => {
    expect(questionsIn('when did the 1st, 3rd and 5th wic happen')).toEqual(['when did the 1st wic happen', 'when did the 3rd wic happen', 'when did the 5th wic happen']);
    expect(questionsIn('what did xi say at the second and fourth wic')).toEqual(['what did xi say at the second wic', 'what did xi say at the fourth wic']);
    for (const message of ['how many yrs between the 1st and 5th wic', 'how long from the 2nd and the 4th wic']) expect(questionsIn(message), message).toEqual([message]);
  });

  it('asks who, when or where of each of two or three things named together', () => {
    expect(questionsIn('who are denis depoux, guy diedrich and anton shingarev')).toEqual(['who is denis depoux', 'who is guy diedrich', 'who is anton shingarev']);
    expect(questionsIn('hey so when was the 4th wic and the 5th wic')).toEqual(['when was the 4th wic', 'when was the 5th wic']);
    // Also within a message of several questions.
    expect(questionsIn('is the wic in beijing and who are denis depoux and guy diedrich')).toEqual(['is the wic in beijing', 'who is denis depoux', 'who is guy diedrich']);
    // Things that share a head, and "what" of several words, are one question.
    for (const message of ['who is the president of china and russia', 'what are the mutual support and mutual trust principles']) {
      expect(questionsIn(message), message).toEqual([message]);
    }
    // Nor two words the article writes joined: one name (it was split, and "when was the national conference on cybersecurity" dated
    // the cybersecurity strategy as sure).
    const written = (phrase: string): boolean => ' conference on cybersecurity and informatization in april '.includes(` ${phrase} `);
    const named = 'when was the national conference on cybersecurity and informatization';
    expect(questionsIn(named, written)).toEqual([named]);
    expect(questionsIn('when was the 4th wic and the 5th wic', written)).toEqual(['when was the 4th wic', 'when was the 5th wic']);
  });

  it('keeps one question whole: two things asked of one subject, a statement before a question, or a run too long', () => {
    for (const message of [
      'who founded cisco and when',
      'the strategy paper shows china wants to act as a promoter of global cyberspace and what two other roles',
      'what did xi say about cooperation and security',
      'which came first, the law or the strategy',
      'what is a and what is b and what is c and what is d',
      // A comma before a clause, not a question of its own.
      'what did xi say, when he spoke at the wic',
      // Nor after a clause that asks nothing itself (found by a review: split in two).
      'when xi spoke in april 2018, what did he stress',
      'since the park is in beijing, how many companies are moving in',
    ]) {
      expect(questionsIn(message), message).toEqual([message]);
    }
  });

  it('asks each of two question words of what follows them ("when n where is the wic"), and not one word twice', () => {
    expect(questionsIn('when n where is the wic')).toEqual(['when is the wic', 'where is the wic']);
    expect(questionsIn('so when and where was the shared future idea proposed?')).toEqual(['when was the shared future idea proposed', 'where was the shared future idea proposed']);
    // Not a question word of its own kind: "how much", "how often" (a review found "when much will the park make").
    expect(questionsIn('when and how much will the park make')).toEqual(['when and how much will the park make']);
    expect(questionsIn('where and how often is the wic held')).toEqual(['where and how often is the wic held']);
    expect(questionsIn('when and when is the wic')).toEqual(['when and when is the wic']);
  });
});

describe('several numbered ones asked with "were" (twenty-third round, a second newcomer found it answered with the fifth only)', () => {
  it('asks the question of each, as of one', () => {
    expect(questionsIn('when were the 1st and 5th wic held')).toEqual(['when was the 1st wic held', 'when was the 5th wic held']);
    expect(questionsIn('who are denis depoux and guy diedrich')).toEqual(['who is denis depoux', 'who is guy diedrich']);
  });
});

