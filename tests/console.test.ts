import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { parseLine, runConsole } from '../src/frontends/console.js';
import { SHIPPED_ARTICLE, type Workspace, workspace } from './helpers.js';

let ws: Workspace;
beforeAll(async () => {
  ws = await workspace();
});
afterAll(() => ws.cleanup());

/** Types the lines into the console and returns everything it printed. */
async function session(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const done = runConsole({ input, output, services: ws.services, commands });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return printed;
}

describe('console mode', () => {
  it('answers /ask with the answer and numbered, verbatim excerpts with paragraph numbers', async () => {
    const printed = await session(['/ask How many internet users did China have?']);
    expect(printed).toContain('Ready: 40 passages from “China to step up cyberspace cooperation”.');
    expect(printed).toMatch(/China had 854 million internet users by the end of June/);
    expect(printed).toMatch(/\[1\] ¶14\n {4}China had 854 million internet users/);
  });

  it('gives /quote year:2015 the keynote speech of December 16, 2015', async () => {
    const printed = await session(['/quote year:2015']);
    expect(printed).toContain('Quotations from 2015');
    expect(printed).toContain('¶32 · December 16, 2015');
    expect(printed).toContain('— Xi Jinping, keynote speech at the second World Internet Conference');
    expect(printed).toContain('“To improve the global internet governance system');
  });

  it('says which years exist when a year has no quotation', async () => {
    expect(await session(['/quote year:1999'])).toContain('No quotation from 1999. The article has dated quotations from 2014, 2015, 2016, 2017, 2018 and 2019.');
  });

  it('takes a plain line as a question and explains mistakes without stopping', async () => {
    const printed = await session(['/quote year:soon', '/nope', 'What does Cisco want to be for China?', '/help', '/quit', '/ask never reached']);
    expect(printed).toContain('year must be a whole number from 1900 to 2100.');
    expect(printed).toContain('There is no /nope command. Type /help to see the commands.');
    expect(printed).toMatch(/Cisco wants to be the trusted partner for China/);
    expect(printed).toContain('/quote [year:] [speaker:]');
    expect(printed).not.toContain('never reached');
  });

  it('rebuilds the index on /reindex and reports it', async () => {
    const printed = await session(['/reindex']);
    expect(printed).toMatch(
      new RegExp(
        `Index rebuilt\\n\\nPassages: ${SHIPPED_ARTICLE.passages} \\(was ${SHIPPED_ARTICLE.passages}\\)\\nQuotations: ${SHIPPED_ARTICLE.quotations}\\nEmbedded: 0 new texts, reused ${SHIPPED_ARTICLE.texts} unchanged\\nTime taken: \\d+\\.\\d s\\nIndex checksum: [0-9a-f]{16}`,
      ),
    );
  });
});

describe('console line parsing', () => {
  it('reads name:value options the way Discord fills them', async () => {
    const parsed = await parseLine('/quote year:2016 speaker:Xi Jinping', commands);
    expect(parsed).toMatchObject({ kind: 'command', options: { year: 2016, speaker: 'Xi Jinping' } });
    expect(await parseLine('/ask question: What is the digital Silk Road? private:yes', commands)).toMatchObject({
      kind: 'command',
      options: { question: 'What is the digital Silk Road?', private: true },
    });
  });

  it('reads a yes/no or a number as one word, and the words after it as the question', async () => {
    expect(await parseLine('/ask private:true how many users', commands)).toMatchObject({ kind: 'command', options: { question: 'how many users', private: true } });
    expect(await parseLine('/quote year:2015 xi', commands)).toMatchObject({ kind: 'command', options: { year: 2015, speaker: 'xi' } });
    // A bare year is the year, not a speaker called "2017"; an option the command lacks is named back with those it has.
    expect(await parseLine('/quote 2017', commands)).toMatchObject({ kind: 'command', options: { year: 2017 } });
    expect(await parseLine('/quote yr:2017', commands)).toEqual({ kind: 'error', message: '/quote has no option “yr:”. Its options: year:, speaker:.' });
    expect(await parseLine('/ask private:maybe how many users', commands)).toMatchObject({ kind: 'error' });
    // A command of free text names back an option misspelt, rather than asking it as part of the question; "quick q:" is still a question.
    expect(await parseLine('/ask qustion:who wrote it', commands)).toEqual({ kind: 'error', message: '/ask has no option “qustion:”. Did you mean question:? Its options: question:, private:.' });
    expect(await parseLine('/ask quick q: who wrote it', commands)).toMatchObject({ kind: 'command', options: { question: 'quick q: who wrote it' } });
  });

  it('names a missing required option with an example', async () => {
    expect(await parseLine('/ask', commands)).toMatchObject({ kind: 'error', message: '/ask needs question, for example /ask question: How many internet users did China have?' });
  });
});
