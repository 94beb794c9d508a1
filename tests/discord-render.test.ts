import { describe, expect, it } from 'vitest';
import { expectEmbedWithinLimits } from './discord-limits.js';
import { fit, LIMITS, markdown, toEmbed } from '../src/frontends/discord-render.js';
import { bold, code, user } from '../src/reply.js';

describe('fit', () => {
  it('leaves text within the limit alone', () => {
    expect(fit('short', 10)).toBe('short');
  });

  it('cuts with an ellipsis and closes a bold run it cut through', () => {
    expect(fit('**a long bold sentence**', 12)).toBe('**a long…**');
    expect(fit('**a long bold sentence**', 12).length).toBeLessThanOrEqual(12);
    expect(fit('plain words that go on', 10)).toBe('plain w…');
  });

  it('never leaves a dangling escape', () => {
    expect(fit('abcdef\\*ghij', 10)).toBe('abcdef…');
  });
});

describe('toEmbed', () => {
  it('keeps every part within Discord’s limits, dropping trailing fields before cutting the text', () => {
    const long = 'x'.repeat(5000);
    const embed = toEmbed({
      ephemeral: false,
      tone: 'answer',
      title: long,
      body: long,
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `${i} ${long}`, value: long })),
      footer: long,
    });
    expectEmbedWithinLimits(embed);
  });

  it('drops citations from the end, keeping the first ones in order, when together they are too long', () => {
    const fields = Array.from({ length: 6 }, (_, i) => ({ name: `[${i + 1}] ¶${i}`, value: 'y'.repeat(1500) }));
    const embed = toEmbed({ ephemeral: false, tone: 'answer', title: 'Question', body: 'Answer.', fields });
    expect(embed.fields?.map((field) => field.name)).toEqual(['[1] ¶0', '[2] ¶1', '[3] ¶2', '[4] ¶3', '[5] ¶4']);
    expect(embed.fields?.every((field) => field.value.length <= LIMITS.fieldValue && field.value.endsWith('…'))).toBe(true);
  });

  it('gives an empty body a placeholder, since Discord rejects empty embeds', () => {
    expect(toEmbed({ ephemeral: true, tone: 'info', body: '' }).description).toBe('\u200b');
  });
});

describe('markdown', () => {
  it('shows literal text verbatim: signs escaped, masked links and line-start markers broken, nobody pinged', () => {
    const text = 'see [docs](https://example.com) and a *star* - a dash\n# not a heading\n- not an item\n12. not a list\n@everyone <@123>';
    expect(markdown(text)).toBe(
      'see [docs]\\(https://example.com) and a \\*star\\* - a dash\n\\# not a heading\n\\- not an item\n12\\. not a list\n@\u200beveryone \\<@\u200b123>',
    );
  });

  it('escapes a line start only where a line starts, and renders marks', () => {
    expect(markdown(['Time taken: ', bold('0.1 s'), '\n1. ', code('/quote year:2015'), ' by ', user('123456789012345678')])).toBe(
      'Time taken: **0.1 s**\n1\\. `/quote year:2015` by <@123456789012345678>',
    );
  });
});

describe('a very long text', () => {
  it('is cut to its place before it is escaped: a 1 MB sentence of markdown signs becomes a field within the limit', () => {
    const huge = '*_[x](y) '.repeat(120_000);
    const embed = toEmbed({ ephemeral: false, tone: 'answer', title: huge, body: huge, fields: [{ name: huge, value: [bold(huge), huge] }] });
    expectEmbedWithinLimits(embed);
    expect(embed.fields?.[0]?.value.endsWith('…**')).toBe(true);
    expect(markdown(huge, 100).length).toBeLessThan(300);
  });
});
