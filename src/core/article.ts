import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path, { basename } from 'node:path';
import { type ArticleMeta, cleanArticle } from './clean.js';
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

/** A source that cannot be used. Its message names the file but not the folder, so it is safe to show. */
export class SourceError extends Error {
  override name = 'SourceError';
  constructor(
    message: string,
    /** Full path of the file, for logs and the operator's terminal. */
    readonly path: string | null = null,
  ) {
    super(message);
  }
}

export function checksumOf(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Checks that raw bytes are usable article text and decodes them. */
export function decodeArticle(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new SourceError(`${label} is empty.`);
  if (bytes.includes(0)) throw new SourceError(`${label} looks like a binary file, not text.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError(`${label} is not valid UTF-8 text.`);
  }
  if (!/\p{L}/u.test(text)) throw new SourceError(`${label} has no text in it.`);
  return text;
}

/** Reads the article file, or fails with a message naming it. */
export async function readArticle(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : 'cannot be read';
    throw new SourceError(`The article file ${basename(path)} ${reason}.`, path);
  }
  try {
    return decodeArticle(bytes, `The article file ${basename(path)}`);
  } catch (error) {
    throw error instanceof SourceError ? new SourceError(error.message, path) : error;
  }
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
    throw new SourceError(`The article file ${basename(sourcePath)} does not exist.`, sourcePath);
  }
  if (!info.isDirectory()) return [{ name: basename(sourcePath), text: await readArticle(sourcePath) }];
  const names = (await readdir(sourcePath)).filter((name) => ARTICLE_FILE.test(name) && !name.startsWith('.')).sort();
  if (names.length === 0) throw new SourceError(`The article folder ${basename(sourcePath)} has no .txt or .md files.`, sourcePath);
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
      throw error instanceof SourceError && sources.length > 1 ? new SourceError(`${source.name}: ${error.message}`, error.path) : error;
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
  if (passages.length === 0) throw new SourceError('The article has no paragraphs of text after cleaning.');
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
