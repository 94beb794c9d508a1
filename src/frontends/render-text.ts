import { type Reply, spans, type Text } from '../reply.js';

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** A reply's text for a terminal: bold as ANSI bold when colour is on, code and users as they are typed. */
export function terminalText(text: Text, color: boolean): string {
  return spans(text)
    .map((span) => {
      if (typeof span === 'string') return span;
      if ('bold' in span) return color ? `${BOLD}${span.bold}${RESET}` : span.bold;
      if ('code' in span) return span.code;
      return 'user' in span ? `user ${span.user}` : `role ${span.role}`;
    })
    .join('');
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
  if (reply.title) lines.push(color ? `${BOLD}${terminalText(reply.title, false)}${RESET}` : terminalText(reply.title, false), '');
  lines.push(terminalText(reply.body, color));
  for (const field of reply.fields ?? []) {
    lines.push('', terminalText(field.name, false), indent(terminalText(field.value, color), '    '));
  }
  if (reply.footer) lines.push('', dim(terminalText(reply.footer, false)));
  return wrap(lines.join('\n'), width);
}
