import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Workspace, workspace } from './helpers.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
let ws: Workspace;

beforeAll(async () => {
  ws = await workspace();
  await ws.library.ready();
});
afterAll(() => ws.cleanup());

/** Runs `npm run --silent <script> -- <args>` as a script would, with stdin text. */
async function npm(script: string, args: string[], stdin = ''): Promise<{ stdout: string; stderr: string; code: number }> {
  const env = { ...process.env, ARTICLE_PATH: ws.articlePath, INDEX_DIR: ws.indexDir, LOG_LEVEL: 'warn' };
  const child = run('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env, timeout: 60_000 });
  child.child.stdin?.end(stdin);
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('npm run ask -- --json', () => {
  it('prints exactly one JSON object with the documented keys', async () => {
    const { stdout, code } = await npm('ask', ['--json', 'How many internet users did China have?']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    // The contract's keys, in order; `confidence` was added after them.
    expect(Object.keys(answer)).toEqual(['question', 'answered', 'answer', 'citations', 'confidence']);
    expect(answer).toMatchObject({ question: 'How many internet users did China have?', answered: true, confidence: 'high' });
    expect(Object.keys(answer.citations[0])).toEqual(['n', 'passage', 'excerpt', 'score']);
    expect(answer.citations[0]).toMatchObject({ n: 1, passage: 14 });
    expect(answer.citations[0].excerpt).toContain('854 million');
    expect(typeof answer.citations[0].score).toBe('number');
  });

  it('reads one question per line from stdin and prints JSON Lines', async () => {
    const { stdout, code } = await npm('ask', ['--json'], 'When did the Cyber Security Law take effect?\n\nWhat is the capital of France?\nWhat is the digital Silk Road?\nwhen did the online safety push start\nis the wic held in beijing?\nis the wic in beijing and who are denis depoux and guy diedrich\nhow many internet users does brazil have and how many does china have\n');
    expect(code).toBe(0);
    const answers = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(answers.map((a) => [a.question, a.answered, a.citations[0]?.passage ?? null, a.confidence])).toEqual([
      ['When did the Cyber Security Law take effect?', true, 17, 'high'],
      ['What is the capital of France?', false, null, null],
      ['What is the digital Silk Road?', true, 24, 'high'],
      // Worded nothing like the article: the nearest it comes, and said to be only that.
      ['when did the online safety push start', true, 25, 'low'],
      ['is the wic held in beijing?', true, 2, 'high'],
      ['is the wic in beijing and who are denis depoux and guy diedrich', true, 2, 'high'],
      ['how many internet users does brazil have and how many does china have', true, 14, 'high'],
    ]);
    // A yes/no question that checks a place: the verdict is a field of its own, and only there.
    expect(answers.map((a) => a.verdict)).toEqual([undefined, undefined, undefined, undefined, 'no', undefined, undefined]);
    // Several questions in one message: each part with its own answer, numbered as the whole answer's citations.
    expect(answers.map((a) => a.parts?.length ?? 0)).toEqual([0, 0, 0, 0, 0, 3, 2]);
    expect(answers[5].parts[0]).toMatchObject({ question: 'is the wic in beijing', confidence: 'high', verdict: 'no' });
    expect(answers[5].parts[1]).toMatchObject({ question: 'who is denis depoux', answer: expect.stringMatching(/Denis Depoux .*\[2\]/) });
    expect(answers[5].parts[2].answer).toMatch(/Guy Diedrich .*\[3\]/);
    expect(answers[5].parts.map((part: { answered: boolean }) => part.answered)).toEqual([true, true, true]);
    // A question of several the article does not answer says why, with no confidence; the others are answered.
    expect(answers[6].parts[0]).toMatchObject({ answered: false, confidence: null, answer: 'The article does not mention Brazil.' });
    expect(answers[6].parts[1]).toMatchObject({ answered: true, confidence: 'high', answer: expect.stringContaining('854 million') });
  });
});

describe('npm run quote -- --json', () => {
  it('prints the year and its quotations with speaker, occasion, date and passage', async () => {
    const { stdout, code } = await npm('quote', ['--year', '2015', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    // The contract's keys stay as they were; `kind` is added, and reported speech of that year follows the direct words.
    expect(result).toEqual({
      year: 2015,
      quotes: [
        {
          text: expect.stringMatching(/^To improve the global internet governance system/),
          speaker: 'Xi Jinping',
          occasion: 'keynote speech at the second World Internet Conference',
          date: '2015-12-16',
          passage: 32,
          kind: 'message',
        },
        // ¶3 names the keynote; ¶4 to ¶7 go on reporting it.
        ...[3, 4, 5, 6, 7].map((passage) => expect.objectContaining({ speaker: 'Xi Jinping', date: '2015-12', passage, kind: 'reported' })),
      ],
    });
  });

  it('finds a speaker\'s words without a year, undated statements included', async () => {
    const { stdout, code } = await npm('quote', ['--speaker', 'kaspersky', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ year: null, speaker: 'kaspersky', quotes: [{ speaker: 'Anton Shingarev', date: null, passage: 40, kind: 'statement' }] });
  });

  it('refuses a blank question with a usage line and exit code 2, not silence', async () => {
    const { stdout, stderr, code } = await npm('ask', ['--json', '  ']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('The question is empty');
  });

  it('refuses a bad year with a usage line and exit code 2, not a stack trace', async () => {
    const { stdout, stderr, code } = await npm('quote', ['--year', 'soon', '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--year must be a whole number from 1900 to 2100.');
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});

describe('a missing article', () => {
  it('stops npm start with one line naming it and a non-zero exit', async () => {
    const env = { ...process.env, ARTICLE_PATH: path.join(ws.dir, 'gone.txt'), INDEX_DIR: ws.indexDir, DISCORD_TOKEN: '' };
    const failed = await run('npm', ['start', '--silent'], { cwd: ROOT, env }).catch((error) => error);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim()).toBe(`The article file gone.txt does not exist. (${path.join(ws.dir, 'gone.txt')})`);
  });

  it('is named in one line with a non-zero exit', async () => {
    const env = { ...process.env, ARTICLE_PATH: path.join(ws.dir, 'gone.txt'), INDEX_DIR: ws.indexDir };
    const failed = await run('npm', ['run', '--silent', 'ask', '--', '--json', 'hello?'], { cwd: ROOT, env }).catch((error) => error);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim()).toBe(`The article file gone.txt does not exist. (${path.join(ws.dir, 'gone.txt')})`);
  });
});

describe('npm run reindex -- --article', () => {
  it('refuses a file that is not an article (a licence without extension) and changes nothing', async () => {
    const licence = path.join(ws.dir, 'LICENSE');
    await writeFile(licence, 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software.\n');
    const before = await ws.store.version('default');
    const refused = await npm('reindex', ['--article', licence]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(`The article file LICENSE is not an article file the bot reads: give it a .txt, .md, .html or .pdf file. (${licence})`);
    expect(await ws.store.version('default')).toBe(before);
  });

  it('--dry-run shows what a Markdown article would give, and changes nothing', async () => {
    const page = path.join(ws.dir, 'harbour.md');
    await writeFile(page, '# Harbour news\n\nBy ANN LEE\n\n## Ships\n\nThe harbour handled 1,200 containers last month.\n\n- Ferries ran every hour.\n- A crane arrived in May.\n');
    const before = await ws.store.version('default');
    const { stdout, code } = await npm('reindex', ['--article', page, '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain('Dry run: nothing was changed');
    expect(stdout).toContain('Would be saved as: harbour.md');
    expect(stdout).toContain('harbour.md (read as Markdown): 3 passages');
    expect(stdout).toContain('Title: Harbour news\nByline: Ann Lee\nSections (1): “Ships”');
    expect(await ws.store.version('default')).toBe(before);
  });
});

describe('npm run eval -- --file', () => {
  it('judges the answers to any question file of the eval shape, by kind', async () => {
    const file = path.join(ws.dir, 'batch.json');
    await writeFile(
      file,
      JSON.stringify({
        split: 'batch',
        questions: [
          { kind: 'casual', question: 'when did the cyber security law take effect', answer: ['June 2017'] },
          { kind: 'casual', question: 'when did the cyber security law take effect', answer: ['May 2017'] },
          { kind: 'off-topic', question: 'what is the capital of france' },
        ],
      }),
    );
    const { stdout, code } = await npm('eval', ['--file', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^casual\s+1\/2/m);
    expect(stdout).toMatch(/^off-topic\s+1\/1/m);
    expect(stdout).toContain('batch: answer right 50.0% of answerable · refused (or denied) when it should 100.0%');
  });

  it('says plainly when the file is missing or is not a question file', async () => {
    const missing = await npm('eval', ['--file', path.join(ws.dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`There is no file ${path.join(ws.dir, 'nope.json')}.`);
    const file = path.join(ws.dir, 'unanswered.json');
    await writeFile(file, JSON.stringify({ split: 'x', questions: [{ kind: 'casual', question: 'who wrote it' }] }));
    const bad = await npm('eval', ['--file', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${file} is not a question file: "who wrote it": an answerable question needs answer or items`);
    // A relative path is read from where the command was typed, not from the package root npm runs scripts in.
    const { INIT_CWD: _typedIn, ...outside } = process.env;
    const typedHere = await run('npm', ['--prefix', ROOT, 'run', '--silent', 'eval', '--', '--file', 'unanswered.json'], { cwd: ws.dir, env: outside }).catch((error) => error);
    expect(typedHere.code).toBe(2);
    expect(typedHere.stderr).toContain('unanswered.json is not a question file');
    // The grounding bounds are swept on dev only.
    const sweep = await npm('eval', ['--sweep', '--file', file]);
    expect(sweep.code).toBe(2);
    expect(sweep.stderr).toContain('--sweep runs on the dev split only.');
  });
});
