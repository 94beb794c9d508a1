import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { readAttachedArticle } from '../commands/reindex.js';
import { ruleFor } from '../src/core/formats.js';
import type { APIEmbed } from 'discord.js';
import type { CommandInput, Reply } from '../src/command.js';
import { plainText } from '../src/reply.js';
import { sourceProblemText } from '../src/wording.js';
import { SourceError } from '../src/core/article.js';
import { runCommand } from '../src/dispatch.js';
import { parseLine } from '../src/frontends/console.js';
import { toEmbed } from '../src/frontends/discord-render.js';
import { expectEmbedWithinLimits } from './discord-limits.js';
import { fakeModel, type Workspace, workspace } from './helpers.js';

let ws: Workspace;
// Robustness is not about meaning: the whole answering path runs, on the fake embedder.
beforeAll(async () => {
  ws = await workspace({ createEmbedder: fakeModel });
  await ws.library.ready();
});
afterAll(() => ws.cleanup());

/** What members paste: any Unicode, control and zero-width characters, right-to-left text, emoji, markdown, mentions, walls of text. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ minLength: 5_000, maxLength: 10_000 }),
  fc.constantFrom(
    '',
    '   ',
    '\t\n\r',
    '@everyone',
    '@here what is this?',
    '<@&930000000000000001> <@123456789012345678> <#920000000000000001>',
    '**bold** __underline__ `code` ```js\nblock``` > quote || spoiler || [link](http://example.com)',
    '\u200b\u200c\u200d\u2060\ufeff',
    '\u202eevil\u202c who is Xi?',
    'ما هو مؤتمر الإنترنت العالمي؟',
    '👍🏽🇨🇳🧑‍💻 how many users?',
    'x'.repeat(10_000),
    '\u0000\u0007\u001b[31mred\u001b[0m',
  ),
);

const member = (options: CommandInput['options']): CommandInput => ({ options, user: { id: '123456789012345678', name: 'member' }, server: null, isModerator: false, canManageServer: false });

function expectFitsDiscord(reply: Reply): void {
  expect(['answer', 'info', 'warning', 'error']).toContain(reply.tone);
  expect(plainText(reply.body).trim().length).toBeGreaterThan(0);
  const embed: APIEmbed = toEmbed(reply);
  expectEmbedWithinLimits(embed);
  // Shown-back user text can never even look like a ping.
  expect(embed.title ?? '').not.toMatch(/@(everyone|here)|<@(?!\u200b)/i);
}

/** Questions made of words as members join them: hyphens, apostrophes, slang and made-up words beside the article's. */
const wordy = fc
  .array(
    fc.oneof(
      fc.constantFrom('what', 'when', 'who', 'did', 'the', 'once', 'a', 'year', 'round', 'wic', 'xi', 'china', 'park', 'law', 'goes', 'on', 'during', 'drive', "o'clock", 'non', 'state', 'run', 'shown', 'gonna', 'ppl'),
      fc.stringMatching(/^[a-z]{1,9}$/),
    ),
    { minLength: 1, maxLength: 10 },
  )
  .chain((words) => fc.array(fc.constantFrom(' ', '-', "'", ' - ', '/'), { minLength: words.length, maxLength: words.length }).map((joins) => words.map((word, at) => (at === 0 ? word : joins[at]! + word)).join('')));

describe('hostile input, property-based', () => {
  it('/ask answers questions of joined, hyphenated and made-up words, never an error', { timeout: 120_000 }, async () => {
    // "once-a-year" once reached WordNet as a null root and stopped the answer.
    await fc.assert(
      fc.asyncProperty(fc.oneof(wordy, fc.constant('what goes on during the once-a-year security awareness drive')), async (question) => {
        const reply = await runCommand(commands.get('ask')!, member({ question }), ws.services);
        expectFitsDiscord(reply);
        expect(reply.tone).not.toBe('error');
      }),
      { numRuns: 150 },
    );
  });

  it('/ask answers anything with a short reply inside Discord limits, never a crash', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.boolean(), async (question, isPrivate) => {
        const reply = await runCommand(commands.get('ask')!, member({ question, private: isPrivate }), ws.services);
        expectFitsDiscord(reply);
        expect(reply.tone).not.toBe('error');
      }),
      { numRuns: 120 },
    );
  });

  it('/quote takes any year and speaker, in range or not', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer(), fc.double(), fc.constantFrom(2015, 0, -1, 1899, 2101, Number.MAX_SAFE_INTEGER)), fc.option(hostileText, { nil: undefined }), async (year, speaker) => {
        const reply = await runCommand(commands.get('quote')!, member({ year, ...(speaker === undefined ? {} : { speaker }) }), ws.services);
        expectFitsDiscord(reply);
        expect(reply.tone).not.toBe('error');
        if (!Number.isInteger(year) || year < 1900 || year > 2100) expect(reply.body).toBe('year must be a whole number from 1900 to 2100.');
      }),
      { numRuns: 150 },
    );
  });

  it('the console reads any line without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileText, hostileText.map((text) => `/${text}`), hostileText.map((text) => `/quote year:${text} speaker:${text}`)), async (line) => {
        const parsed = await parseLine(line, commands);
        expect(['empty', 'quit', 'error', 'command']).toContain(parsed.kind);
      }),
      { numRuns: 300 },
    );
  });

  // Each attachment is read in a worker thread of its own, as an upload is: fewer runs, each a real read.
  it('a reindex attachment is read as text or refused with a reason, whatever its bytes', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 2_000 }), fc.string({ unit: 'grapheme', maxLength: 500 }).map((text) => new TextEncoder().encode(text))),
        fc.constantFrom('a.txt', 'b.md', 'c.pdf', 'd.html', 'noext', 'x.TXT', '.hidden.txt'),
        async (bytes, name) => {
          const file = { name, size: bytes.length, contentType: null, download: async () => bytes };
          try {
            const { text } = await readAttachedArticle(file);
            expect(/^[^.].*\.(txt|md|html|pdf)$/i.test(name)).toBe(true);
            expect(text).not.toContain('\u0000');
          } catch (error) {
            expect(error).toBeInstanceOf(SourceError);
            expect(sourceProblemText(error as SourceError)).toMatch(new RegExp(`^The attached file ${name.replace('.', '\\.')} .+\\.$`));
          }
        },
      ),
      { numRuns: 40 },
    );
    const huge = { name: 'huge.txt', size: (ruleFor('huge.txt')?.maxBytes ?? 0) + 1, contentType: null, download: async () => new Uint8Array(0) };
    const refused = await readAttachedArticle(huge).catch((error: SourceError) => error);
    expect(sourceProblemText(refused as SourceError)).toBe('The attached file huge.txt is 1025 KB; the limit is 1024 KB.');
  });
});
