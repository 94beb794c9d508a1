/** What is wrong with an article source. */
export type SourceProblem =
  | { is: 'empty' | 'binary' | 'not utf-8' | 'no text' | 'missing' | 'unreadable' | 'no permission' | 'no articles' | 'no paragraphs' | 'not an article file' | 'not downloaded' }
  | { is: 'not a pdf' | 'encrypted pdf' | 'no text layer' }
  | { is: 'malformed'; format: 'text' | 'markdown' | 'html' | 'pdf' }
  | { is: 'too complex'; seconds: number; memoryMb: number }
  | { is: 'too large'; bytes: number; limit: number }
  | { is: 'not english'; language: string };

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
