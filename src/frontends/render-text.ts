import type { Reply } from '../command.js';

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** Discord markdown to terminal text: bold becomes ANSI bold (or plain), escapes are undone. */
export function markdownToText(markdown: string, color: boolean): string {
  return markdown
    .replace(/\*\*((?:\\.|[^*])+)\*\*/g, (_, inner: string) => (color ? `${BOLD}${inner}${RESET}` : inner))
    .replace(/\\([\\`*_~|>#\-[\]()<:.])/g, '$1');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

/** A reply as it reads in a terminal: the same content the bot posts on Discord. */
export function renderReply(reply: Reply, color = false): string {
  const lines: string[] = [];
  const dim = (text: string): string => (color ? `${DIM}${text}${RESET}` : text);
  if (reply.title) lines.push(color ? `${BOLD}${markdownToText(reply.title, false)}${RESET}` : markdownToText(reply.title, false), '');
  lines.push(markdownToText(reply.body, color));
  for (const field of reply.fields ?? []) {
    lines.push('', markdownToText(field.name, false), indent(markdownToText(field.value, color), '    '));
  }
  if (reply.footer) lines.push('', dim(markdownToText(reply.footer, false)));
  return lines.join('\n');
}
