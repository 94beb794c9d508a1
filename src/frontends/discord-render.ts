import { type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed, ButtonStyle, ComponentType } from 'discord.js';
import { plainText, type Reply, spans, type Text } from '../reply.js';

/** Discord's documented message and embed limits. */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
} as const;

const COLORS: Record<Reply['tone'], number> = {
  answer: 0x2b6cb0,
  info: 0x718096,
  warning: 0xdd6b20,
  error: 0xc53030,
};

/** Signs Discord's markdown reads anywhere in a line: emphasis, code, spoilers, mentions and other tags, and a masked link's `](`. */
const INLINE_SIGNS = /[\\*_~`|<]|(?<=\])\(/g;
/** Signs it reads only at the start of a line: headings, subtext, quotes, bulleted and numbered lists. */
const LINE_SIGNS = /^([ \t]*)([#>+-]|\d+\.)/gm;
const LATER_LINE_SIGNS = /(?<=\n)([ \t]*)([#>+-]|\d+\.)/g;

/**
 * Literal text as Discord shows it verbatim: each sign with a meaning backslash-escaped
 * (Discord, like CommonMark, shows an escaped sign as itself) and mentions broken so they
 * cannot even look like pings. Written here rather than with discord.js's `escapeMarkdown`,
 * whose time grows faster than the text (a 16 KB excerpt took 0.7 s): this is one linear pass.
 */
export function literal(text: string, atLineStart = true): string {
  const escapeLineStart = (_: string, space: string, sign: string): string => `${space}${sign.endsWith('.') ? `${sign.slice(0, -1)}\\.` : `\\${sign}`}`;
  return text
    .replace(INLINE_SIGNS, '\\$&')
    .replace(atLineStart ? LINE_SIGNS : LATER_LINE_SIGNS, escapeLineStart)
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<@/g, '<@\u200b');
}

/**
 * A reply's text as Discord markdown, cut (before it is escaped) a little past `budget`
 * characters: whatever a text's length, no more of it is escaped than its place can show, and
 * `fit` then cuts it to the place with an ellipsis.
 */
export function markdown(text: Text, budget = Number.POSITIVE_INFINITY): string {
  let out = '';
  for (const span of spans(text)) {
    if (out.length > budget) break;
    const room = (words: string): string => (Number.isFinite(budget) ? words.slice(0, budget - out.length + 2) : words);
    const atLineStart = out === '' || out.endsWith('\n');
    if (typeof span === 'string') out += literal(room(span), atLineStart);
    else if ('bold' in span) out += span.bold.trim() ? `**${literal(room(span.bold), false)}**` : literal(room(span.bold), atLineStart);
    // A code span shows its text as it is; it only has to be kept free of backticks.
    else if ('code' in span) out += `\`${span.code.replace(/`/g, 'ˋ')}\``;
    else if ('user' in span) out += `<@${span.user}>`;
    else out += `<@&${span.role}>`;
  }
  return out;
}

/** Cuts markdown to `max` characters, closing a bold run it cut through and never leaving a dangling escape. */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  // Three characters are kept for the ellipsis and a closing bold marker.
  const cut = text
    .slice(0, max - 3)
    .replace(/\\+$/, (slashes) => (slashes.length % 2 ? slashes.slice(1) : slashes))
    .replace(/\s+$/, '');
  const bold = (cut.match(/(?<!\\)\*\*/g) ?? []).length;
  return bold % 2 === 1 ? `${cut}…**` : `${cut}…`;
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** A reply's buttons as one row of Discord buttons (at most five; ids within 100 characters). */
export function toComponents(reply: Reply): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const buttons = (reply.buttons ?? []).filter((button) => button.id.length <= 100).slice(0, 5);
  if (buttons.length === 0) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: buttons.map((button) => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: button.id, label: button.label.slice(0, 80) })),
    },
  ];
}

/** The reply as one embed within every Discord limit: fields are dropped from the end before text is cut. */
export function toEmbed(reply: Reply): APIEmbed {
  const embed: APIEmbed = {
    color: COLORS[reply.tone],
    description: fit(markdown(reply.body, LIMITS.description) || '\u200b', LIMITS.description),
  };
  const title = reply.title === undefined ? '' : markdown(reply.title, LIMITS.title).replace(/\s+/g, ' ');
  if (title) embed.title = fit(title, LIMITS.title);
  // Discord shows footers as plain text.
  if (reply.footer) embed.footer = { text: fit(plainText(reply.footer), LIMITS.footer) };
  const fields = (reply.fields ?? []).slice(0, LIMITS.fields).map((field) => ({
    name: fit(markdown(field.name, LIMITS.fieldName) || '\u200b', LIMITS.fieldName),
    value: fit(markdown(field.value, LIMITS.fieldValue) || '\u200b', LIMITS.fieldValue),
  }));
  if (fields.length) embed.fields = fields;
  while (embedLength(embed) > LIMITS.embedTotal && embed.fields?.length) embed.fields.pop();
  if (embed.fields?.length === 0) delete embed.fields;
  const excess = embedLength(embed) - LIMITS.embedTotal;
  if (excess > 0) embed.description = fit(embed.description!, Math.max(1, embed.description!.length - excess));
  return embed;
}
