import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareArticle, SourceError, type SourceSubject } from '../src/core/article.js';
import { MAX_PAGES, type PdfText, readPdf } from '../src/core/pdf.js';
import { encryptedPdf, imageOnlyPdf, linesPdf, type NewspaperLayout, type NewspaperOptions, placedPdf, typesetNewspaper } from './fixtures/newspaper-pdf.js';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const ARTICLE = path.resolve(import.meta.dirname, '../data/world-internet-conference.txt');
const subject: SourceSubject = { kind: 'attached file', name: 'page.pdf' };
const TERMINAL = /[.!?…:;]["”’')\]]*$/u;

/** What a passage is, without its numbering: the PDF must give the same. */
const shape = (passages: ReturnType<typeof prepareArticle>['passages']) =>
  passages.map(({ text, kind, section, speaker }) => ({ text, kind, section, speaker }));

async function problemOf(bytes: Uint8Array): Promise<unknown> {
  try {
    await readPdf(bytes, subject);
  } catch (error) {
    if (error instanceof SourceError) return { problem: error.problem, subject: error.subject };
    throw error;
  }
  return null;
}

/**
 * The page the test relies on most: US Letter, three pages, a centred running header that only
 * its coming back on every page gives away. On A4 a column breaks right after a sentence that
 * ends a line, and only the missing indent on the next line tells that the paragraph goes on;
 * the header is spread across the page. On short pages with paragraphs marked by indents alone,
 * the photo heads a column. Without paragraph indents, a paragraph goes on over a break only
 * when it was cut mid-sentence. One broadsheet page has no repeated header, only a folio line.
 */
const layouts: Array<{ name: string; options: NewspaperOptions; pages: 'several' | 'one' }> = [
  { name: 'US Letter', options: {}, pages: 'several' },
  { name: 'A4', options: { pageSize: [595, 842], headerStyle: 'spread' }, pages: 'several' },
  { name: 'short pages, paragraphs marked by indents only', options: { pageSize: [612, 640], paragraphSpace: 0 }, pages: 'several' },
  { name: 'US Letter without paragraph indents', options: { paragraphIndent: 0 }, pages: 'several' },
  { name: 'one broadsheet page', options: { pageSize: [1000, 1400], breakMidSentence: false, headerStyle: 'spread' }, pages: 'one' },
];

describe.each(layouts)('reading the shipped article typeset as a two-column newspaper, $name', ({ options, pages }) => {
  const raw = readFileSync(ARTICLE, 'utf8');
  const expected = prepareArticle(raw);
  let layout: NewspaperLayout;
  let read: PdfText;

  beforeAll(async () => {
    layout = await typesetNewspaper(raw, options);
    read = await readPdf(layout.pdf, subject);
  });

  it('is laid out as the test needs', () => {
    if (pages === 'several') {
      expect(layout.pages.length).toBeGreaterThanOrEqual(2);
      // A sentence runs over the page break.
      expect(layout.pages[0]!.bodyLines.at(-1)).not.toMatch(TERMINAL);
    } else {
      expect(layout.pages).toHaveLength(1);
    }
    expect(layout.hyphenated.length).toBeGreaterThan(3);
    expect(layout.captions.length).toBeGreaterThan(0);
    expect(read.pages).toBe(layout.pages.length);
  });

  it('gives the same passages as the text file, with the same title, deck, byline, sections and credits', () => {
    const actual = prepareArticle(read.text, undefined, 'pdf');
    expect(actual.sections).toEqual(expected.sections);
    expect(shape(actual.passages)).toEqual(shape(expected.passages));
    expect(actual.passages).toHaveLength(expected.passages.length);
    expect(actual.title).toBe(expected.title);
    expect(actual.deck).toBe(expected.deck);
    expect(actual.byline).toBe(expected.byline);
    expect(actual.bylinePrinted).toBe(expected.bylinePrinted);
    expect(actual.email).toBe(expected.email);
    expect(actual.kicker).toBe(expected.kicker);
    expect(actual.credits).toEqual(expected.credits);
    expect(actual.newspaper).toBe(expected.newspaper);
  });

  /** The reader's blocks, each as one line of text. */
  const blocks = (): string[] => read.text.split(/\n[ \t]*\n/).map((block) => block.trim().replace(/\s+/g, ' '));

  it.runIf(pages === 'several')('keeps the sentence that runs over the first page break in one block', () => {
    const last = layout.pages[0]!.bodyLines.at(-1)!;
    const next = layout.pages[1]!.bodyLines[0]!;
    const across = last.endsWith('-') ? `${last.slice(0, -1)}${next}` : `${last} ${next}`;
    expect(blocks().some((block) => block.includes(across))).toBe(true);
  });

  it('sets the photo credit apart as a block of its own, drops the caption and keeps the paragraph whole', () => {
    for (const credit of expected.credits) expect(blocks()).toContain(credit.printed);
    // The paragraph the photo stands in is one block again, not two the cleaner has to rejoin.
    expect(blocks()).toContain(expected.passages.find((passage) => passage.text.includes('854 million'))?.text);
    for (const line of layout.captions) {
      expect(read.dropped).toContain(line);
      expect(read.text).not.toContain(line);
    }
    const interrupted = prepareArticle(read.text).passages.find((passage) => passage.text.includes('854 million'));
    expect(interrupted?.text).toBe(expected.passages.find((passage) => passage.text.includes('854 million'))?.text);
  });

  it('drops the running header and the page numbers, and keeps them out of every passage', () => {
    expect(read.dropped).toContain(layout.headerLine);
    for (const footer of layout.footers) expect(read.dropped).toContain(footer);
    expect(new Set(read.dropped).size).toBe(read.dropped.length);
    for (const passage of prepareArticle(read.text).passages) {
      expect(passage.text).not.toContain(layout.header[1]);
      expect(passage.text).not.toMatch(/\bPage \d+\b/);
    }
    expect(read.text).not.toContain(layout.header[1]);
  });

  it('mends the words the typesetter split at line ends', () => {
    // The page never breaks a line at a hyphen a word already has, so every line-end hyphen is
    // a soft one and every hyphenated word in the text comes from the article.
    for (const line of read.text.split('\n')) expect(line).not.toMatch(/\p{L}-$/u);
    const bare = (word: string): string => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    const sourceWords = new Set(raw.split(/\s+/).map(bare));
    const hyphenated = read.text.split(/\s+/).map(bare).filter((word) => word.includes('-'));
    for (const word of hyphenated) expect(sourceWords).toContain(word);
    for (const word of layout.hyphenated) expect(read.text).toMatch(new RegExp(`\\b${word}\\b`, 'u'));
  });
});

describe('mending words broken at line ends', () => {
  it('drops a soft hyphen and keeps the hyphen of a compound', async () => {
    const pdf = await linesPdf([
      'The Beijing-',
      'based center studies cyber-',
      'security and state-',
      'owned firms, unlike the state-owned bank in the Asia-',
      'Pacific region that leads informa-',
      'tization, as informatization goes on. Cyber-',
      'space is what the cyberspace law calls it.',
    ]);
    const { text: read } = await readPdf(pdf, subject);
    expect(read).not.toMatch(/cyber-|informa-|-\n/u);
    const text = read.replace(/\s+/g, ' ');
    expect(text).toContain('Beijing-based');
    expect(text).toContain('cybersecurity');
    expect(text).toContain('state-owned firms');
    expect(text).toContain('Asia-Pacific');
    expect(text).toContain('leads informatization,');
    // A capitalised first part keeps its hyphen, unless the joined word is printed elsewhere.
    expect(text).toContain('on. Cyberspace is');
  });
});

describe('reading order and paragraphs on pages made to measure', () => {
  it('does not take a label out in the margin of a line here and there for a column', async () => {
    const pdf = await placedPdf([
      { text: 'int asn1_delete_structure (asn1_node *structure)', x: 72, y: 700 },
      { text: '[Function]', x: 480, y: 700 },
      { text: 'Deletes the structure and everything under it. At the end,', x: 90, y: 686 },
      { text: 'the pointer is set to NULL.', x: 90, y: 672 },
      { text: '[Macro]', x: 480, y: 672 },
    ]);
    const lines = (await readPdf(pdf, subject)).text.split('\n');
    expect(lines).toContain('int asn1_delete_structure (asn1_node *structure) [Function]');
    expect(lines).toContain('the pointer is set to NULL. [Macro]');
  });

  it('reads two columns under a full-width headline column by column, though their baselines differ', async () => {
    const left = ['The first column starts here and', 'runs on for a while, line after', 'line, until it stops.'];
    const right = ['The second column follows on,', 'set a little lower than the first', 'one, and ends the story.'];
    const pdf = await placedPdf([
      { text: 'A headline over both columns of the page', x: 72, y: 720, size: 24, bold: true },
      ...left.map((text, i) => ({ text, x: 72, y: 680 - 13 * i })),
      ...right.map((text, i) => ({ text, x: 320, y: 674 - 13 * i })),
    ]);
    const { text } = await readPdf(pdf, subject);
    expect(text).toBe(`A headline over both columns of the page\n\n${left.join('\n')}\n\n${right.join('\n')}\n`);
  });

  it('starts a block where the size changes, even without a gap', async () => {
    const pdf = await placedPdf([
      { text: 'Rules for cyberspace', x: 72, y: 700, size: 14 },
      { text: 'The body of the story starts right under its', x: 72, y: 686 },
      { text: 'heading, at the body spacing.', x: 72, y: 672 },
    ]);
    const { text } = await readPdf(pdf, subject);
    expect(text).toBe('Rules for cyberspace\n\nThe body of the story starts right under its\nheading, at the body spacing.\n');
  });
});

describe('PDFs that cannot be read', () => {
  it('says a PDF is not one when its bytes are random, empty or cut short', async () => {
    const random = new Uint8Array(Array.from({ length: 64 }, (_, i) => createHash('sha256').update(String(i)).digest()).flatMap((digest) => [...digest]));
    const notAPdf = { problem: { is: 'not a pdf' }, subject };
    expect(await problemOf(random)).toEqual(notAPdf);
    expect(await problemOf(new Uint8Array())).toEqual(notAPdf);
    expect(await problemOf(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'))).toEqual(notAPdf);
  });

  it('says a PDF of pages without text (a scan) has no text layer', async () => {
    expect(await problemOf(await imageOnlyPdf())).toEqual({ problem: { is: 'no text layer' }, subject });
  });

  it('says a password-protected PDF is encrypted, and the fixture does open with its password', async () => {
    const pdf = encryptedPdf('A sentence behind a password.', 'secret');
    expect(await problemOf(pdf)).toEqual({ problem: { is: 'encrypted pdf' }, subject });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), password: 'secret', verbosity: 0 }).promise;
    const content = await (await document.getPage(1)).getTextContent();
    await document.destroy();
    expect(content.items.map((item) => ('str' in item ? item.str : '')).join('')).toBe('A sentence behind a password.');
  });

  it('leaves the bytes it was given as they were', async () => {
    const pdf = await linesPdf(['A line of text.']);
    const copy = new Uint8Array(pdf);
    await readPdf(pdf, subject);
    expect(pdf).toEqual(copy);
  });
});

describe('real PDFs shipped with Debian packages', () => {
  // Owned by the packages libtasn1-doc, shared-mime-info, bzip2-doc and fontconfig.
  const candidates = [
    '/usr/share/doc/libtasn1-doc/libtasn1.pdf',
    '/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf',
    '/usr/share/doc/bzip2/manual.pdf.gz',
    '/usr/share/doc/fontconfig/fontconfig-user.pdf.gz',
  ];
  const present = candidates.filter((file) => existsSync(file));

  it('finds at least one of them (CI installs the packages)', () => {
    expect(present, `none of ${candidates.join(', ')} exists`).not.toEqual([]);
  });

  it.each(present)('reads %s into passages that are mostly prose', async (file) => {
    const bytes = file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file);
    const read = await readPdf(bytes, { kind: 'attached file', name: path.basename(file) });
    expect(read.pages).toBeGreaterThan(1);
    expect(read.pages).toBeLessThanOrEqual(MAX_PAGES);
    // Every page of these manuals carries a page number or a running head.
    expect(read.dropped.length).toBeGreaterThan(0);
    const { passages } = prepareArticle(read.text);
    expect(passages.length).toBeGreaterThan(20);
    const prose = passages.filter((passage) => /\b\p{Ll}{2,}\b/u.test(passage.text) && (TERMINAL.test(passage.text) || passage.text.length >= 200));
    expect(prose.length / passages.length).toBeGreaterThanOrEqual(0.6);
    for (const passage of passages) expect(passage.text.length).toBeLessThanOrEqual(700);
  });
});

describe('a PDF longer than the pages read', () => {
  it('says, in what it left out, which pages it did not read', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.TimesRoman);
    for (let n = 1; n <= MAX_PAGES + 3; n += 1) {
      doc.addPage([612, 792]).drawText(`The harbour report of day ${n} counted ${1000 + n} containers in all.`, { x: 72, y: 700, size: 11, font });
    }
    const read = await readPdf(await doc.save(), subject);
    expect(read.pages).toBe(MAX_PAGES);
    expect(read.dropped).toContain(`pages ${MAX_PAGES + 1} to ${MAX_PAGES + 3} (only the first ${MAX_PAGES} are read)`);
    expect(read.text).toContain(`day ${MAX_PAGES} counted`);
    expect(read.text).not.toContain(`day ${MAX_PAGES + 1} counted`);
  });
});
