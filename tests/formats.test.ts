import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PreparedArticle, prepareArticle, readSource, readSources, SourceError } from '../src/core/article.js';
import { cleanArticle } from '../src/core/clean.js';
import { ruleFor, safeArticleName } from '../src/core/formats.js';
import { readIsolated } from '../src/core/isolated-read.js';
import { bombPdf } from './fixtures/newspaper-pdf.js';
import { sourceProblemText } from '../src/wording.js';
import { ARTICLE } from './helpers.js';

const MARKDOWN = `# Wuzhen summit draws tech leaders

*By Jane Smith*

The third World Internet Conference opened in Wuzhen on Wednesday, bringing together more than 1,600 guests from 110 countries &amp; regions.

## What was announced

Organisers listed three outcomes:

- A report on the state of the internet in 50 countries.
- Fifteen cooperation agreements signed by technology companies.
- A plan for a cross-border **e-commerce** zone in Zhejiang.

\`\`\`js
console.log('this is not prose');
\`\`\`

## Reactions

> The conference has become the place where the world meets China's internet.

See [the official site](https://example.com/wic) for the [full programme](https://example.com/p).
`;

const PAGE = `<!doctype html><html lang="en"><head><title>China to step up cyberspace cooperation - Daily News</title>
<script>window.tracker = { id: "UA-1" }; document.write("Subscribe now");</script><style>.ad { color: red }</style></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li><li><a href="/business">Business</a></li></ul></nav>
<div class="ad sponsored">Buy now! Best deals on phones this week only</div>
<article><h1>China to step up cyberspace cooperation</h1><p class="byline">By CAO DESHENG</p>
<p>China will continue to step up its efforts to foster a community with a shared future in cyberspace, and the ongoing World Internet Conference will set the tone for further global cooperation in this regard, experts said.</p>
<h2>A conference every year</h2>
<p>The World Internet Conference, an international event held by China in Wuzhen, Zhejiang province every year since 2014, has been a milestone effort made by the country to advance the building of a better, cleaner and safer cyberspace.</p>
<figure><img src="expo.jpg" alt="expo"><figcaption>Visitors try a headset at the expo. WU HEPING / FOR CHINA DAILY</figcaption></figure>
<p>President Xi Jinping proposed the vision of building a community with a shared future in cyberspace while delivering the keynote speech at the second World Internet Conference in December 2015.</p>
<ul><li>Speed up the construction of global internet infrastructure.</li><li>Build an online platform for cultural exchanges.</li></ul>
</article>
<section id="comments"><h3>Comments (2)</h3><div class="comment"><p>Great article!! Totally agree lol</p></div><div class="comment"><p>I disagree with this completely, as anyone can see.</p></div></section>
<footer><p>Copyright 2019 Daily News. All rights reserved.</p></footer></body></html>`;

const texts = (article: PreparedArticle): string[] => article.passages.map((passage) => passage.text);

describe('a Markdown article', () => {
  const article = prepareArticle(MARKDOWN, undefined, 'markdown');

  it('has its title, byline and sections from the headings, and each list item is a passage of its own', () => {
    expect(article.title).toBe('Wuzhen summit draws tech leaders');
    expect(article.byline).toBe('Jane Smith');
    expect(article.sections).toEqual(['What was announced', 'Reactions']);
    const items = article.passages.filter((passage) => passage.section === 'What was announced').map((passage) => passage.text);
    expect(items).toEqual([
      'Organisers listed three outcomes:',
      'A report on the state of the internet in 50 countries.',
      'Fifteen cooperation agreements signed by technology companies.',
      'A plan for a cross-border e-commerce zone in Zhejiang.',
    ]);
  });

  it('keeps the words of links and entities, reads a block quote as a quotation, and never takes code or markup as prose', () => {
    expect(texts(article)).toContain('See the official site for the full programme.');
    expect(texts(article).some((text) => text.includes('110 countries & regions.'))).toBe(true);
    expect(article.passages.find((passage) => passage.text.startsWith('The conference has become'))?.kind).toBe('quotation');
    for (const text of texts(article)) expect(text).not.toMatch(/console\.log|```|^#|\*\*|\]\(/);
    expect(article.dropped).toContain('code block (1 line)');
  });

  it('takes the title and author from front matter when the page has them', () => {
    const page = prepareArticle(`---\ntitle: "Notes from Wuzhen"\nauthor: Li Ming\n---\n\nThe delegates arrived on Tuesday and stayed for three days of talks.\n`, undefined, 'markdown');
    expect(page.title).toBe('Notes from Wuzhen');
    expect(page.byline).toBe('Li Ming');
    expect(texts(page)).toEqual(['The delegates arrived on Tuesday and stayed for three days of talks.']);
  });
});

describe('the shipped article written as Markdown', () => {
  it('gives the same title, subtitle, byline, sections and passages as the page of text, speakers and quotations included', () => {
    const raw = readFileSync(ARTICLE, 'utf8');
    const page = cleanArticle(raw);
    const markdown = [
      `# ${page.title}`, '', `*${page.deck}*`, '', `**${page.bylinePrinted}**`, '', page.email, '',
      ...page.blocks.flatMap((block) =>
        block.kind === 'heading' ? [`## ${block.text}`, ''] : block.kind === 'quotation' ? [`- ${block.text}${block.attribution ? `  \n  — ${block.attribution}` : ''}`, ''] : [block.text, ''],
      ),
    ].join('\n');
    const text = prepareArticle(raw);
    const read = prepareArticle(markdown, undefined, 'markdown');
    expect([read.title, read.deck, read.byline, read.email, read.sections]).toEqual([text.title, text.deck, text.byline, text.email, text.sections]);
    const shape = (article: PreparedArticle) => article.passages.map(({ kind, text, section, speaker, attribution }) => ({ kind, text, section, speaker, attribution }));
    expect(shape(read)).toEqual(shape(text));
    expect(read.quotations).toEqual(text.quotations);
  });
});

describe('Markdown as people write it', () => {
  it('finds the title after a picture or badge, and takes no rule-bounded prose for front matter', () => {
    const pictured = prepareArticle('![Cranes](c.jpg) [![build](b.svg)](x)\n\n# Ningbo port sets record\n\nBy Jane Smith\n\nThe port handled more containers than ever.\n', undefined, 'markdown');
    expect([pictured.title, pictured.byline, pictured.sections]).toEqual(['Ningbo port sets record', 'Jane Smith', []]);
    const ruled = prepareArticle('---\n\nThe first part of the story is here.\n\n---\n\nAnd the second part follows it.\n', undefined, 'markdown');
    expect(texts(ruled)).toEqual(['The first part of the story is here.', 'And the second part follows it.']);
  });

  it('reads a page of plain text kept as .md, whose indented paragraphs Markdown takes for code, as the text it is', () => {
    const page = prepareArticle('Harbour news\n\n    The harbour handled 1,200 containers last month.\n\n    Ferries ran every hour.\n', undefined, 'markdown');
    expect([page.title, texts(page)]).toEqual(['Harbour news', ['The harbour handled 1,200 containers last month.', 'Ferries ran every hour.']]);
  });

  it('turns deep nesting into a clear refusal, not a crash', async () => {
    const rule = ruleFor('deep.md')!;
    const subject = { kind: 'attached file', name: 'deep.md' } as const;
    const error = await readSource(Buffer.from(`${'>'.repeat(5000)} deep\n`), 'deep.md', rule, subject, null, { isolated: true }).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect(sourceProblemText(error as SourceError)).toBe('The attached file deep.md could not be read as Markdown (it may be damaged, or nested too deeply). Save it as plain text (.txt) and try again.');
  });
});

describe('an upload read in a thread of its own', () => {
  it('is refused as too complex when it would take more memory than allowed (a PDF bomb), and the bot goes on', async () => {
    const bomb = bombPdf(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const subject = { kind: 'attached file', name: 'bomb.pdf' } as const;
    const error = await readIsolated(bomb, 'bomb.pdf', 'pdf', subject, { seconds: 600, memoryMb: 96 }).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect(sourceProblemText(error as SourceError)).toBe("The attached file bomb.pdf is too large or too complex to read within the bot's limits (600 s, 96 MB). Save it as plain text (.txt), or split it, and try again.");
    // Memory held outside the JavaScript heap (an inflated stream of spaces) is watched too.
    const spaces = bombPdf(600, 'spaces');
    const outside = await readIsolated(spaces, 'bomb.pdf', 'pdf', subject, { seconds: 600, memoryMb: 256 }).then(() => null, (caught: unknown) => caught);
    expect((outside as SourceError).problem).toEqual({ is: 'too complex', seconds: 600, memoryMb: 256 });
    // The same reading, given an article, gives it back as the bot keeps it.
    const markdown = '# Port news\n\nThe harbour handled 1,200 containers last month, its director said on Monday.\n';
    await expect(readIsolated(Buffer.from(markdown), 'port.md', 'markdown', subject)).resolves.toEqual({ name: 'port.md', text: markdown });
  });
});

describe('a saved web page', () => {
  const article = prepareArticle(PAGE, undefined, 'html');

  it('yields only the article: no navigation, ads, scripts, comments or footer reach passages', () => {
    expect(article.title).toBe('China to step up cyberspace cooperation');
    expect(article.byline).toBe('Cao Desheng');
    expect(article.sections).toEqual(['A conference every year']);
    expect(texts(article)).toEqual([
      'China will continue to step up its efforts to foster a community with a shared future in cyberspace, and the ongoing World Internet Conference will set the tone for further global cooperation in this regard, experts said.',
      'The World Internet Conference, an international event held by China in Wuzhen, Zhejiang province every year since 2014, has been a milestone effort made by the country to advance the building of a better, cleaner and safer cyberspace.',
      'President Xi Jinping proposed the vision of building a community with a shared future in cyberspace while delivering the keynote speech at the second World Internet Conference in December 2015.',
      'Speed up the construction of global internet infrastructure.',
      'Build an online platform for cultural exchanges.',
    ]);
  });

  it('parts words at a line break, as the page shows them', () => {
    const page = prepareArticle('<html><head><title>Port\nnews</title></head><body><article><p>NINGBO, China<br>The harbour handled more containers than ever before, its director said on Monday, and the crane arrived.</p></article></body></html>', undefined, 'html');
    expect(page.title).toBe('Port news');
    expect(texts(page)).toEqual(['NINGBO, China The harbour handled more containers than ever before, its director said on Monday, and the crane arrived.']);
  });

  it('keeps the photo credit of a caption and lists what it left out, so the moderator sees the menu and comments went', () => {
    expect(article.credits.map((credit) => credit.printed)).toEqual(['WU HEPING / FOR CHINA DAILY']);
    expect(article.dropped).toEqual(expect.arrayContaining(['Home', 'Buy now! Best deals on phones this week only', 'Great article!! Totally agree lol', 'Copyright 2019 Daily News. All rights reserved.']));
    expect(article.dropped.join('\n')).not.toMatch(/tracker|color: red|step up its efforts/);
  });
});

describe('the language of an article', () => {
  const text = ruleFor('a.txt')!;
  const subject = { kind: 'attached file', name: 'a.txt' } as const;
  const read = (body: string) => readSource(Buffer.from(body), 'a.txt', text, subject);
  const refusal = async (body: string): Promise<string> => {
    const error = await read(body).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    return sourceProblemText(error as SourceError);
  };

  it('refuses an article in Chinese or French, naming its language and saying what the bot reads', async () => {
    const chinese = '中国将继续加强网络空间合作\n\n专家表示，中国将继续努力构建网络空间命运共同体，正在举行的世界互联网大会将为这方面的进一步全球合作定下基调。'.repeat(8);
    expect(await refusal(chinese)).toBe('The attached file a.txt seems to be in Chinese; the bot reads English only (its language model is English). Give it an English article.');
    const french = 'La coopération dans le cyberespace\n\nLa Chine continuera à renforcer ses efforts pour bâtir une communauté de destin dans le cyberespace, et la Conférence mondiale de l’internet donnera le ton de la coopération mondiale dans ce domaine, ont déclaré des experts.\n\n'.repeat(3);
    expect(await refusal(french)).toContain('seems to be in French');
  });

  it('reads an English article, even one full of Chinese names and places', async () => {
    const article = readFileSync(ARTICLE, 'utf8');
    await expect(read(article)).resolves.toMatchObject({ name: 'a.txt' });
    const names = 'Xi Jinping met Zhang Wei, Liu Yang and Wang Fang in Wuzhen, Zhejiang, before Hangzhou and Shenzhen. '.repeat(2) + 'They talked about the internet for an hour, and agreed to meet again next year in Beijing.';
    await expect(read(`Wuzhen talks\n\n${names}\n`)).resolves.toMatchObject({ name: 'a.txt' });
  });
});

describe('one rule for article files', () => {
  it('takes .txt, .md, .html and .pdf files, with a larger limit for a PDF, and never a dot file or a file without extension', () => {
    expect(['a.txt', 'b.MD', 'c.markdown', 'd.html', 'e.htm', 'f.pdf'].map((name) => ruleFor(name)?.format)).toEqual(['text', 'markdown', 'markdown', 'html', 'html', 'pdf']);
    expect(['LICENSE', '.env', '.notes.txt', 'a.docx', 'a.txt.exe'].map(ruleFor)).toEqual([null, null, null, null, null]);
    expect(ruleFor('f.pdf')!.maxBytes).toBeGreaterThan(ruleFor('a.txt')!.maxBytes);
  });

  it('keeps an upload under a safe name: its last part only, no leading dot, at most 100 characters with its extension', () => {
    expect(safeArticleName('../../etc/report.txt')).toBe('report.txt');
    expect(safeArticleName('C:\\Users\\me\\Weekly Report (final).PDF')).toBe('Weekly_Report_final.pdf');
    expect(safeArticleName('..hidden.md')).toBe('hidden.md');
    const long = safeArticleName(`${'x'.repeat(300)}.html`)!;
    expect(long).toHaveLength(100);
    expect(long.endsWith('.html')).toBe(true);
    expect([safeArticleName('LICENSE'), safeArticleName('.txt'), safeArticleName('notes.exe')]).toEqual([null, null, null]);
  });
});

describe('a folder of articles', () => {
  it('takes its article files only: no dot file, nothing a link leads to outside it or to a dot file, no folder named like an article', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'article-bot-folder-'));
    try {
      const folder = path.join(dir, 'articles');
      await mkdir(folder);
      const article = 'Harbour news\n\nBy ANN LEE\n\nThe harbour handled 1,200 containers last month, its director said on Monday.\n';
      await writeFile(path.join(folder, 'harbour.txt'), article);
      await writeFile(path.join(folder, '.draft.txt'), article);
      await writeFile(path.join(folder, '.env'), 'DISCORD_TOKEN=secret\n');
      await writeFile(path.join(folder, 'LICENSE'), 'Permission is hereby granted.\n');
      await writeFile(path.join(dir, 'outside.txt'), article);
      await symlink(path.join(dir, 'outside.txt'), path.join(folder, 'outside.txt'));
      await symlink(path.join(folder, '.env'), path.join(folder, 'env.txt'));
      await mkdir(path.join(folder, 'old.txt'));
      const sources = await readSources(folder);
      expect(sources.map((source) => source.name)).toEqual(['harbour.txt']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('an upload with nothing to read', () => {
  it('is refused before anything is indexed, naming the file, with what to do for a page built by JavaScript', async () => {
    const subject = { kind: 'attached file', name: 'app.html' } as const;
    const page = '<!doctype html><html><head><title>App</title><script src="app.js"></script></head><body><div id="root"></div></body></html>';
    const error = await readSource(Buffer.from(page), 'app.html', ruleFor('app.html')!, subject).then(() => null, (caught: unknown) => caught);
    expect(sourceProblemText(error as SourceError)).toBe(
      'The attached file app.html has no paragraphs of text after cleaning. A page that builds its text with JavaScript has none in its file: save it from the browser once it has loaded, or paste its text into a .txt file.',
    );
  });
});

describe('a web page nested too deep to read in good time', () => {
  it('is refused when it is read, so it is never parsed again at each load', async () => {
    const page = `<html><body><h1>Deep</h1><p>The harbour handled 1,200 containers last month, its director said.</p>${'<div>'.repeat(1500)}<p>Hidden deep inside.</p>${'</div>'.repeat(1500)}</body></html>`;
    const subject = { kind: 'attached file', name: 'deep.html' } as const;
    const error = await readSource(Buffer.from(page), 'deep.html', ruleFor('deep.html')!, subject).then(() => null, (caught: unknown) => caught);
    expect(sourceProblemText(error as SourceError)).toBe('The attached file deep.html could not be read as a web page (it may be damaged, or nested too deeply). Save it as plain text (.txt) and try again.');
  });
});
