import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteReply } from '../commands/quote.js';
import { answerJson } from '../src/cli/answer-json.js';
import { Library, quotesIn } from '../src/core/library.js';
import { ARTICLE, askLibrary, openLibraries, SHIPPED_ARTICLE } from './helpers.js';

const ROBOTS = (servings: number) =>
  [
    'Robots learn to cook',
    '',
    'Kitchens in Shanghai try a new helper',
    '',
    'By JANE ROE',
    '',
    `A startup in Shanghai has built a robot that cooks noodles. It serves ${servings} bowls a day.`,
    '',
    'The founder expects to sell the machine to restaurant chains across Asia.',
    '',
    "Founder's words",
    '',
    '• Robots will not replace chefs; they will free them to create.',
    '— speech at a food technology fair on May 4, 2015',
    '',
  ].join('\n');

let dir: string;
let folder: string;
let knowledge: Library;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'article-bot-corpus-'));
  folder = path.join(dir, 'articles');
  await mkdir(folder);
  await copyFile(ARTICLE, path.join(folder, 'world-internet-conference.txt'));
  await writeFile(path.join(folder, 'robots.md'), ROBOTS(300));
  knowledge = (await openLibraries(folder, path.join(dir, 'embeddings'))).default;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a folder of articles', () => {
  it('indexes every article, numbering paragraphs within each', async () => {
    const { manifest, passages } = (await knowledge.ready()).index;
    expect(manifest.articles.map((a) => [a.name, a.title, a.passages])).toEqual([
      ['robots.md', 'Robots learn to cook', 3],
      ['world-internet-conference.txt', 'China to step up cyberspace cooperation', 40],
    ]);
    expect(passages).toHaveLength(43);
    expect(passages.filter((p) => p.article === 1).map((p) => p.n)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('answers from either article and names the article in each citation', async () => {
    const robots = await askLibrary(knowledge, 'How many bowls of noodles does the robot serve?');
    expect(robots.citations[0]).toMatchObject({ article: 'Robots learn to cook', passage: 1 });
    const users = await askLibrary(knowledge, 'How many internet users did China have?');
    expect(users.citations[0]).toMatchObject({ article: 'China to step up cyberspace cooperation', passage: 14 });
    expect(answerJson(users)).toMatchObject({ citations: [{ n: 1, passage: 14, article: 'China to step up cyberspace cooperation' }] });
  });

  it('finds quotations of a year across all articles', async () => {
    const result = quotesIn(await knowledge.ready(), { year: 2015 });
    expect(result.quotes.map((q) => [result.articles?.[q.article], q.speaker, q.date])).toEqual([
      ['Robots learn to cook', null, '2015-05-04'],
      ['China to step up cyberspace cooperation', 'Xi Jinping', '2015-12-16'],
      ...[3, 4, 5, 6, 7].map(() => ['China to step up cyberspace cooperation', 'Xi Jinping', '2015-12']),
    ]);
    expect(quoteReply(result).fields?.map((field) => field.name)).toEqual([
      'Robots learn to cook ¶3 · May 4, 2015',
      'China to step up cyberspace cooperation ¶32 · December 16, 2015',
      ...[3, 4, 5, 6, 7].map((n) => `China to step up cyberspace cooperation ¶${n} · December 2015 · reported`),
    ]);
  });
});

describe('incremental reindex', () => {
  it('embeds only what changed in one article and reuses every other vector', async () => {
    await knowledge.ready();
    await writeFile(path.join(folder, 'robots.md'), ROBOTS(450));
    const report = await knowledge.reindex({ requestedBy: 'test' });
    // The changed paragraph: its passage and its second sentence. Everything else is reused.
    expect(report).toMatchObject({ passagesAfter: 43, articles: 2, embedded: 2 });
    expect(report.reused).toBe(SHIPPED_ARTICLE.texts + 6 - 2 + 2);
    const answer = await askLibrary(knowledge, 'How many bowls of noodles does the robot serve?');
    expect(answer.citations[0]?.excerpt).toContain('450 bowls');
  });

  it('reuses the vectors on disk after a restart, and shows progress with what it reused', async () => {
    await writeFile(path.join(folder, 'robots.md'), ROBOTS(500));
    const restarted = (await openLibraries(folder, path.join(dir, 'embeddings'))).default;
    const progress: Array<{ done: number; total: number; reused: number }> = [];
    const report = await restarted.reindex({ onProgress: (p) => progress.push(p) });
    expect(report.embedded).toBe(2);
    expect(progress[0]).toEqual({ done: report.reused, total: report.reused + 2, reused: report.reused });
    expect(progress.at(-1)).toEqual({ done: report.reused + 2, total: report.reused + 2, reused: report.reused });
  });

  it('adds an uploaded article to the library once it is indexed, leaving the folder as it is', async () => {
    const report = await knowledge.reindex({ upload: { name: 'bikes.md', text: 'Bikes return\n\nBy A WRITER\n\nCity bike lanes doubled in length last year.\n' } });
    // 1: the new article's one-sentence paragraph (passage and sentence are one text); the
    // robots paragraph the previous test changed was embedded and stored by then.
    expect(report).toMatchObject({ articles: 3, sourceReplaced: 'bikes.md', embedded: 1 });
    expect((await readdir(folder)).sort()).toEqual(['robots.md', 'world-internet-conference.txt']);
    expect((await askLibrary(knowledge, 'How much did bike lanes grow?')).citations[0]).toMatchObject({ article: 'Bikes return', passage: 1 });
  });
});
