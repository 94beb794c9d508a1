import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path, { basename } from 'node:path';
import { type ArticleMeta, cleanArticle } from './clean.js';
import { decodeText } from './encoding.js';
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
}

/** What is wrong with an article source. */
export type SourceProblem =
  | { is: 'empty' | 'binary' | 'not utf-8' | 'no text' | 'missing' | 'unreadable' | 'no permission' | 'no articles' | 'no paragraphs' | 'not an article file' | 'not downloaded' }
  | { is: 'too large'; bytes: number; limit: number };

/** Which source a problem is about: a file or folder by name (never its folder path), an attachment, an article of several. */
export interface SourceSubject {
  kind: 'article file' | 'article folder' | 'attached file' | 'article';
  /** File name, or null for the one article. */
  name: string | null;
}

/** A source that cannot be used: what is wrong, with which source, and where it is (for logs and the operator's terminal). */
export class SourceError extends Error {
  override name = 'SourceError';
  constructor(
    readonly problem: SourceProblem,
    readonly subject: SourceSubject,
    /** Full path of the file, for logs and the operator's terminal. */
    readonly path: string | null = null,
  ) {
    super(`${subject.kind}${subject.name ? ` ${subject.name}` : ''}: ${problem.is}`);
  }
}

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

/** Reads the article file, or fails with a message naming it. */
export async function readArticle(path: string): Promise<string> {
  const subject: SourceSubject = { kind: 'article file', name: basename(path) };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError({ is: code === 'ENOENT' ? 'missing' : code === 'EACCES' ? 'no permission' : 'unreadable' }, subject, path);
  }
  return decodeArticle(bytes, subject, path);
}

/** One article file of the source. */
export interface Source {
  /** File name, which identifies the article. */
  name: string;
  text: string;
}

/** What the bot knows about one article of its corpus. */
export interface ArticleInfo extends ArticleMeta {
  name: string;
  title: string | null;
  deck: string | null;
  byline: string | null;
  passages: number;
}

/** Every article of the source, as passages with global labels and per-article ¶ numbers. */
export interface PreparedCorpus {
  articles: ArticleInfo[];
  passages: Passage[];
  quotations: Quotation[];
  /** sha256 over every article's name and text. */
  checksum: string;
}

export const ARTICLE_FILE = /\.(?:txt|md)$/i;

/** How an article is named to members: its title, or its file name when it has none. */
export function articleLabel(article: Pick<ArticleInfo, 'title' | 'name'>): string {
  return article.title ?? article.name;
}

/** The article, or every `.txt` and `.md` article of a folder, in name order. */
export async function readSources(sourcePath: string): Promise<Source[]> {
  let info;
  try {
    info = await stat(sourcePath);
  } catch {
    throw new SourceError({ is: 'missing' }, { kind: 'article file', name: basename(sourcePath) }, sourcePath);
  }
  if (!info.isDirectory()) return [{ name: basename(sourcePath), text: await readArticle(sourcePath) }];
  const names = (await readdir(sourcePath)).filter((name) => ARTICLE_FILE.test(name) && !name.startsWith('.')).sort();
  if (names.length === 0) throw new SourceError({ is: 'no articles' }, { kind: 'article folder', name: basename(sourcePath) }, sourcePath);
  return Promise.all(names.map(async (name) => ({ name, text: await readArticle(path.join(sourcePath, name)) })));
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
      prepared = prepareArticle(source.text, { article, firstId: passages.length });
    } catch (error) {
      throw error instanceof SourceError && sources.length > 1 ? new SourceError(error.problem, { kind: 'article', name: source.name }, error.path) : error;
    }
    passages.push(...prepared.passages);
    quotations.push(...prepared.quotations);
    const { title, deck, byline, bylinePrinted, kicker, newspaper, newspaperPrinted, email, credits } = prepared;
    articles.push({ name: source.name, title, deck, byline, bylinePrinted, kicker, newspaper, newspaperPrinted, email, credits, passages: prepared.passages.length });
  });
  return { articles, passages, quotations, checksum: sourcesChecksum(sources) };
}

/** Cleans and splits raw article text into passages and quotations. */
export function prepareArticle(raw: string, at?: Placement): PreparedArticle {
  const article = cleanArticle(raw);
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
  };
}
