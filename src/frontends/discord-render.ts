import type { APIEmbed } from 'discord.js';
import type { Reply } from '../command.js';

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

/** The reply as one embed within every Discord limit: fields are dropped from the end before text is cut. */
export function toEmbed(reply: Reply): APIEmbed {
  const embed: APIEmbed = {
    color: COLORS[reply.tone],
    description: fit(reply.body || '\u200b', LIMITS.description),
  };
  if (reply.title) embed.title = fit(reply.title.replace(/\s+/g, ' '), LIMITS.title);
  if (reply.footer) embed.footer = { text: fit(reply.footer, LIMITS.footer) };
  const fields = (reply.fields ?? []).slice(0, LIMITS.fields).map((field) => ({
    name: fit(field.name || '\u200b', LIMITS.fieldName),
    value: fit(field.value || '\u200b', LIMITS.fieldValue),
  }));
  if (fields.length) embed.fields = fields;
  while (embedLength(embed) > LIMITS.embedTotal && embed.fields?.length) embed.fields.pop();
  if (embed.fields?.length === 0) delete embed.fields;
  const excess = embedLength(embed) - LIMITS.embedTotal;
  if (excess > 0) embed.description = fit(embed.description!, Math.max(1, embed.description!.length - excess));
  return embed;
}
