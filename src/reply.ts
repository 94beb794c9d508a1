/**
 * A reply as every front end receives it, knowing nothing of where it is shown: literal text
 * and a few marks with a meaning (emphasis, a code sample, a user). Each renderer (Discord
 * embed, terminal, JSON) escapes and fits it for its own medium, so nothing here is markup.
 */

/** A run of text: literal words, or words with a mark. */
export type Span = string | { bold: string } | { code: string } | { user: string } | { role: string };
/** Literal text, or a sequence of spans. A plain string is never read as markup. */
export type Text = string | readonly Span[];

export interface Reply {
  /** Only the person who asked sees it. */
  ephemeral: boolean;
  tone: 'answer' | 'info' | 'warning' | 'error';
  title?: Text;
  body: Text;
  fields?: Array<{ name: Text; value: Text }>;
  footer?: Text;
  /** Buttons under the reply, where the medium has them: `id` comes back when one is pressed. */
  buttons?: Array<{ id: string; label: string }>;
}

export const bold = (text: string): Span => ({ bold: text });
/** A command or value the user can type as it is. */
export const code = (text: string): Span => ({ code: text });
/** A user by platform id; Discord shows a (silent) mention, other media the id. */
export const user = (id: string): Span => ({ user: id });
/** A server role by id, shown as a user is. */
export const role = (id: string): Span => ({ role: id });

export function spans(text: Text): readonly Span[] {
  return typeof text === 'string' ? [text] : text;
}

/** The words of a text without its marks, for JSON, logs and tests. */
export function plainText(text: Text): string {
  return spans(text)
    .map((span) => (typeof span === 'string' ? span : 'bold' in span ? span.bold : 'code' in span ? span.code : 'user' in span ? span.user : span.role))
    .join('');
}

/** "a, b and c". */
export function listOf(items: ReadonlyArray<string | number>): string {
  const words = items.map(String);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
