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

/** Wraps each line at word boundaries to `width` columns, keeping its indentation. */
export function wrap(text: string, width: number): string {
  if (!Number.isFinite(width) || width < 20) return text;
  return text
    .split('\n')
    .map((line) => {
      const margin = /^\s*/.exec(line)?.[0] ?? '';
      const words = line.slice(margin.length).split(' ');
      const rows: string[] = [];
      let row = margin;
      for (const word of words) {
        // Escape codes take no columns.
        const visible = (value: string) => value.replace(/\u001b\[[0-9;]*m/g, '').length;
        if (row.trim() && visible(row) + 1 + visible(word) > width) {
          rows.push(row);
          row = `${margin}${word}`;
        } else {
          row = row.trim() ? `${row} ${word}` : `${margin}${word}`;
        }
      }
      rows.push(row);
      return rows.join('\n');
    })
    .join('\n');
}

/** A reply as it reads in a terminal: the same content the bot posts on Discord, wrapped to `width` columns when given. */
export function renderReply(reply: Reply, color = false, width = Number.POSITIVE_INFINITY): string {
  const lines: string[] = [];
  const dim = (text: string): string => (color ? `${DIM}${text}${RESET}` : text);
  if (reply.title) lines.push(color ? `${BOLD}${markdownToText(reply.title, false)}${RESET}` : markdownToText(reply.title, false), '');
  lines.push(markdownToText(reply.body, color));
  for (const field of reply.fields ?? []) {
    lines.push('', markdownToText(field.name, false), indent(markdownToText(field.value, color), '    '));
  }
  if (reply.footer) lines.push('', dim(markdownToText(reply.footer, false)));
  return wrap(lines.join('\n'), width);
}
