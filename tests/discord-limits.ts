import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import { LIMITS } from '../src/frontends/discord-render.js';

/** Asserts an embed fits Discord's limits: each part, the field count, and the total. */
export function expectEmbedWithinLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    total += field.name.length + field.value.length;
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
}

/** Asserts a message body as sent to Discord fits: its content and every embed. */
export function expectMessageWithinLimits(body: { content?: string; embeds?: APIEmbed[] }): void {
  expect(body.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  for (const embed of body.embeds ?? []) expectEmbedWithinLimits(embed);
}
