import { readFile } from 'node:fs/promises';
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from '../commands/index.js';
import { createDiscordClient } from '../src/frontends/discord.js';
import { discordCommandJson } from '../src/frontends/discord-commands.js';
import path from 'node:path';
import { type Command, defineCommand } from '../src/command.js';
import { createLogger } from '../src/logger.js';
import { FakeDiscord, GUILD_ID, MODERATOR_ROLE_ID, PERMISSIONS } from './fake-discord.js';
import { prepareArticle } from '../src/core/article.js';
import { expectMessageWithinLimits } from './discord-limits.js';
import { newspaperPdf } from './fixtures/newspaper-pdf.js';
import { ARTICLE, openLibraries, realEmbedder, SHIPPED_ARTICLE, type Workspace, workspace } from './helpers.js';
import { AnswerQueue } from '../src/answer-queue.js';

const TOKEN = 'fake-discord-token.for-tests';
let fake: FakeDiscord;
let ws: Workspace;
let client: Client;

const ask = (question: string, extra: Array<{ name: string; type: number; value: unknown }> = []) =>
  fake.interact({ name: 'ask', options: [{ name: 'question', type: 3, value: question }, ...extra] });
/** The version of the fake server's library in the store: null while it answers from the shipped article. */
const currentIndex = () => ws.store.version(GUILD_ID);


beforeAll(async () => {
  fake = await new FakeDiscord().start();
  // The index is not loaded before login: the first question finds it still loading.
  ws = await workspace();
  client = createDiscordClient({
    config: { discordToken: TOKEN, discordApiUrl: fake.apiUrl, moderatorRoleIds: [MODERATOR_ROLE_ID] },
    services: ws.services,
    commands,
    // A quick answer is always direct, however loaded the machine; deferring a slow one has its own test.
    deferAfterMs: 60_000,
  });
  const ready = new Promise((resolve) => client.once('clientReady', resolve));
  await client.login(TOKEN);
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await fake?.stop();
  await ws?.cleanup();
});

describe('the bot on a loopback Discord', () => {
  it('logs in with the Guilds and Guild Messages intents, no privileged one', () => {
    expect(fake.identifies).toHaveLength(1);
    // Guilds (1) and guild messages (512, not privileged: it brings the messages that mention the bot).
    expect(fake.identifies[0].intents).toBe(1 | 512);
    expect(fake.identifies[0].token).toBe(TOKEN);
  });

  it('defers /ask while the index is still loading, then edits in the answer', async () => {
    const reply = await fake.finalMessage(ask('How many internet users did China have?'));
    expect(reply.deferred).toBe(true);
    expect(reply.ephemeral).toBe(false);
    const [embed] = reply.body.embeds;
    expect(embed.title).toBe('How many internet users did China have?');
    expect(embed.description).toContain('854 million internet users');
    expect(embed.fields[0].name).toBe('[1] ¶14');
    expect(embed.fields[0].value).toContain('**China had 854 million internet users');
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers /ask at once, publicly, when the index is loaded', async () => {
    expect(ws.library.isReady).toBe(true);
    const reply = await fake.finalMessage(ask('When did the Cyber Security Law take effect?'));
    expect(reply).toMatchObject({ deferred: false, ephemeral: false });
    expect(reply.body.embeds[0].fields[0].name).toBe('[1] ¶17');
  });

  it('answers privately with private:true', async () => {
    const reply = await fake.finalMessage(ask('What is the digital Silk Road?', [{ name: 'private', type: 5, value: true }]));
    expect(reply.ephemeral).toBe(true);
    expect(reply.body.embeds[0].fields[0].name).toMatch(/^\[1\] ¶24\b/);
  });

  it('answers /quote with the quotation of a year that exists', async () => {
    const reply = await fake.finalMessage(fake.interact({ name: 'quote', options: [{ name: 'year', type: 4, value: 2015 }] }));
    expect(reply.ephemeral).toBe(false);
    const [embed] = reply.body.embeds;
    expect(embed.title).toBe('Quotations from 2015');
    expect(embed.fields[0].name).toBe('¶32 · December 16, 2015');
    expect(embed.fields[0].value).toContain('keynote speech at the second World Internet Conference');
  });

  it('tells, privately, which years exist when /quote has no match', async () => {
    const reply = await fake.finalMessage(fake.interact({ name: 'quote', options: [{ name: 'year', type: 4, value: 2001 }] }));
    expect(reply.ephemeral).toBe(true);
    expect(reply.body.embeds[0].description).toContain('The article has dated quotations from 2014, 2015, 2016, 2017, 2018 and 2019.');
  });

  it('autocompletes the years that have quotations', async () => {
    const interaction = fake.interact({ name: 'quote', type: 4, options: [{ name: 'year', type: 4, value: '201', focused: true }] });
    const callback = await fake.waitFor(() => fake.responsesTo(interaction).find((request) => request.path.endsWith('/callback')));
    expect(callback.body).toEqual({ type: 8, data: { choices: [2014, 2015, 2016, 2017, 2018, 2019].map((year) => ({ name: String(year), value: year })) } });
  });

  it('pings nobody when a question carries @everyone and a role mention', async () => {
    const reply = await fake.finalMessage(ask(`@everyone <@&${MODERATOR_ROLE_ID}> **when** did the Cyber Security Law take effect?`));
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
    expect(reply.body.content ?? '').not.toMatch(/@everyone|<@&/);
    expect(reply.body.embeds[0].title).not.toContain('@everyone');
    expect(reply.body.embeds[0].title).toContain('\\*\\*when\\*\\*');
  });
});

describe('an answer still being worked on', () => {
  let slowFake: FakeDiscord;
  let slowClient: Client;

  beforeAll(async () => {
    // A client of its own, so the main one keeps answering quick questions directly.
    slowFake = await new FakeDiscord().start();
    slowClient = createDiscordClient({
      config: { discordToken: TOKEN, discordApiUrl: slowFake.apiUrl, moderatorRoleIds: [] },
      services: ws.services,
      commands,
      deferAfterMs: 1,
    });
    const ready = new Promise((resolve) => slowClient.once('clientReady', resolve));
    await slowClient.login(TOKEN);
    await ready;
  });

  afterAll(async () => {
    await slowClient?.destroy();
    await slowFake?.stop();
  });

  it('is deferred publicly after deferAfterMs, then the answer is edited in', async () => {
    await ws.library.ready();
    // Nothing defers the question up front: only the timer can.
    expect(ws.library.isReady).toBe(true);
    // The answer is held until Discord has the deferral: slow because of an event, not a sleep.
    let deferralSeen!: () => void;
    const seen = new Promise<void>((resolve) => (deferralSeen = resolve));
    const answer = ws.services.answers.ask.bind(ws.services.answers);
    const held = vi.spyOn(ws.services.answers, 'ask').mockImplementation(async (...args) => {
      await seen;
      return answer(...args);
    });
    try {
      const interaction = slowFake.interact({ name: 'ask', options: [{ name: 'question', type: 3, value: 'When did the Cyber Security Law take effect?' }] });
      const callback = await slowFake.waitFor(() => slowFake.responsesTo(interaction).find((request) => request.path.endsWith('/callback')));
      expect(callback.body.type).toBe(5);
      deferralSeen();
      const reply = await slowFake.finalMessage(interaction);
      expect(reply).toMatchObject({ deferred: true, ephemeral: false });
      expect(reply.body.embeds[0].fields[0].name).toBe('[1] ¶17');
      expect(held).toHaveBeenCalledTimes(1);
    } finally {
      held.mockRestore();
    }
  });
});

describe('/reindex on Discord', () => {
  it('refuses a member without Manage Server or a moderator role, privately, and rebuilds nothing', async () => {
    const before = await currentIndex();
    const reply = await fake.finalMessage(fake.interact({ name: 'reindex', permissions: PERMISSIONS.member }));
    expect(reply).toMatchObject({ deferred: false, ephemeral: true });
    expect(reply.body.embeds[0].description).toMatch(/^Only moderators/);
    expect(await currentIndex()).toBe(before);
  });

  it('rebuilds for a member with Manage Server and reports the passages, time and checksum', async () => {
    const before = await currentIndex();
    const reply = await fake.finalMessage(fake.interact({ name: 'reindex', permissions: PERMISSIONS.manageGuild }));
    expect(reply.deferred).toBe(true);
    expect(reply.body.embeds[0].title).toBe('Index rebuilt');
    expect(reply.body.embeds[0].description).toMatch(
      new RegExp(
        `Passages: \\*\\*${SHIPPED_ARTICLE.passages}\\*\\* \\(was ${SHIPPED_ARTICLE.passages}\\)\\nQuotations: \\*\\*${SHIPPED_ARTICLE.quotations}\\*\\*\\nEmbedded: \\*\\*0\\*\\* new texts, reused ${SHIPPED_ARTICLE.texts} unchanged\\nTime taken: \\*\\*\\d+\\.\\d s\\*\\*\\nIndex checksum: \`[0-9a-f]{16}\``,
      ),
    );
    expect(await currentIndex()).not.toBe(before);
  });

  it('refuses a bad attachment and keeps the current article', async () => {
    const before = await currentIndex();
    const cases: Array<[string, Buffer, RegExp]> = [
      ['article.pdf', Buffer.from('%PDF-1.4'), /is not a PDF that can be read/],
      ['LICENSE', Buffer.from('Permission is hereby granted, free of charge.\n'), /is not an article file the bot reads: give it a \.txt, \.md, \.html or \.pdf file/],
      ['binary.txt', Buffer.from([0x41, 0x00, 0x42, 0x43]), /looks like a binary file/],
      ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]), /is not valid UTF-8 text/],
      ['empty.md', Buffer.alloc(0), /is empty/],
      ['huge.txt', Buffer.alloc(1024 * 1024 + 1, 0x61), /the limit is 1024 KB/],
    ];
    for (const [filename, content, message] of cases) {
      const url = fake.attachment(filename, content);
      const reply = await fake.finalMessage(
        fake.interact({
          name: 'reindex',
          permissions: PERMISSIONS.manageGuild,
          options: [{ name: 'article', type: 11, value: '1' }],
          attachments: { '1': { filename, size: content.length, url } },
        }),
      );
      expect(reply.ephemeral, filename).toBe(true);
      expect(reply.body.embeds[0].description, filename).toMatch(message);
      expect(reply.body.embeds[0].description).toContain('Nothing was changed');
    }
    // What the name says is not enough: a type Discord reports as not text, a file on another host,
    // and a file larger than it said (the download stops at the cap) are refused too.
    const text = Buffer.from('A short article.\n\nIt has a paragraph.\n');
    const others: Array<[string, { filename: string; size: number; url: string; content_type?: string }, RegExp]> = [
      ['typed as a PDF', { filename: 'typed.txt', size: text.length, url: fake.attachment('typed.txt', text), content_type: 'application/pdf' }, /is not an article file the bot reads/],
      // Served, but from another host than Discord's (localhost, not the API's 127.0.0.1): never fetched.
      ['elsewhere', { filename: 'elsewhere.txt', size: text.length, url: fake.attachment('elsewhere.txt', text).replace('127.0.0.1', 'localhost') }, /could not be downloaded/],
      ['understated', { filename: 'understated.txt', size: 10, url: fake.attachment('understated.txt', Buffer.alloc(8 * 1024 * 1024, 0x61)) }, /the limit is 1024 KB/],
    ];
    for (const [what, attachment, message] of others) {
      const reply = await fake.finalMessage(
        fake.interact({ name: 'reindex', permissions: PERMISSIONS.manageGuild, options: [{ name: 'article', type: 11, value: '2' }], attachments: { '2': attachment } }),
      );
      expect(reply.body.embeds[0].description, what).toMatch(message);
    }
    // The file larger than it said was not read whole: the download stopped at the cap.
    const understated = others.find(([what]) => what === 'understated')![1].url.split('/attachments/')[1]!;
    expect(fake.downloads.get(understated)).toBe('cut');
    expect(await currentIndex()).toBe(before);
  });

  it('indexes a new article from a moderator role and answers from it, each answer within Discord limits', async () => {
    // Paragraphs of the shipped article run together into single sentences of 1,400 to 1,800
    // characters: excerpts longer than a Discord embed field can hold.
    const { passages } = prepareArticle(await readFile(ARTICLE, 'utf8'));
    const runOn = (from: number, to: number) => `${passages.slice(from, to).map((p) => p.text.replace(/\.$/, '')).join('; ').replace(/\. /g, '; ')}.`;
    const article = ['Cyberspace, in long sentences', '', 'By A REPORTER', '', runOn(2, 7), '', runOn(7, 12), '', runOn(21, 28), ''].join('\n');
    const url = fake.attachment('long.md', article);
    const reindexed = await fake.finalMessage(
      fake.interact({
        name: 'reindex',
        roles: [MODERATOR_ROLE_ID],
        options: [{ name: 'article', type: 11, value: '7' }],
        attachments: { '7': { filename: 'long.md', size: Buffer.byteLength(article), url } },
      }),
    );
    expect(reindexed.body.embeds[0].title).toBe('New article indexed');
    expect(reindexed.body.embeds[0].description).toContain('Saved as: **long.md**');
    // Its long sentences are cut at their clauses into passages that fit (issue 13's bound): the count comes from the pipeline.
    expect(reindexed.body.embeds[0].description).toContain(`Passages: **${prepareArticle(article, undefined, 'markdown').passages.length}** (was ${SHIPPED_ARTICLE.passages})`);
    // The server's library holds the upload; the shipped article file is untouched.
    expect((await ws.store.library(GUILD_ID))?.articles).toEqual([{ name: 'long.md', text: article }]);
    expect(await readFile(ws.articlePath, 'utf8')).toBe(await readFile(ARTICLE, 'utf8'));

    const reply = await fake.finalMessage(ask('What did Xi say about cyberspace and the internet?'));
    expect(reply.body.embeds[0].fields.length).toBeGreaterThanOrEqual(2);
    expectMessageWithinLimits(reply.body);
    for (const field of reply.body.embeds[0].fields) expect(field.value.length).toBeLessThanOrEqual(1024);
  });
});

describe('acknowledging as Discord allows', () => {
  let strictFake: FakeDiscord;
  let strictClient: Client;
  const lines: string[] = [];
  let failNext!: () => void;
  let failing = new Promise<void>((resolve) => (failNext = resolve));

  beforeAll(async () => {
    strictFake = await new FakeDiscord().start();
    const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
    // A private command that fails once Discord has its deferral, and a public one that does the same.
    const broken = (name: string, isPrivate: boolean): Command =>
      defineCommand({
        name,
        description: 'fails',
        options: {},
        isPrivate: () => isPrivate,
        async execute() {
          await failing;
          throw new Error('the answer could not be made');
        },
      });
    // Autocomplete that never finishes, and one that offers too many choices with too long names.
    const completing = (name: string, choices: () => Promise<Array<{ name: string; value: string }>>): Command =>
      defineCommand({
        name,
        description: 'completes',
        options: { what: { type: 'string', description: 'what', autocomplete: true } },
        async execute() {
          return { ephemeral: true, tone: 'info', body: 'done' };
        },
        autocomplete: choices,
      });
    const never = completing('never', () => new Promise(() => undefined));
    const many = completing('many', async () => Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${'long name '.repeat(20)}`, value: `${i} ${'v'.repeat(150)}` })));
    strictClient = createDiscordClient({
      config: { discordToken: TOKEN, discordApiUrl: strictFake.apiUrl, moderatorRoleIds: [] },
      services: { ...ws.services, logger },
      commands: new Map([...commands, ['secret', broken('secret', true)], ['never', never], ['many', many]]),
      deferAfterMs: 1,
    });
    const ready = new Promise((resolve) => strictClient.once('clientReady', resolve));
    await strictClient.login(TOKEN);
    await ready;
  });

  afterAll(async () => {
    await strictClient?.destroy();
    await strictFake?.stop();
  });

  it('survives a deferral Discord refuses as too late (10062), logs it without the token, and answers the next question', async () => {
    const late = strictFake.interact({ name: 'secret' });
    strictFake.tooLate(late);
    const callback = await strictFake.waitFor(() => strictFake.responsesTo(late).find((request) => request.path.endsWith('/callback')));
    expect(callback.body.type).toBe(5);
    await strictFake.waitFor(() => lines.find((line) => line.includes('could not acknowledge the interaction')));
    failNext();
    const logged = lines.find((line) => line.includes('could not acknowledge the interaction'))!;
    expect(logged).toContain('10062');
    expect(lines.join('\n')).not.toContain(late.token);
    expect(logged).toContain('[redacted]');
    // Nothing is sent into an interaction that was never acknowledged.
    await strictFake.waitFor(() => lines.find((line) => line.includes('command failed') && line.includes('secret')));
    expect(strictFake.responsesTo(late).filter((request) => !request.path.endsWith('/callback'))).toEqual([]);
    // (In a server of its own: the fake's usual server got an article of its own above.)
    const next = await strictFake.finalMessage(strictFake.interact({ name: 'ask', guildId: '930000000000000099', options: [{ name: 'question', type: 3, value: 'How many internet users did China have?' }] }));
    expect(next.body.embeds[0].fields?.[0]?.name, JSON.stringify(next.body.embeds[0])).toBe('[1] ¶14');
  });

  it('defers a private command privately, so nothing flashes in the channel, and a failure after it stays private', async () => {
    failing = new Promise<void>((resolve) => (failNext = resolve));
    const interaction = strictFake.interact({ name: 'secret' });
    const callback = await strictFake.waitFor(() => strictFake.responsesTo(interaction).find((request) => request.path.endsWith('/callback')));
    expect(callback.body).toMatchObject({ type: 5, data: { flags: 64 } });
    failNext();
    const reply = await strictFake.finalMessage(interaction);
    expect(reply).toMatchObject({ deferred: true, ephemeral: true });
    expect(reply.body.embeds[0].description).toBe('Sorry, something went wrong while answering. Please try again in a moment.');
    // The failure edits the deferral: no follow-up (which Discord would show publicly), one acknowledgement only.
    expect(reply.requests.filter((request) => request.method === 'POST' && !request.path.endsWith('/callback'))).toEqual([]);
    expect(reply.requests.filter((request) => request.path.endsWith('/callback'))).toHaveLength(1);
  });

  it('drops an interaction that arrives more than 3 s old (replayed after a RESUME), with a log line, sending nothing', async () => {
    const old = strictFake.interact({ name: 'ask', ageMs: 5_000, options: [{ name: 'question', type: 3, value: 'How many internet users did China have?' }] });
    await strictFake.waitFor(() => lines.find((line) => line.includes('dropped an interaction too old to answer')));
    expect(strictFake.responsesTo(old)).toEqual([]);
  });

  it('waits out a 429 from Discord, logging the rate limit, and still answers', async () => {
    const interaction = strictFake.interact({ name: 'ask', guildId: '930000000000000099', options: [{ name: 'question', type: 3, value: 'How many internet users did China have?' }] });
    // (Set before the bot can have answered: its acknowledgement gets the 429.)
    strictFake.rateLimit(new RegExp(`^/interactions/${interaction.id}/`), 300);
    // The refused acknowledgement, then the same one again once the wait is over.
    const callbacks = await strictFake.waitFor(() => {
      const sent = strictFake.responsesTo(interaction).filter((request) => request.path.endsWith('/callback'));
      return sent.length === 2 ? sent : undefined;
    });
    expect(callbacks[1]!.body).toEqual(callbacks[0]!.body);
    await strictFake.waitFor(() => lines.find((line) => line.includes('rate limited by Discord')));
    const logged = lines.find((line) => line.includes('rate limited by Discord'))!;
    expect(JSON.parse(logged)).toMatchObject({ retryAfterMs: expect.any(Number), method: 'POST' });
    expect(logged).not.toMatch(/aW50ZXJhY3Rpb24/);
  });

  it('answers in the bot\'s DMs from the shipped article, and refuses moderator commands there', async () => {
    const inDm = await strictFake.finalMessage(strictFake.interact({ name: 'ask', dm: true, options: [{ name: 'question', type: 3, value: 'How many internet users did China have?' }] }));
    expect(inDm.body.embeds[0].fields[0].name).toBe('[1] ¶14');
    const reindex = await strictFake.finalMessage(strictFake.interact({ name: 'reindex', dm: true }));
    expect(reindex).toMatchObject({ ephemeral: true });
    expect(reindex.body.embeds[0].description).toMatch(/^Only moderators/);
  });

  it('reconnects when Discord asks (op 7), gets what it missed replayed on RESUME, and answers it', async () => {
    const resumes = strictFake.resumes.length;
    const closes = strictFake.closes.length;
    strictFake.reconnect();
    await strictFake.waitFor(() => strictFake.closes.length > closes);
    // Sent while the bot is away: Discord replays it after the RESUME.
    const missed = strictFake.interact({ name: 'ask', guildId: '930000000000000099', options: [{ name: 'question', type: 3, value: 'When did the Cyber Security Law take effect?' }] });
    const reply = await strictFake.finalMessage(missed);
    expect(strictFake.resumes.length).toBe(resumes + 1);
    expect(reply.body.embeds[0].fields[0].name).toBe('[1] ¶17');
  });

  it('identifies again when its session is invalidated (op 9), and answers', async () => {
    const identifies = strictFake.identifies.length;
    strictFake.invalidateSession();
    await strictFake.waitFor(() => strictFake.identifies.length > identifies);
    await strictFake.waitFor(() => lines.find((line) => line.includes('gateway session started again')));
    const reply = await strictFake.finalMessage(strictFake.interact({ name: 'ask', guildId: '930000000000000099', options: [{ name: 'question', type: 3, value: 'How many internet users did China have?' }] }));
    expect(reply.body.embeds[0].fields[0].name).toBe('[1] ¶14');
  });

  it('answers autocomplete within Discord\'s budget whatever the command does: none when it takes too long, at most 25 cut to 100 characters', async () => {
    const slow = strictFake.interact({ name: 'never', type: 4, options: [{ name: 'what', type: 3, value: 'x', focused: true }] });
    const empty = await strictFake.waitFor(() => strictFake.responsesTo(slow).find((request) => request.path.endsWith('/callback')), 10_000);
    expect(empty.body).toEqual({ type: 8, data: { choices: [] } });
    const crowded = strictFake.interact({ name: 'many', type: 4, options: [{ name: 'what', type: 3, value: 'x', focused: true }] });
    const choices = (await strictFake.waitFor(() => strictFake.responsesTo(crowded).find((request) => request.path.endsWith('/callback')))).body.data.choices;
    expect(choices).toHaveLength(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('answers /status privately from the first acknowledgement', async () => {
    const reply = await strictFake.finalMessage(strictFake.interact({ name: 'status', permissions: PERMISSIONS.manageGuild }));
    expect(reply.ephemeral).toBe(true);
    const callback = reply.requests.find((request) => request.path.endsWith('/callback'))!;
    expect(callback.body.data.flags & 64).toBe(64);
  });
});

describe('buttons under answers, and /report', () => {
  const server = '930000000000000077';
  const press = (f: FakeDiscord, customId: string, userId: string) =>
    f.finalMessage(f.interact({ name: '', type: 3, customId, userId, guildId: server, permissions: PERMISSIONS.member }));
  const buttonsOf = (reply: { body: any }): Array<{ custom_id: string; label: string }> => reply.body.components?.[0]?.components ?? [];

  it('lets members vote on an answer (one vote each, changeable) and see the cited paragraphs whole, after a restart too; moderators see it in /report', async () => {
    const restartFake = await new FakeDiscord().start();
    const start = async () => {
      const libraries = await openLibraries(ws.articlePath, ws.indexDir);
      const services = { ...ws.services, libraries, answers: new AnswerQueue() };
      const bot = createDiscordClient({ config: { discordToken: TOKEN, discordApiUrl: restartFake.apiUrl, moderatorRoleIds: [] }, services, commands, deferAfterMs: 60_000 });
      const ready = new Promise((resolve) => bot.once('clientReady', resolve));
      await bot.login(TOKEN);
      await ready;
      return { bot, libraries };
    };
    let running = await start();
    try {
      const answered = await restartFake.finalMessage(restartFake.interact({ name: 'ask', guildId: server, options: [{ name: 'question', type: 3, value: 'How many internet users did China have?' }] }));
      const buttons = buttonsOf(answered);
      expect(buttons.map((button) => button.label)).toEqual(['👍 Helpful', '👎 Wrong', 'Show paragraphs']);
      const refused = await restartFake.finalMessage(restartFake.interact({ name: 'ask', guildId: server, options: [{ name: 'question', type: 3, value: 'How many internet users does Brazil have?' }] }));
      expect(buttonsOf(refused).map((button) => button.label)).toEqual(['👍 Helpful', '👎 Wrong']);

      // A question asked privately is nobody else's: no votes on it, and it stays out of /report.
      const privately = await restartFake.finalMessage(restartFake.interact({ name: 'ask', guildId: server, options: [{ name: 'question', type: 3, value: 'How many internet users does Peru have?' }, { name: 'private', type: 5, value: true }] }));
      expect(privately.ephemeral).toBe(true);
      expect(buttonsOf(privately)).toEqual([]);
      const up = await press(restartFake, buttons[0]!.custom_id, '970000000000000001');
      expect(up).toMatchObject({ ephemeral: true });
      expect(up.body.embeds[0].description).toContain('👍 1 · 👎 0');
      // The bot restarts: nothing of the answer or its votes was only in memory.
      await running.bot.destroy();
      await running.libraries.close();
      running = await start();
      const down = await press(restartFake, buttons[1]!.custom_id, '970000000000000002');
      expect(down.body.embeds[0].description).toContain('👍 1 · 👎 1');
      // A member changes their vote: still one vote each.
      const changed = await press(restartFake, buttons[1]!.custom_id, '970000000000000001');
      expect(changed.body.embeds[0].description).toContain('👍 0 · 👎 2');
      const paragraphs = await press(restartFake, buttons[2]!.custom_id, '970000000000000003');
      expect(paragraphs).toMatchObject({ ephemeral: true });
      expect(paragraphs.body.embeds[0].description).toContain('China had 854 million internet users by the end of June');
      expect(paragraphs.body.embeds[0].description).toMatch(/^\*\*¶14\*\*/);

      const report = await restartFake.finalMessage(restartFake.interact({ name: 'report', guildId: server, permissions: PERMISSIONS.manageGuild }));
      expect(report).toMatchObject({ ephemeral: true });
      const text = report.body.embeds[0].description as string;
      expect(text).toMatch(/1\\\. “How many internet users does Brazil have\?”: 1 time, last \d{4}-\d\d-\d\d/);
      expect(text).toMatch(/1\\\. “How many internet users did China have\?”: 👎 2 · 👍 0/);
      expect(text).not.toContain('Peru');
      // Another server's report knows nothing of it.
      const elsewhere = await restartFake.finalMessage(restartFake.interact({ name: 'report', guildId: '930000000000000078', permissions: PERMISSIONS.manageGuild }));
      expect(elsewhere.body.embeds[0].description).toContain('Nothing yet.');
    } finally {
      await running.bot.destroy();
      await running.libraries.close();
      await restartFake.stop();
    }
  });
});

describe('a long /reindex on Discord', () => {
  it('shows its progress, says before the token runs out that the work goes on, and finishes whole without a reply it can no longer send', async () => {
    const longFake = await new FakeDiscord().start();
    // An embedder held at its first batch until the test lets it go: slow because of an event.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated = async () => {
      const real = await realEmbedder();
      return { ...real, embed: async (texts: string[]) => (await gate, real.embed(texts)) };
    };
    const libraries = await openLibraries(ws.articlePath, ws.indexDir, { createEmbedder: gated });
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const bot = createDiscordClient({
      config: { discordToken: TOKEN, discordApiUrl: longFake.apiUrl, moderatorRoleIds: [] },
      services: { ...ws.services, libraries, logger },
      commands,
      tokenLifetimeMs: 1_500,
    });
    const ready = new Promise((resolve) => bot.once('clientReady', resolve));
    await bot.login(TOKEN);
    await ready;
    try {
      const server = '930000000000000055';
      const article = 'Harbour news\n\nBy A WRITER\n\nThe harbour moved 1,234 containers in May.\n\nIts new crane lifts 60 tonnes.\n';
      const url = longFake.attachment('harbour.txt', article);
      const interaction = longFake.interact({
        name: 'reindex',
        guildId: server,
        permissions: PERMISSIONS.manageGuild,
        options: [{ name: 'article', type: 11, value: '3' }],
        attachments: { '3': { filename: 'harbour.txt', size: article.length, url } },
      });
      // Progress: the first count, edited into the private acknowledgement.
      const progress = await longFake.waitFor(() => longFake.responsesTo(interaction).find((request) => request.method === 'PATCH' && request.body?.embeds?.[0]?.title === 'Reindexing…'));
      expect(progress.body.embeds[0].description).toMatch(/^Embedded \*\*\d+ of \d+\*\* texts/);
      // Before the token runs out: the work goes on, and where its result will be.
      const notice = await longFake.waitFor(() => longFake.responsesTo(interaction).find((request) => request.method === 'PATCH' && request.body?.embeds?.[0]?.title === 'Still working'));
      expect(notice.body.embeds[0].description).toContain('/status will show its result');
      longFake.expire(interaction);
      release();
      await longFake.waitFor(() => lines.find((line) => line.includes('finished after the interaction token ran out')));
      // Nothing was sent after the token ran out, and the reindex is whole.
      expect(longFake.responsesTo(interaction).filter((request) => request.at > notice.at)).toEqual([]);
      expect((await libraries.store.library(server))?.articles.map((a) => a.name)).toEqual(['harbour.txt']);
    } finally {
      release();
      await bot.destroy();
      await libraries.close();
      await longFake.stop();
    }
  });
});

describe('mentions', () => {
  const server = '930000000000000066';

  it('answers a message that mentions the bot in a reply, pinging nobody, with the answer\'s buttons; ignores bots and messages without the mention; can be turned off', async () => {
    const asked = fake.say('how many internet users did china have?', { guildId: server });
    const reply = await fake.waitFor(() => fake.repliesTo(asked)[0]);
    expect(reply.body.embeds[0].fields[0].name).toBe('[1] ¶14');
    expect(reply.body.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
    expect(reply.body.components[0].components.map((button: { label: string }) => button.label)).toContain('👍 Helpful');
    // A bot's message, or one without the mention, is not a question to this bot.
    const fromBot = fake.say('how many internet users did china have?', { guildId: server, bot: true });
    // A member answering the bot's reply ("thanks"), which pings it, is not asking it anything.
    const thanks = fake.say('thanks!', { guildId: server, mention: false, replyToBot: true });
    const unmentioned = fake.say('how many internet users did china have?', { guildId: server, mention: false });
    // Turned off by the server's moderators: no reply.
    await fake.finalMessage(fake.interact({ name: 'settings', guildId: server, permissions: PERMISSIONS.manageGuild, options: [{ name: 'mentions', type: 5, value: false }] }));
    const off = fake.say('how many internet users did china have?', { guildId: server });
    // Once the bot has answered a later question elsewhere, the ones above had their chance.
    const elsewhere = fake.say('how many internet users did china have?', { guildId: '930000000000000067' });
    await fake.waitFor(() => fake.repliesTo(elsewhere)[0]);
    expect([fromBot, thanks, unmentioned, off].flatMap((id) => fake.repliesTo(id))).toEqual([]);
  });
});

describe('as Discord shows, delivers and renders it', () => {
  let shownFake: FakeDiscord;
  let shownClient: Client;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let loadingLibraries: Awaited<ReturnType<typeof openLibraries>>;

  beforeAll(async () => {
    shownFake = await new FakeDiscord().start();
    shownFake.register([...commands.values()].map(discordCommandJson));
    // A bot whose libraries cannot finish loading until the test lets them: autocomplete must not wait for it.
    const gated = async () => {
      await gate;
      return realEmbedder();
    };
    loadingLibraries = await openLibraries(ws.articlePath, path.join(ws.dir, 'loading-index'), { createEmbedder: gated });
    shownClient = createDiscordClient({
      config: { discordToken: TOKEN, discordApiUrl: shownFake.apiUrl, moderatorRoleIds: [] },
      services: { ...ws.services, libraries: loadingLibraries },
      commands,
      deferAfterMs: 60_000,
    });
    const ready = new Promise((resolve) => shownClient.once('clientReady', resolve));
    await shownClient.login(TOKEN);
    await ready;
  });

  afterAll(async () => {
    release();
    await shownClient?.destroy();
    await loadingLibraries?.close();
    await shownFake?.stop();
  });

  it('offers no moderator command in DMs or to members without Manage Server, as the commands are registered', () => {
    expect(() => shownFake.interact({ name: 'reindex', dm: true })).toThrow(/would not deliver/);
    expect(() => shownFake.interact({ name: 'settings', permissions: PERMISSIONS.member })).toThrow(/would not show/);
    expect(() => shownFake.interact({ name: 'ask', dm: true, options: [{ name: 'question', type: 3, value: 'hi' }] })).not.toThrow();
  });

  it('answers autocomplete at once with no choices while the library is still loading', async () => {
    const typing = shownFake.interact({ name: 'quote', type: 4, options: [{ name: 'year', type: 4, value: '20', focused: true }] });
    const callback = await shownFake.waitFor(() => shownFake.responsesTo(typing).find((request) => request.path.endsWith('/callback')));
    expect(callback.body).toEqual({ type: 8, data: { choices: [] } });
    release();
  });
});

describe('a newspaper page uploaded as a PDF, through Discord', () => {
  it('is read in reading order, answered from, and the moderator is shown what was understood and dropped', async () => {
    const server = '930000000000000045';
    const text = await readFile(ARTICLE, 'utf8');
    const pdf = Buffer.from(await newspaperPdf(text));
    // Larger than a text file may be (1 MB), as a PDF of a page with photos often is: the PDF limit is its own.
    const padded = Buffer.concat([pdf, Buffer.from(`\n%${'x'.repeat(1024 * 1024)}\n`)]);
    const url = fake.attachment('page.pdf', padded);
    const uploaded = await fake.finalMessage(
      fake.interact({
        name: 'reindex',
        guildId: server,
        permissions: PERMISSIONS.manageGuild,
        options: [{ name: 'article', type: 11, value: '5' }],
        attachments: { '5': { filename: 'page.pdf', size: padded.length, url, content_type: 'application/pdf' } },
      }),
    );
    const description: string = uploaded.body.embeds[0].description;
    expect(uploaded.body.embeds[0].title).toBe('New article indexed');
    expect(description).toContain(`Passages: **${prepareArticle(text).passages.length}**`);
    expect(description).toContain('**page.pdf** (read as PDF)');
    expect(description).toContain('Title: **China to step up cyberspace cooperation**');
    expect(description).toContain('Byline: **Cao Desheng**');
    expect(description).toContain('Photo credits: “WU HEPING / FOR CHINA DAILY”');
    // The header's bars are escaped, as every character Discord would read as markup.
    expect(description).toContain('Dropped as page debris: 2 lines: “See more by scanning the code.”, “Online”');
    expect(description).toMatch(/Taken out when the PDF was read \(headers, footers, page numbers, captions\): \d+ lines: “CHINA DAILY \\\| Tuesday, October 22, 2019 \\\| WORLD”, “Page 1”/);
    expectMessageWithinLimits(uploaded.body);
    const asked = await fake.finalMessage(fake.interact({ name: 'ask', guildId: server, options: [{ name: 'question', type: 3, value: 'How many internet users did China have?' }] }));
    expect(asked.body.embeds[0].fields[0].name).toBe('[1] ¶14');
    expect(asked.body.embeds[0].fields[0].value).toContain('China had 854 million internet users by the end of June');
  });
});

describe('an uploaded article with links and a 60 KB sentence, through Discord', () => {
  it('shows excerpts with masked links broken, and a 60 KB sentence within Discord limits', async () => {
    const server = '930000000000000044';
    const long = `The committee listed ${Array.from({ length: 6_000 }, (_, i) => `item ${i}`).join(', ')} in one breath.`;
    const article = ['Links and lists', '', 'By A WRITER', '', 'See [the official site](https://phishing.example/login) for the 2030 summit schedule.', '', long, ''].join('\n');
    expect(long.length).toBeGreaterThan(60_000);
    // Plain text, so the link's markup reaches the excerpt as written (Markdown would keep only its words).
    const url = fake.attachment('links.txt', article);
    const uploaded = await fake.finalMessage(
      fake.interact({ name: 'reindex', guildId: server, permissions: PERMISSIONS.manageGuild, options: [{ name: 'article', type: 11, value: '4' }], attachments: { '4': { filename: 'links.txt', size: article.length, url } } }),
    );
    expect(uploaded.body.embeds[0].title).toBe('New article indexed');
    const linked = await fake.finalMessage(fake.interact({ name: 'ask', guildId: server, options: [{ name: 'question', type: 3, value: 'where is the summit schedule?' }] }));
    expectMessageWithinLimits(linked.body);
    const shown = JSON.stringify(linked.body.embeds[0]);
    expect(shown).toContain('the official site');
    expect(shown).not.toMatch(/\]\(https/);
    const listed = await fake.finalMessage(fake.interact({ name: 'ask', guildId: server, options: [{ name: 'question', type: 3, value: 'what did the committee list?' }] }));
    expectMessageWithinLimits(listed.body);
  });
});

describe('servers', () => {
  const A = '930000000000000001';
  const B = '930000000000000002';
  const askIn = (guildId: string, question: string) => fake.finalMessage(fake.interact({ name: 'ask', guildId, options: [{ name: 'question', type: 3, value: question }] }));

  it('a moderator of one server changes nothing of what another server is answered, and cannot reindex it', async () => {
    const before = await askIn(B, 'How many internet users did China have?');
    expect(before.body.embeds[0].fields[0].name).toBe('[1] ¶14');
    const robots = 'Robots learn to cook\n\nBy JANE ROE\n\nA robot in Shanghai cooks 300 bowls of noodles a day.\n';
    const url = fake.attachment('robots.txt', robots);
    const moderatorOfA = '960000000000000001';
    const uploaded = await fake.finalMessage(
      fake.interact({
        name: 'reindex',
        guildId: A,
        userId: moderatorOfA,
        permissions: PERMISSIONS.manageGuild,
        options: [{ name: 'article', type: 11, value: '9' }],
        attachments: { '9': { filename: 'robots.txt', size: robots.length, url } },
      }),
    );
    expect(uploaded.body.embeds[0].title).toBe('New article indexed');
    // Server A answers from its upload…
    const inA = await askIn(A, 'How many bowls of noodles does the robot cook?');
    expect(inA.body.embeds[0].fields[0].value).toContain('300 bowls');
    // …server B exactly as before, and its /status still shows the shipped article.
    const after = await askIn(B, 'How many internet users did China have?');
    expect(after.body.embeds[0]).toEqual(before.body.embeds[0]);
    const status = await fake.finalMessage(fake.interact({ name: 'status', guildId: B, permissions: PERMISSIONS.manageGuild }));
    expect(status.body.embeds[0].description).toContain('China to step up cyberspace cooperation');
    expect(await ws.store.version(B)).toBeNull();
    // The moderator of A is a plain member in B: the reindex there is refused and nothing changes.
    const refused = await fake.finalMessage(fake.interact({ name: 'reindex', guildId: B, userId: moderatorOfA, permissions: PERMISSIONS.member }));
    expect(refused).toMatchObject({ ephemeral: true });
    expect(refused.body.embeds[0].description).toMatch(/^Only moderators/);
    expect(await ws.store.version(B)).toBeNull();
  });

  it('gives each server its own moderator roles, set with /settings', async () => {
    const role = '940000000000000001';
    const set = await fake.finalMessage(
      fake.interact({ name: 'settings', guildId: A, permissions: PERMISSIONS.manageGuild, options: [{ name: 'moderator-role', type: 8, value: role }] }),
    );
    expect(set).toMatchObject({ ephemeral: true });
    expect(set.body.embeds[0].description).toContain(`<@&${role}>`);
    expect(await ws.store.moderatorRoles(A)).toEqual([role]);
    // A member with that role moderates A, but who moderates is for Manage Server to decide; and @everyone is never a moderator role.
    const byRole = await fake.finalMessage(fake.interact({ name: 'settings', guildId: A, roles: [role], permissions: PERMISSIONS.member, options: [{ name: 'moderator-role', type: 8, value: '940000000000000002' }] }));
    expect(byRole.body.embeds[0].description).toMatch(/^Only members with the Manage Server permission/);
    const everyone = await fake.finalMessage(fake.interact({ name: 'settings', guildId: A, permissions: PERMISSIONS.manageGuild, options: [{ name: 'moderator-role', type: 8, value: A }] }));
    expect(everyone.body.embeds[0].description).toMatch(/^The @\u200beveryone role cannot be a moderator role/);
    expect(await ws.store.moderatorRoles(A)).toEqual([role]);
    // A member with that role may reindex A…
    const inA = await fake.finalMessage(fake.interact({ name: 'reindex', guildId: A, roles: [role], permissions: PERMISSIONS.member }));
    expect(inA.body.embeds[0].title).toBe('Index rebuilt');
    // Removing the last role leaves the server with none: the default roles (MODERATOR_ROLE_IDS) do not come back.
    await fake.finalMessage(fake.interact({ name: 'settings', guildId: A, permissions: PERMISSIONS.manageGuild, options: [{ name: 'moderator-role', type: 8, value: role }, { name: 'remove', type: 5, value: true }] }));
    expect(await ws.store.moderatorRoles(A)).toEqual([]);
    const byDefaultRole = await fake.finalMessage(fake.interact({ name: 'reindex', guildId: A, roles: [MODERATOR_ROLE_ID], permissions: PERMISSIONS.member }));
    expect(byDefaultRole.body.embeds[0].description).toMatch(/^Only moderators/);
    // …but a role of the same id means nothing in B, whose moderator roles are the default ones.
    const inB = await fake.finalMessage(fake.interact({ name: 'reindex', guildId: B, roles: [role], permissions: PERMISSIONS.member }));
    expect(inB.body.embeds[0].description).toMatch(/^Only moderators/);
  });
});

describe('the gateway connection', () => {
  it('comes back after Discord closes the socket, and answers again', async () => {
    const sessions = fake.identifies.length + fake.resumes.length;
    fake.dropConnection(4000);
    await fake.waitFor(() => fake.identifies.length + fake.resumes.length > sessions);
    const reply = await fake.finalMessage(ask('What did Xi say about cybersecurity?'));
    // (The server's article is the long one uploaded above.)
    expect(reply.body.embeds[0].fields[0].name).toMatch(/^\[1\] ¶\d+ · Xi Jinping$/);
  });
});
