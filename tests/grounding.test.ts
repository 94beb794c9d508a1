import { describe, expect, it } from 'vitest';
import { passageStems, supports, supportsLiterally } from '../src/core/grounding.js';
import type { Passage } from '../src/core/passages.js';
import type { QuestionTerm } from '../src/core/understand.js';

const passage = (text: string): Passage => ({ id: 0, n: 1, article: 0, kind: 'paragraph', text, section: null, speaker: null, role: null, attribution: null, sentences: [[0, text.length]] }) as Passage;
const verb = (typed: string, meaning = typed): QuestionTerm => ({ typed, meaning, grounding: 'exact', kind: 'word', pos: 'verb', neighbours: [], named: false, place: false, antonyms: [] });

describe('what a passage holds of a question\'s verb', () => {
  it('does not take an irregular past of another verb for a regular form it spells: "we found that" is of "find", not "founded"', () => {
    const stems = passageStems(passage('During our talks with government leaders, we found that they are focused on growth.'));
    expect(supports(stems, verb('founded'))).toBe(false);
    expect(supportsLiterally(stems, verb('founded'))).toBe(false);
    // It still holds "find", and "found" as typed.
    expect(supports(stems, verb('finds'))).toBe(true);
    expect(supports(stems, verb('found'))).toBe(true);
  });

  it('keeps the mark only where neither paragraph has the regular form, and never for the irregular past as typed', () => {
    const merged = passageStems(passage('We found that they are focused on growth.'), passage('Cisco was founded in 1984.'));
    expect(supports(merged, verb('founded'))).toBe(true);
    // "Led" is typed as the past it is: held by "Xi led the commission".
    expect(supports(passageStems(passage('Xi led the commission for years.')), verb('led'))).toBe(true);
  });

  it('holds a regular form where the passage has one', () => {
    expect(supports(passageStems(passage('The company was founded in 1984.')), verb('founded'))).toBe(true);
    // "Held" is no other verb's form: "held" and "hold" both stand.
    const held = passageStems(passage('The conference is held in Wuzhen every year.'));
    expect(supports(held, verb('held'))).toBe(true);
    expect(supports(held, verb('holds'))).toBe(true);
  });
});

describe('what a passage holds of a question\'s noun', () => {
  it('holds "no bounds" by "boundless": a word made with "-less" holds the word it is without', () => {
    const noun = (meaning: string): QuestionTerm => ({ ...verb(meaning), pos: 'noun' });
    const stems = passageStems(passage('The development of the internet is boundless and limitless.'));
    expect(supports(stems, noun('bounds'))).toBe(true);
    expect(supports(stems, noun('limits'))).toBe(true);
    expect(supports(stems, noun('ends'))).toBe(false);
  });
});
