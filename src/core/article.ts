import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path, { basename } from 'node:path';
import { type ArticleMeta, type CleanArticle, cleanArticle, cleanLayout } from './clean.js';
import { decodeText } from './encoding.js';
import { type ArticleFormat, type FormatRule, ruleFor } from './formats.js';
import { htmlLayout } from './html.js';
import { readIsolated } from './isolated-read.js';
import { judgeLanguage } from './language.js';
import { markdownLayout } from './markdown.js';
import { readPdf } from './pdf.js';
import { SourceError, type SourceSubject } from './source-error.js';
import { type Passage, type Placement, splitPassages } from './passages.js';
import { extractQuotations, type Quotation } from './quotations.js';

/** The article as the bot knows it: its passages, the quotations they hold, and facts about the article itself. */
export interface PreparedArticle extends ArticleMeta {
  title: string | null;
  deck: string | null;
  byline: string | null;
  passages: Passage[];
  quotations: Quotation[];
  /** sha256 of the raw source text. */
  checksum: string;
  format: ArticleFormat;
  /** The section headings found, in order. */
  sections: string[];
  /** Lines taken out as debris, in order. */
  dropped: string[];
}

export { SourceError, type SourceProblem, type SourceSubject } from './source-error.js';

export function checksumOf(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Checks that raw bytes are usable article text and decodes them. */
export function decodeArticle(bytes: Uint8Array, subject: SourceSubject, path: string | null = null): string {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new SourceError({ is: decoded.problem }, subject, path);
  if (!/\p{L}/u.test(decoded.text)) throw new SourceError({ is: 'no text' }, subject, path);
  return decoded.text;
}

/** Reads an article file (.txt, .md, .html or .pdf), or fails with a message naming it. */
export async function readArticle(filePath: string, options: { isolated?: boolean } = {}): Promise<Source> {
  const name = basename(filePath);
  const subject: SourceSubject = { kind: 'article file', name };
  const rule = ruleFor(name);
  if (!rule) throw new SourceError({ is: 'not an article file' }, subject, filePath);
  let bytes: Uint8Array;
  try {
    const info = await stat(filePath);
    if (info.size > rule.maxBytes) throw new SourceError({ is: 'too large', bytes: info.size, limit: rule.maxBytes }, subject, filePath);
    bytes = await readFile(filePath);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError({ is: code === 'ENOENT' ? 'missing' : code === 'EACCES' ? 'no permission' : 'unreadable' }, subject, filePath);
  }
  return readSource(bytes, name, rule, subject, filePath, options);
}

/**
 * An article file's bytes as the bot keeps them: the text of a text, Markdown or HTML file,
 * or the text read from a PDF in reading order. Refused when it is not in a language the bot
 * reads. An upload (`isolated`) is read in a worker thread with limits of time and memory.
 */
export async function readSource(
  bytes: Uint8Array,
  name: string,
  rule: FormatRule,
  subject: SourceSubject,
  filePath: string | null = null,
  { isolated = false }: { isolated?: boolean } = {},
): Promise<Source> {
  if (!isolated) return readSourceHere(bytes, name, rule.format, subject, filePath);
  try {
    return await readIsolated(bytes, name, rule.format, subject);
  } catch (error) {
    throw error instanceof SourceError && filePath ? new SourceError(error.problem, error.subject, filePath) : error;
  }
}

/** `readSource` in this thread. */
export async function readSourceHere(bytes: Uint8Array, name: string, format: ArticleFormat, subject: SourceSubject, filePath: string | null = null): Promise<Source> {
  let text: string;
  let dropped: string[] = [];
  if (format === 'pdf') {
    const pdf = await readPdf(bytes, subject);
    text = pdf.text;
    dropped = pdf.dropped;
  } else text = decodeArticle(bytes, subject, filePath);
  let article: CleanArticle;
  try {
    article = cleanSource(text, format);
  } catch {
    // A parser that gives up: nested too deep, or a stack overflow.
    throw new SourceError({ is: 'malformed', format }, subject, filePath);
  }
  const verdict = await judgeLanguage([article.title ?? '', ...article.blocks.map((block) => block.text)].join('\n') || text);
  if (!verdict.readable) throw new SourceError({ is: 'not english', language: verdict.language }, subject, filePath);
  if (splitPassages(article).length === 0) throw new SourceError({ is: 'no paragraphs' }, subject, filePath);
  return { name, text, ...(dropped.length > 0 ? { dropped } : {}) };
}

/** An article of a format cleaned into its blocks. A PDF is kept as its text, so it is cleaned as text. */
export function cleanSource(raw: string, format: ArticleFormat): CleanArticle {
  switch (format) {
    case 'markdown': {
      const article = cleanLayout(markdownLayout(raw));
      // A page of plain text saved as .md (as articles were kept before Markdown was read as
      // such) may give no prose as Markdown, its indented paragraphs taken for code: it is read
      // as the page of text it is.
      return article.blocks.some((block) => block.kind !== 'heading') ? article : cleanArticle(raw);
    }
    case 'html':
      return cleanLayout(htmlLayout(raw));
    default:
      return cleanArticle(raw);
  }
}

/** One article file of the source. */
export interface Source {
  /** File name, which identifies the article; its extension says its format. */
  name: string;
  text: string;
  /** What reading the file took out before cleaning (a PDF's running headers), when just read. */
  dropped?: string[];
}

/** What the bot knows about one article of its corpus. */
export interface ArticleInfo extends ArticleMeta {
  name: string;
  title: string | null;
  deck: string | null;
  byline: string | null;
  passages: number;
  format: ArticleFormat;
  sections: string[];
  /** Lines the cleaning took out as debris. */
  dropped: string[];
  /**
   * What reading the file took out before cleaning (a PDF's running headers, page numbers,
   * captions): known only when the file has just been read, since the bot keeps a PDF as the
   * text read from it.
   */
  droppedOnReading?: string[];
}

/** Every article of the source, as passages with global labels and per-article ¶ numbers. */
export interface PreparedCorpus {
  articles: ArticleInfo[];
  passages: Passage[];
  quotations: Quotation[];
  /** sha256 over every article's name and text. */
  checksum: string;
}

/** How an article is named to members: its title, or its file name when it has none. */
export function articleLabel(article: Pick<ArticleInfo, 'title' | 'name'>): string {
  return article.title ?? article.name;
}

/**
 * The article, or every article file of a folder (.txt, .md, .html, .pdf; never a dot file,
 * never a link that leads outside the folder), in name order.
 */
export async function readSources(sourcePath: string): Promise<Source[]> {
  let info;
  try {
    info = await stat(sourcePath);
  } catch {
    throw new SourceError({ is: 'missing' }, { kind: 'article file', name: basename(sourcePath) }, sourcePath);
  }
  if (!info.isDirectory()) return [await readArticle(sourcePath)];
  const folder = await realpath(sourcePath);
  const names: string[] = [];
  for (const name of (await readdir(sourcePath)).sort()) {
    if (!ruleFor(name)) continue;
    // A link counts only when what it leads to is an article file of this folder, not a dot file or a folder.
    const real = await realpath(path.join(sourcePath, name)).catch(() => null);
    const isFile = real ? await stat(real).then((file) => file.isFile(), () => false) : false;
    if (real && isFile && path.dirname(real) === folder && ruleFor(path.basename(real))) names.push(name);
  }
  if (names.length === 0) throw new SourceError({ is: 'no articles' }, { kind: 'article folder', name: basename(sourcePath) }, sourcePath);
  return Promise.all(names.map((name) => readArticle(path.join(sourcePath, name))));
}

export function sourcesChecksum(sources: Source[]): string {
  return checksumOf(sources.map((source) => `${source.name}\u0000${checksumOf(source.text)}`).join('\n'));
}

/** Prepares every article and numbers all passages into one corpus. */
export function prepareCorpus(sources: Source[]): PreparedCorpus {
  const articles: ArticleInfo[] = [];
  const passages: Passage[] = [];
  const quotations: Quotation[] = [];
  sources.forEach((source, article) => {
    let prepared: PreparedArticle;
    try {
      prepared = prepareArticle(source.text, { article, firstId: passages.length }, ruleFor(source.name)?.format ?? 'text');
    } catch (error) {
      throw error instanceof SourceError ? new SourceError(error.problem, { kind: 'article', name: source.name }, error.path) : error;
    }
    passages.push(...prepared.passages);
    quotations.push(...prepared.quotations);
    const { title, deck, byline, bylinePrinted, kicker, newspaper, newspaperPrinted, email, credits, format, sections } = prepared;
    articles.push({
      name: source.name, title, deck, byline, bylinePrinted, kicker, newspaper, newspaperPrinted, email, credits, passages: prepared.passages.length, format, sections,
      dropped: prepared.dropped,
      ...(source.dropped ? { droppedOnReading: source.dropped } : {}),
    });
  });
  return { articles, passages, quotations, checksum: sourcesChecksum(sources) };
}

/** Cleans and splits an article (text, or Markdown or HTML source) into passages and quotations. */
export function prepareArticle(raw: string, at?: Placement, format: ArticleFormat = 'text'): PreparedArticle {
  const article = cleanSource(raw, format);
  const passages = splitPassages(article, at);
  if (passages.length === 0) throw new SourceError({ is: 'no paragraphs' }, { kind: 'article', name: null });
  return {
    title: article.title,
    deck: article.deck,
    byline: article.byline,
    bylinePrinted: article.bylinePrinted,
    kicker: article.kicker,
    newspaper: article.newspaper,
    newspaperPrinted: article.newspaperPrinted,
    email: article.email,
    credits: article.credits,
    passages,
    quotations: extractQuotations(passages),
    checksum: checksumOf(raw),
    format,
    sections: article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text),
    dropped: article.dropped,
  };
}
