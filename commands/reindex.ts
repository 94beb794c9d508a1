import { type AttachmentInput, defineCommand } from '../src/command.js';
import { type ArticleInfo, readSource, type Source, SourceError } from '../src/core/article.js';
import { ACCEPTED_FILES, type ArticleFormat, ruleFor } from '../src/core/formats.js';
import { BusyError, type ReindexPreview, type ReindexReport } from '../src/core/library.js';
import { bold, code, type Reply, type Span } from '../src/reply.js';
import { reindexBusy, sourceProblemText } from '../src/wording.js';

const FORMAT_NAMES: Record<ArticleFormat, string> = { text: 'text', markdown: 'Markdown', html: 'a web page', pdf: 'PDF' };
/** How much of a list the report shows: enough to see a wrong cleaning at once, short enough to read. */
const SHOWN_SECTIONS = 6;
const SHOWN_DROPPED = 4;
const SHOWN_ARTICLES = 3;
const LINE_CHARS = 80;

function clip(text: string): string {
  return text.length > LINE_CHARS ? `${text.slice(0, LINE_CHARS - 1)}…` : text;
}

function quoted(lines: string[], shown: number): string {
  const more = lines.length - shown;
  return `${lines.slice(0, shown).map((line) => `“${clip(line)}”`).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** What the bot made of one article: its title, byline, sections, credits, and what it threw away. */
function understoodLines(article: ArticleInfo): Span[] {
  const lines: Span[] = ['\n\n', bold(article.name), ` (read as ${FORMAT_NAMES[article.format]}): `, bold(String(article.passages)), ' passages\n'];
  lines.push('Title: ', article.title ? bold(clip(article.title)) : 'none found', '\n');
  if (article.deck) lines.push('Subtitle: ', clip(article.deck), '\n');
  lines.push('Byline: ', article.byline ? bold(clip(article.byline)) : 'none found', '\n');
  if (article.sections.length > 0) lines.push(`Sections (${article.sections.length}): `, quoted(article.sections, SHOWN_SECTIONS), '\n');
  if (article.credits.length > 0) lines.push('Photo credits: ', quoted(article.credits.map((credit) => credit.printed), SHOWN_DROPPED), '\n');
  lines.push(
    `Dropped as page debris: ${article.dropped.length === 0 ? 'nothing' : `${article.dropped.length} line${article.dropped.length === 1 ? '' : 's'}: `}`,
    article.dropped.length === 0 ? '' : quoted(article.dropped, SHOWN_DROPPED),
  );
  const onReading = article.droppedOnReading ?? [];
  if (onReading.length > 0) {
    lines.push(`\nTaken out when the ${article.format === 'pdf' ? 'PDF' : 'file'} was read (headers, footers, page numbers, captions): ${onReading.length} line${onReading.length === 1 ? '' : 's'}: `, quoted(onReading, SHOWN_DROPPED));
  }
  return lines;
}

function understoodOf(articles: ArticleInfo[]): Span[] {
  const more = articles.length - SHOWN_ARTICLES;
  return [...articles.slice(0, SHOWN_ARTICLES).flatMap(understoodLines), ...(more > 0 ? [`\n…and ${more} more articles.`] : [])];
}

export function reindexReply(report: ReindexReport): Reply {
  const before = report.passagesBefore === null ? '' : ` (was ${report.passagesBefore})`;
  return {
    ephemeral: true,
    tone: 'answer',
    title: report.sourceReplaced ? 'New article indexed' : 'Index rebuilt',
    body: [
      ...(report.sourceReplaced ? ['Saved as: ', bold(report.sourceReplaced), '\n'] : []),
      'Passages: ', bold(String(report.passagesAfter)), `${before}${report.articles > 1 ? ` in ${report.articles} articles` : ''}\n`,
      'Quotations: ', bold(String(report.quotations)), '\n',
      'Embedded: ', bold(String(report.embedded)), ` new texts, reused ${report.reused} unchanged\n`,
      'Time taken: ', bold(`${(report.durationMs / 1000).toFixed(1)} s`), '\n',
      'Index checksum: ', code(report.indexChecksum.slice(0, 16)),
      ...understoodOf(report.understood),
    ],
  };
}

/** A dry run's report: what a reindex would make of the articles, and that nothing changed. */
export function previewReply(preview: ReindexPreview): Reply {
  return {
    ephemeral: true,
    tone: 'info',
    title: 'Dry run: nothing was changed',
    body: [
      ...(preview.sourceReplaced ? ['Would be saved as: ', bold(preview.sourceReplaced), '\n'] : []),
      'Passages: ', bold(String(preview.passages)), preview.articles > 1 ? ` in ${preview.articles} articles\n` : '\n',
      'Quotations: ', bold(String(preview.quotations)),
      ...understoodOf(preview.understood),
    ],
  };
}

/** Checks, downloads and reads an attached article by the one rule for article files; throws a SourceError whose message tells the moderator what to fix. */
export async function readAttachedArticle(file: AttachmentInput): Promise<Source> {
  const subject = { kind: 'attached file', name: file.name } as const;
  const rule = ruleFor(file.name);
  // The name says a format the bot reads, and the type Discord reports (when it does) agrees.
  const typeAgrees = file.contentType === null || /^application\/octet-stream\b/i.test(file.contentType) || rule?.contentTypes.test(file.contentType);
  if (!rule || !typeAgrees) throw new SourceError({ is: 'not an article file' }, subject);
  const tooLarge = (bytes: number) => new SourceError({ is: 'too large', bytes, limit: rule.maxBytes }, subject);
  if (file.size > rule.maxBytes) throw tooLarge(file.size);
  let bytes: Uint8Array;
  try {
    bytes = await file.download(rule.maxBytes);
  } catch {
    throw new SourceError({ is: 'not downloaded' }, subject);
  }
  if (bytes.length > rule.maxBytes) throw tooLarge(bytes.length);
  return readSource(bytes, file.name, rule, subject, null, { isolated: true });
}

export const reindex = defineCommand({
  name: 'reindex',
  description: 'Moderators: rebuild the bot’s knowledge, optionally from a new article.',
  options: {
    article: { type: 'attachment', description: `A new article (${ACCEPTED_FILES}): replaces the shipped one, or joins this server’s articles` },
    remove: { type: 'string', description: 'The file name of one of this server’s articles, to take out', maxLength: 200 },
  },
  moderatorOnly: true,
  // A moderator's business: the report, and any problem with the upload, only they see.
  isPrivate: () => true,
  isSlow: () => true,
  async execute({ options, user, server, progress }, { libraries }) {
    const library = libraries.for(server);
    const onProgress = progress
      ? ({ done, total, reused }: { done: number; total: number; reused: number }) =>
          progress({ ephemeral: true, tone: 'info', title: 'Reindexing…', body: ['Embedded ', bold(`${done} of ${total}`), ` texts (${reused} reused unchanged).`] })
      : undefined;
    try {
      const file = options.article;
      const upload = file ? await readAttachedArticle(file) : undefined;
      const remove = options.remove?.trim() || undefined;
      return reindexReply(await library.reindex({ ...(upload ? { upload } : {}), ...(remove ? { remove } : {}), requestedBy: user.id, ...(onProgress ? { onProgress } : {}) }));
    } catch (error) {
      if (error instanceof BusyError || error instanceof SourceError) {
        const problem: Span[] = error instanceof BusyError ? reindexBusy(error.holder) : [sourceProblemText(error)];
        return { ephemeral: true, tone: 'warning', body: [...problem, ' Nothing was changed: the current index is still in use.'] };
      }
      throw error;
    }
  },
});
