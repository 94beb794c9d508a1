import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerReply, emphasise } from '../commands/ask.js';
import { commands } from '../commands/index.js';
import type { Command, CommandInput } from '../src/command.js';
import { plainText } from '../src/reply.js';
import { worded } from '../src/wording.js';
import { MODERATORS_ONLY, runCommand } from '../src/dispatch.js';
import { markdown } from '../src/frontends/discord-render.js';
import { SHIPPED_ARTICLE, type Workspace, workspace } from './helpers.js';
import { RateLimiter, Usage } from '../src/usage.js';

let ws: Workspace;
beforeAll(async () => {
  ws = await workspace();
  await ws.library.ready();
});
afterAll(() => ws.cleanup());

const member = (options: CommandInput['options'] = {}, isModerator = false): CommandInput => ({
  options,
  user: { id: '123456789012345678', name: 'member' },
  server: null,
  isModerator,
  canManageServer: isModerator,
});
const command = (name: string): Command => commands.get(name)!;

describe('/ask', () => {
  it('replies publicly with the answer and one field per citation, the answering sentence in bold', async () => {
    const reply = await runCommand(command('ask'), member({ question: 'When did construction on the park start?' }), ws.services);
    expect(reply).toMatchObject({ ephemeral: false, tone: 'answer', title: 'When did construction on the park start?' });
    expect(reply.body).toBe('Construction on the park started at the end of 2017.');
    expect(reply.fields?.[0]?.name).toBe('[1] ¶21');
    expect(markdown(reply.fields![0]!.value)).toBe(
      '**Construction on the park started at the end of 2017.** By 2020, the industrial output is expected to reach 100 billion yuan ($14.13 billion).',
    );
  });

  it('answers privately when asked to', async () => {
    const reply = await runCommand(command('ask'), member({ question: 'What is the digital Silk Road?', private: true }), ws.services);
    expect(reply.ephemeral).toBe(true);
  });

  it('asks for a real question when given only blanks or punctuation', async () => {
    for (const question of ['', '   ', '???']) {
      const reply = await runCommand(command('ask'), member({ question }), ws.services);
      expect(reply).toMatchObject({ ephemeral: true, tone: 'warning' });
      expect(plainText(reply.body)).toContain('How many internet users did China have?');
    }
  });

  it('escapes markdown in the question so it cannot change the layout', () => {
    const reply = answerReply(worded({ question: '**bold** _it_ `code`', answered: false, finding: { kind: 'refused', refusal: { why: 'not covered' }, about: [], suggestion: null }, citations: [] }), false);
    expect(markdown(reply.title!)).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\`');
  });

  it('keeps the excerpt verbatim around the bold sentence', () => {
    const excerpt = 'First *one*. Second one. Third.';
    expect(markdown(emphasise({ n: 1, passage: 1, excerpt, score: 1, highlight: [13, 24], speaker: null, section: null, article: null }))).toBe(
      'First \\*one\\*. **Second one.** Third.',
    );
  });
});

describe('/quote', () => {
  it('lists the quotations of a year, filtered by part of a speaker’s name', async () => {
    const reply = await runCommand(command('quote'), member({ year: 2016, speaker: 'xi' }), ws.services);
    expect(reply.title).toBe('Quotations from 2016 by “xi”');
    expect(reply.fields).toHaveLength(1);
    expect(reply.fields?.[0]?.name).toBe('¶31 · November 16, 2016');
  });

  it('says which years and speakers exist when nothing matches', async () => {
    const reply = await runCommand(command('quote'), member({ year: 2016, speaker: 'Cisco' }), ws.services);
    expect(reply).toMatchObject({ ephemeral: true, tone: 'info' });
    expect(plainText(reply.body)).toContain('The article has dated quotations from 2014, 2015, 2016, 2017, 2018 and 2019.');
    expect(plainText(reply.body)).toContain('Speakers quoted: Xi Jinping, Yu Wenwen, Luigi Gambardella, Denis Depoux, Guy Diedrich and Anton Shingarev.');
  });

  it('offers the years that exist as autocomplete choices', async () => {
    const choices = await command('quote').autocomplete!({ name: 'year', value: '201' }, member(), ws.services);
    expect(choices).toEqual([2014, 2015, 2016, 2017, 2018, 2019].map((year) => ({ name: String(year), value: year })));
  });

  it('offers no choices while the library loads, at once, and starts loading it', async () => {
    const loading = await workspace();
    try {
      const choices = await command('quote').autocomplete!({ name: 'year', value: '' }, member(), loading.services);
      expect(choices).toEqual([]);
      await expect.poll(() => loading.library.isReady, { timeout: 30_000 }).toBe(true);
    } finally {
      await loading.cleanup();
    }
  });

  it('offers as speakers only those quoted in the chosen year', async () => {
    const autocomplete = command('quote').autocomplete!;
    expect(await autocomplete({ name: 'speaker', value: '' }, member({ year: 2015 }), ws.services)).toEqual([
      { name: 'Xi Jinping', value: 'Xi Jinping' },
    ]);
    const all = await autocomplete({ name: 'speaker', value: 'ING' }, member(), ws.services);
    expect(all.map((choice) => choice.name)).toEqual(['Xi Jinping', 'Anton Shingarev']);
  });
});

describe('/reindex', () => {
  it('refuses a member who is not a moderator and rebuilds nothing', async () => {
    const before = await ws.store.version('default');
    const reply = await runCommand(command('reindex'), member({}, false), ws.services);
    expect(reply).toEqual({ ephemeral: true, tone: 'warning', body: MODERATORS_ONLY });
    expect(await ws.store.version('default')).toBe(before);
  });

  it('rebuilds for a moderator', async () => {
    const reply = await runCommand(command('reindex'), member({}, true), ws.services);
    expect(reply.title).toBe('Index rebuilt');
    expect(markdown(reply.body)).toContain(`Passages: **${SHIPPED_ARTICLE.passages}** (was ${SHIPPED_ARTICLE.passages})`);
    expect(markdown(reply.body)).toContain(`Embedded: **0** new texts, reused ${SHIPPED_ARTICLE.texts} unchanged`);
    // What the bot understood of the article, so a wrong cleaning is seen at once.
    const body = plainText(reply.body);
    expect(body).toContain('article.txt (read as text): 40 passages\n');
    expect(body).toContain('Title: China to step up cyberspace cooperation\n');
    expect(body).toContain('Byline: Cao Desheng\n');
    expect(body).toMatch(/^Sections \(\d+\): “President Xi's messages hail development”, /m);
    expect(body).toContain('Photo credits: “WU HEPING / FOR CHINA DAILY”');
    expect(body).toMatch(/^Dropped as page debris: 2 lines: “Online”, “See more by scanning the code\.”$/m);
  });

  it('shows a moderator what it understood of an uploaded Markdown page, in its own server only', async () => {
    const page = [
      '# Harbour news',
      '',
      '*By Ann Lee*',
      '',
      '## Ships',
      '',
      'The harbour handled 1,200 containers last month, its director said.',
      '',
      '- Ferries ran every hour in summer.',
      '- The new crane arrived in May.',
      '',
      '```sh',
      'rm -rf /',
      '```',
      '',
      '## Money',
      '',
      'The port earned 3 million dollars, more than the year before.',
    ].join('\n');
    const file = { name: 'harbour.md', size: page.length, contentType: 'text/markdown; charset=utf-8', download: async () => Buffer.from(page) };
    const moderator = { ...member({ article: file }, true), server: '923456789012345678' };
    const reply = await runCommand(command('reindex'), moderator, ws.services);
    expect(reply.title).toBe('New article indexed');
    const body = plainText(reply.body);
    expect(body).toContain('harbour.md (read as Markdown): 4 passages\n');
    expect(body).toContain('Title: Harbour news\nByline: Ann Lee\nSections (2): “Ships”, “Money”\n');
    expect(body).toContain('Dropped as page debris: 1 line: “code block (1 line)”');
    const asked = await runCommand(command('ask'), { ...member({ question: 'When did the new crane arrive?' }), server: '923456789012345678' }, ws.services);
    expect(asked.body).toBe('The new crane arrived in May.');
  });
});

describe('rate limits', () => {
  it('refuse a member past the limit, privately, saying when to try again, and count members apart', async () => {
    const services = { ...ws.services, limiter: new RateLimiter(2, 30) };
    const asks = [];
    for (let i = 0; i < 3; i += 1) asks.push(await runCommand(command('quote'), member({ year: 2015 }), services));
    expect(asks.slice(0, 2).every((reply) => reply.tone === 'answer')).toBe(true);
    expect(asks[2]).toMatchObject({ ephemeral: true, tone: 'warning' });
    expect(asks[2]!.body).toMatch(/^You are sending commands faster than I can answer them well\. Please try again in (30|29) seconds\.$/);
    const other = { ...member({ year: 2015 }), user: { id: '223456789012345678', name: 'other' } };
    expect((await runCommand(command('quote'), other, services)).tone).toBe('answer');
    expect((await runCommand(command('help'), member(), services)).tone).toBe('info');
  });
});

describe('/status', () => {
  it('tells a moderator the index, the last reindex and who ran it, uptime and questions served', async () => {
    const services = { ...ws.services, usage: new Usage() };
    await runCommand(command('ask'), member({ question: 'What is the digital Silk Road?' }), services);
    await runCommand(command('reindex'), member({}, true), services);
    const reply = await runCommand(command('status'), member({}, true), services);
    expect(reply).toMatchObject({ ephemeral: true, title: 'Bot status' });
    const body = markdown(reply.body);
    expect(body).toMatch(/^Index: `v\d+`, checksum `[0-9a-f]{16}`$/m);
    expect(body).toContain(`Passages: **${SHIPPED_ARTICLE.passages}** from “China to step up cyberspace cooperation”; quotations: **${SHIPPED_ARTICLE.quotations}**`);
    expect(body).toMatch(/^Last reindex: \d{4}-\d\d-\d\d \d\d:\d\d UTC by <@123456789012345678>$/m);
    expect(body).toMatch(/^Uptime: \d+ s$/m);
    expect(body).toContain('Questions served: **1** (2 commands)');
  });

  it('shows a reindex that failed after the last one that succeeded, and why', async () => {
    await expect(ws.library.reindex({ upload: { name: 'debris.txt', text: 'CHINA DAILY\n\nWU HEPING / FOR CHINA DAILY\n' } })).rejects.toBeDefined();
    const body = markdown((await runCommand(command('status'), member({}, true), ws.services)).body);
    expect(body).toMatch(/^A reindex started \d{4}-\d\d-\d\d \d\d:\d\d UTC failed: The article debris\.txt has no paragraphs of text after cleaning\.$/m);
  });

  it('is refused to members who are not moderators', async () => {
    expect((await runCommand(command('status'), member(), ws.services)).body).toBe(MODERATORS_ONLY);
  });
});

describe('a command that fails', () => {
  it('answers with a short, ephemeral message that reveals nothing of the error', async () => {
    const broken: Command = {
      name: 'broken',
      description: 'x',
      options: {},
      execute: async () => {
        throw new Error('ENOENT /secret/path token=abc');
      },
    };
    const reply = await runCommand(broken, member(), ws.services);
    expect(reply).toEqual({ ephemeral: true, tone: 'error', body: 'Sorry, something went wrong while answering. Please try again in a moment.' });
  });
});
