import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../src/core/article.js';
import { parseAttribution } from '../src/core/quotations.js';
import { ARTICLE } from './helpers.js';

const { quotations, passages } = prepareArticle(readFileSync(ARTICLE, 'utf8'));

describe('dated quotations', () => {
  const dated = quotations.filter((quote) => quote.kind === 'message');

  it('finds the five messages of 2014 to 2018 with their exact dates, speaker and occasion', () => {
    expect(dated.map(({ date, speaker, occasion }) => ({ date, speaker, occasion }))).toEqual([
      { date: '2018-11-07', speaker: 'Xi Jinping', occasion: 'congratulatory message to the fifth World Internet Conference' },
      { date: '2017-12-03', speaker: 'Xi Jinping', occasion: 'congratulatory message to the fourth World Internet Conference' },
      { date: '2016-11-16', speaker: 'Xi Jinping', occasion: 'video address at the third World Internet Conference' },
      { date: '2015-12-16', speaker: 'Xi Jinping', occasion: 'keynote speech at the second World Internet Conference' },
      { date: '2014-11-19', speaker: 'Xi Jinping', occasion: 'congratulatory message to the first World Internet Conference' },
    ]);
  });

  it('points each quotation at the passage that holds its words', () => {
    for (const quote of quotations) {
      const passage = passages.find((p) => p.n === quote.passage);
      expect(passage?.text).toContain(quote.text);
    }
    expect(dated.find((quote) => quote.year === 2015)?.text).toMatch(/^To improve the global internet governance system/);
  });
});

describe('reported speech', () => {
  const reported = quotations.filter((quote) => quote.kind === 'reported');

  it('ends a run at a paragraph that names a year of its own: a 2021 letter is not the 2015 keynote, nor what follows it', () => {
    const text = [
      'Leaders talk about the internet',
      '',
      'By JANE DOE',
      '',
      'President Xi Jinping proposed the vision while delivering the keynote speech at the second World Internet Conference in December 2015. Xi said cyberspace is a common area.',
      '',
      'Xi said countries should work together against crime.',
      '',
      'Xi said in a 2021 letter that the internet should serve people.',
      '',
      'Xi said the economy would grow.',
    ].join('\n');
    const dates = prepareArticle(text).quotations.map((quote) => [quote.passage, quote.date]);
    expect(dates).toEqual([
      [1, '2015-12'],
      [2, '2015-12'],
      [3, null],
      [4, null],
    ]);
  });

  it('dates what a paragraph reports by the occasion it names, and the run of paragraphs reporting the same person after it, as /quote lists them', () => {
    const dated = reported.filter((quote) => quote.date !== null);
    const keynote = 'keynote speech at the second World Internet Conference';
    const conference = 'national conference on cybersecurity and informatization';
    const week = 'written instruction to the 2019 China Cybersecurity Week';
    // ¶4 to ¶7 ("To build such a community, Xi said…", "He said…", "Xi said…") go on reporting the keynote ¶3 names;
    // ¶27 ("Efforts should be made…, Xi said") the written instruction ¶26 names.
    expect(dated.map(({ passage, date, occasion }) => ({ passage, date, occasion }))).toEqual([
      ...[3, 4, 5, 6, 7].map((passage) => ({ passage, date: '2015-12', occasion: keynote })),
      ...[22, 23, 24].map((passage) => ({ passage, date: '2018-04', occasion: conference })),
      ...[26, 27, 28].map((passage) => ({ passage, date: '2019', occasion: week })),
    ]);
  });

  it('keeps reported speech the article does not date, so /quote finds everyone /ask says is quoted', () => {
    const undated = reported.filter((quote) => quote.date === null);
    expect(undated.map(({ passage, speaker }) => [passage, speaker])).toEqual([
      [11, 'Yu Wenwen'],
      [13, 'Yu Wenwen'],
    ]);
  });
});

describe('"What they say" statements', () => {
  const statements = quotations.filter((quote) => quote.kind === 'statement');

  it('records every statement with its speaker and role and no date', () => {
    expect(new Set(statements.map((quote) => `${quote.speaker} | ${quote.role}`))).toEqual(
      new Set([
        'Luigi Gambardella | president of ChinaEU, an international association in Brussels that promotes digital and internet cooperation',
        'Denis Depoux | managing director of Roland Berger China',
        'Guy Diedrich | global innovation officer of Cisco',
        'Anton Shingarev | vice-president of public affairs at Kaspersky',
      ]),
    );
    expect(statements).toHaveLength(7);
    expect(statements.every((quote) => quote.year === null)).toBe(true);
  });
});

describe('parseAttribution', () => {
  it('reads full, month-only and year-only dates', () => {
    expect(parseAttribution('speech at the forum on March 5, 2020')).toEqual({ occasion: 'speech at the forum', date: '2020-03-05', year: 2020 });
    expect(parseAttribution('interview with the paper in Sept. 2019')).toEqual({ occasion: 'interview with the paper', date: '2019-09', year: 2019 });
    expect(parseAttribution('letter to readers, 2012')).toEqual({ occasion: 'letter to readers', date: '2012', year: 2012 });
    expect(parseAttribution('remarks to reporters')).toEqual({ occasion: 'remarks to reporters', date: null, year: null });
  });
});
