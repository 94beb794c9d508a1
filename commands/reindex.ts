import { type AttachmentInput, defineCommand } from '../src/command.js';
import { ARTICLE_FILE, decodeArticle, SourceError } from '../src/core/article.js';
import { BusyError, type ReindexReport } from '../src/core/library.js';
import { bold, code, type Reply, type Span } from '../src/reply.js';
import { reindexBusy, sourceProblemText } from '../src/wording.js';

export const MAX_ARTICLE_BYTES = 1024 * 1024;

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
    ],
  };
}

/** Checks and reads an attached article; throws a SourceError whose message tells the moderator what to fix. */
export async function readAttachedArticle(file: AttachmentInput): Promise<string> {
  const subject = { kind: 'attached file', name: file.name } as const;
  // The name says .txt or .md, and the type Discord reports (when it does) is text.
  if (!ARTICLE_FILE.test(file.name) || (file.contentType !== null && !/^text\//i.test(file.contentType))) throw new SourceError({ is: 'not an article file' }, subject);
  const tooLarge = (bytes: number) => new SourceError({ is: 'too large', bytes, limit: MAX_ARTICLE_BYTES }, subject);
  if (file.size > MAX_ARTICLE_BYTES) throw tooLarge(file.size);
  let bytes: Uint8Array;
  try {
    bytes = await file.download(MAX_ARTICLE_BYTES);
  } catch {
    throw new SourceError({ is: 'not downloaded' }, subject);
  }
  if (bytes.length > MAX_ARTICLE_BYTES) throw tooLarge(bytes.length);
  return decodeArticle(bytes, subject);
}

export const reindex = defineCommand({
  name: 'reindex',
  description: 'Moderators: rebuild the bot’s knowledge, optionally from a new article.',
  options: {
    article: { type: 'attachment', description: 'A new article (.txt or .md, UTF-8, up to 1 MB): replaces the shipped one, or joins this server’s articles' },
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
      const upload = file ? { name: file.name, text: await readAttachedArticle(file) } : undefined;
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
