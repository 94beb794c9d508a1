import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadDotEnv } from '../src/config.js';
import { decodeArticle, prepareArticle, SourceError } from '../src/core/article.js';
import { splitSentences } from '../src/core/sentences.js';
import { sourceProblemText } from '../src/wording.js';

const subject = { kind: 'attached file', name: 'article.txt' } as const;
const TEXT = 'Cybersecurity week\n\nBy A WRITER\n\nThe week opened in Tianjin — “Safe online” was its motto.\n';

const utf16be = (text: string): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

describe('article files as people save them', () => {
  it('reads UTF-8 with or without a byte order mark, and UTF-16 little or big endian with one', () => {
    const forms = [Buffer.from(TEXT), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), utf16be(TEXT)];
    for (const bytes of forms) expect(decodeArticle(bytes, subject)).toBe(TEXT);
  });

  it('refuses other encodings, saying which to save as', () => {
    const latin1 = Buffer.from('caf\u00e9 ol\u00e9 and more words', 'latin1');
    const refused = (() => {
      try {
        decodeArticle(latin1, subject);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(SourceError);
    expect(sourceProblemText(refused as SourceError)).toBe('The attached file article.txt is not valid UTF-8 text: save it as UTF-8 (or as UTF-16 with a byte order mark) and try again.');
  });
});

describe('passages of any article', () => {
  it('are never longer than their cap, nor their sentences, even for 1 MB of one sentence: it is cut at its clauses, then its words', () => {
    const long = `The committee listed ${Array.from({ length: 110_000 }, (_, i) => `item ${i}`).join(', ')} in one breath.`;
    expect(long.length).toBeGreaterThan(1_000_000);
    const { passages } = prepareArticle(`A long one\n\nBy A WRITER\n\n${long}\n\n${'x'.repeat(5_000)}\n`);
    for (const passage of passages) {
      expect(passage.text.length).toBeLessThanOrEqual(700);
      for (const [start, end] of passage.sentences) expect(end - start).toBeLessThanOrEqual(700);
    }
    // Cut at clauses: pieces end after a comma, with whole items.
    expect(passages[0]!.text).toMatch(/^The committee listed item 0, item 1, .*item \d+,$/);
    // Nothing is lost: every item is in some passage.
    expect(passages.map((passage) => passage.text).join(' ')).toContain('item 109999 in one breath.');
  });

  it('are cut into the same sentences in a 1 MB article of one line as in a short one', () => {
    const sentences = ['Mr. Wang opened the park in YEAR.', 'It cost 100 billion yuan (14.13 billion dollars).', 'Will it pay, a reporter asked?', 'Output, e.g. the park’s, said Dr. Li, rose.', 'Growth was 5.5 percent!'];
    const short = sentences.join(' ');
    // What the sentence rules make of the five, read whole.
    expect(splitSentences(short).map((span) => span.text)).toEqual(sentences);
    const parts: string[] = [];
    for (let i = 0, length = 0; length < 1024 * 1024; i += 1) {
      const sentence = sentences[i % sentences.length]!.replace('YEAR', String(1900 + (i % 120)));
      parts.push(sentence);
      length += sentence.length + 1;
    }
    const text = parts.join(' ');
    const spans = splitSentences(text);
    expect(spans.map((span) => span.text)).toEqual(parts);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('.env', () => {
  it('is read when saved as UTF-16 (Notepad\'s "Unicode"), and refused in one line when it is not text', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'article-bot-env-'));
    try {
      const file = path.join(dir, '.env');
      delete process.env.ENCODING_TEST_SETTING;
      await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ENCODING_TEST_SETTING=from-utf16\n', 'utf16le')]));
      loadDotEnv(file);
      expect(process.env.ENCODING_TEST_SETTING).toBe('from-utf16');
      await writeFile(file, Buffer.from([0x41, 0x00, 0x42, 0xc3, 0x28]));
      expect(() => loadDotEnv(file)).toThrow(ConfigError);
      expect(() => loadDotEnv(file)).toThrow(/^\.env is not text the bot can read: save it as UTF-8/);
    } finally {
      delete process.env.ENCODING_TEST_SETTING;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
