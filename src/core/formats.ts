import path from 'node:path';

/** How an article file is written. */
export type ArticleFormat = 'text' | 'markdown' | 'html' | 'pdf';

/** What the bot accepts of one format: the same rule for the command line, a folder of articles and Discord uploads. */
export interface FormatRule {
  format: ArticleFormat;
  /** Extensions, lower case, with their dot; the first is the usual one. */
  extensions: string[];
  /** Largest file taken. A PDF carries fonts and layout, so it may be larger than the text it holds. */
  maxBytes: number;
  /** Content types Discord may report for such a file (when it reports one). */
  contentTypes: RegExp;
}

const MB = 1024 * 1024;

export const FORMAT_RULES: readonly FormatRule[] = [
  { format: 'text', extensions: ['.txt'], maxBytes: MB, contentTypes: /^text\//i },
  { format: 'markdown', extensions: ['.md', '.markdown'], maxBytes: MB, contentTypes: /^text\//i },
  { format: 'html', extensions: ['.html', '.htm'], maxBytes: 5 * MB, contentTypes: /^(?:text\/html|application\/xhtml\+xml)\b/i },
  { format: 'pdf', extensions: ['.pdf'], maxBytes: 20 * MB, contentTypes: /^application\/(?:pdf|x-pdf)\b/i },
];

/** "a .txt, .md, .html or .pdf file", for messages. */
export const ACCEPTED_FILES = '.txt, .md, .html or .pdf';

/** Longest file name kept, extension included. */
export const MAX_NAME_LENGTH = 100;

/** The rule for a file name, by its extension, or null when the bot does not take such files. */
export function ruleFor(name: string): FormatRule | null {
  const extension = path.extname(name).toLowerCase();
  if (name.startsWith('.') || !extension) return null;
  return FORMAT_RULES.find((rule) => rule.extensions.includes(extension)) ?? null;
}

/**
 * The name an uploaded article is kept under: its last path part only (never a folder, never
 * "../"), letters, digits, dots, dashes and underscores, no leading dot, at most
 * MAX_NAME_LENGTH characters with its extension kept and lower-cased. Null when nothing of
 * it is left or its extension is not one the bot reads.
 */
export function safeArticleName(name: string): string | null {
  const last = name.split(/[\\/]/).at(-1) ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+/, '');
  const extension = path.extname(cleaned).toLowerCase();
  const stem = cleaned.slice(0, cleaned.length - extension.length).replace(/[._]+$/, '');
  if (!stem || !ruleFor(`x${extension}`)) return null;
  return `${[...stem].slice(0, MAX_NAME_LENGTH - extension.length).join('')}${extension}`;
}
