import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../src/core/article.js';
import { cleanArticle } from '../src/core/clean.js';
import { ARTICLE } from './helpers.js';

const raw = readFileSync(ARTICLE, 'utf8');
const article = prepareArticle(raw);
const passageWith = (fragment: string) => article.passages.find((passage) => passage.text.includes(fragment));

describe('cleaning the shipped article', () => {
  it('keeps no layout debris in any passage', () => {
    for (const passage of article.passages) {
      expect(passage.text).not.toMatch(/WU HEPING|FOR CHINA DAILY/);
      expect(passage.text).not.toMatch(/^CHINA DAILY$/m);
      expect(passage.text).not.toMatch(/scanning the code|^Online$/m);
      expect(passage.text).not.toMatch(/@chinadaily\.com\.cn/);
      expect(passage.text).not.toMatch(/WORLD INTERNET CONFERENCE/);
    }
  });

  it('takes the headline, deck and byline out of the body', () => {
    expect(article.title).toBe('China to step up cyberspace cooperation');
    expect(article.deck).toBe("President Xi's vision of a shared future to promote innovative development of the internet economy");
    expect(article.byline).toBe('Cao Desheng');
    expect(article.passages[0]!.text).toMatch(/^China will continue to step up its efforts/);
  });

  it('rejoins sentences that the page layout split across blank lines', () => {
    expect(passageWith('854 million')?.text).toBe(
      'China had 854 million internet users by the end of June, according to a report released by the China Internet Network Information Center.',
    );
    expect(passageWith('national-level cybersecurity')?.text).toMatch(/national-level cybersecurity industrial park to boost the industry/);
    expect(passageWith('along the Belt and')?.text).toMatch(/along the Belt and Road in internet infrastructure/);
  });

  it('undoes escapes such as \\$', () => {
    expect(passageWith('100 billion yuan')?.text).toContain('100 billion yuan ($14.13 billion).');
    expect(article.passages.some((passage) => passage.text.includes('\\'))).toBe(false);
  });

  it('numbers passages in reading order from ¶1', () => {
    expect(article.passages.map((passage) => passage.n)).toEqual(article.passages.map((_, i) => i + 1));
    expect(article.passages).toHaveLength(40);
  });

  it('keeps each bulleted quotation with its attribution in one passage', () => {
    const quotations = article.passages.filter((passage) => passage.kind === 'quotation');
    expect(quotations).toHaveLength(5);
    for (const passage of quotations) {
      expect(passage.text).toMatch(/\n— .+ World Internet Conference on \w+ \d{1,2}, 20\d\d$/);
      expect(passage.text).not.toMatch(/^•/);
    }
    expect(passageWith('zero-sum game')?.text).toMatch(/— keynote speech at the second World Internet Conference on December 16, 2015$/);
  });

  it('gives passages their section heading and speaker', () => {
    expect(passageWith('zero-sum game')).toMatchObject({ section: "President Xi's messages hail development", speaker: 'Xi Jinping' });
    expect(passageWith('Kaspersky believes')).toMatchObject({
      section: 'What they say',
      speaker: 'Anton Shingarev',
      role: 'vice-president of public affairs at Kaspersky',
    });
    expect(passageWith('Yu said the policy document')?.speaker).toBe('Yu Wenwen');
    expect(passageWith('He said the international community')?.speaker).toBe('Xi Jinping');
    expect(passageWith('854 million')?.speaker).toBeNull();
  });

  it('never lets a speaker line stand as a passage of its own', () => {
    expect(article.passages.some((passage) => /^Luigi Gambardella, president of ChinaEU/.test(passage.text))).toBe(false);
  });
});

describe('cleaning another page of the same kind', () => {
  const page = [
    'TECHNOLOGY WEEK',
    '',
    'Robots learn to cook',
    '',
    'Kitchens in Shanghai try a new helper',
    '',
    'By JANE ROE',
    'janeroe@example.com',
    '',
    'A startup in Shanghai has built a robot that cooks noodles, its founder said. The machine costs \\$2,000 and',
    '',
    '',
    'LI MING / FOR THE DAILY',
    '',
    'serves 300 bowls a day.',
    '',
    'Markets react',
    '',
    'Investors welcomed the news on Monday.',
    '',
    'THE DAILY',
    '',
    'Mobile',
    'Scan the QR code for more.',
  ].join('\n');
  const cleaned = cleanArticle(page);

  it('drops the same kinds of debris and rejoins the broken sentence', () => {
    expect(cleaned.title).toBe('Robots learn to cook');
    expect(cleaned.deck).toBe('Kitchens in Shanghai try a new helper');
    expect(cleaned.byline).toBe('Jane Roe');
    expect(cleaned.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'A startup in Shanghai has built a robot that cooks noodles, its founder said. The machine costs $2,000 and serves 300 bowls a day.',
      },
      { kind: 'heading', text: 'Markets react' },
      { kind: 'paragraph', text: 'Investors welcomed the news on Monday.' },
    ]);
  });

  it('splits an over-long paragraph into passages of whole sentences', () => {
    const sentence = 'This sentence about noodle robots is exactly long enough to matter here.';
    const long = `Title line\n\nBy A WRITER\n\n${Array.from({ length: 20 }, () => sentence).join(' ')}`;
    const passages = prepareArticle(long).passages;
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages) {
      expect(passage.text.length).toBeLessThanOrEqual(700);
      expect(passage.text.endsWith('here.')).toBe(true);
    }
  });
});
