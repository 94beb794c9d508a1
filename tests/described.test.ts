import { describe, expect, it } from 'vitest';
import { descriptionsIn, organisationNearest, type Organisation } from '../src/core/described.js';
import type { Lexicon } from '../src/core/lexicon.js';

const lexicon = { words: new Set(['internet', 'security', 'companies', 'company', 'russia', 'chinese', 'technology']) } as unknown as Lexicon;
const organisations: Organisation[] = [
  { name: 'Cisco', vectors: [], speakers: ['Guy Diedrich'] },
  { name: 'Roland Berger China', vectors: [], speakers: ['Denis Depoux'] },
];

describe('descriptions of a quoted company', () => {
  it('finds a company described by words the article does not use, after a determiner, preposition or auxiliary', () => {
    expect(descriptionsIn('who spoke for the american router maker', lexicon, organisations)).toEqual([{ text: 'the american router maker', phrase: 'american router maker' }]);
    // Normalising took "the" with "us": only the description is replaced, not "for".
    expect(descriptionsIn('who spoke for united states router maker', lexicon, organisations)).toEqual([{ text: 'united states router maker', phrase: 'united states router maker' }]);
    expect(descriptionsIn("what did the russia antivirus firm 's vp say", lexicon, organisations).map((found) => found.phrase)).toEqual(['russia antivirus firm']);
  });

  it('finds someone described by their company, embedded as the company', () => {
    expect(descriptionsIn("what is the russian antivirus guy's job title", lexicon, organisations)).toEqual([{ text: 'the russian antivirus', phrase: 'russian antivirus firm', person: 'guy' }]);
    // A company described already is not described again by its boss.
    expect(descriptionsIn('what did the american router maker boss say', lexicon, organisations)).toEqual([{ text: 'the american router maker', phrase: 'american router maker' }]);
    // The article's own words describe no one: "the security guy".
    expect(descriptionsIn('what did the security guy say', lexicon, organisations)).toEqual([]);
  });

  it('leaves the article\'s own words, a named company, and a company asked about', () => {
    expect(descriptionsIn('how many of the internet security companies moved in', lexicon, organisations)).toEqual([]);
    expect(descriptionsIn('the chinese technology company', lexicon, organisations)).toEqual([]);
    expect(descriptionsIn('what did the cisco networking company say', lexicon, organisations)).toEqual([]);
    expect(descriptionsIn('which russian firm is quoted', lexicon, organisations)).toEqual([]);
  });
});

describe('the organisation a description stands for', () => {
  const unit = (...values: number[]): Float32Array => {
    const length = Math.hypot(...values);
    return Float32Array.from(values.map((value) => value / length));
  };
  const table: Organisation[] = [
    { name: 'Cisco', vectors: [unit(1, 0, 0)], speakers: [] },
    { name: 'Kaspersky', vectors: [unit(0, 1, 0)], speakers: [] },
    // An organisation by its name and by what the article says it is: the nearer counts.
    { name: 'ChinaEU', vectors: [unit(0, 0, 1), unit(0.2, 0, 1)], speakers: [] },
  ];

  it('is the nearest one when it is near enough and clearly ahead of the next', () => {
    expect(organisationNearest(unit(1, 0.2, 0), table)).toBe('Cisco');
    expect(organisationNearest(unit(0.05, 0, 1), table)).toBe('ChinaEU');
  });

  it('is none when two are about as near, or none is near', () => {
    expect(organisationNearest(unit(1, 0.9, 0), table)).toBeNull();
    expect(organisationNearest(unit(-1, -1, -1), table)).toBeNull();
  });
});
