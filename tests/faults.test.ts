import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_FULL } from '../src/wording.js';
import { askLibrary, openLibraries, type Workspace, workspace } from './helpers.js';

/**
 * The faults the store replaced the index folder to survive, reproduced with the real command
 * line: a disk that fills up during a reindex, and two reindexes started at once. After each,
 * the bot answers, the store is whole and agrees with itself, and nothing needs deleting.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const REINDEX: string[] = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.reindex!.split(' ');

let ws: Workspace;
beforeAll(async () => {
  ws = await workspace();
  await ws.library.ready();
});
afterAll(() => ws.cleanup());

/** `npm run reindex -- --article FILE` without npm, under a file size limit in bytes (none when null). */
function reindex(file: string, maxFileBytes: number | null): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const command = [...REINDEX.slice(1), '--article', file].map((part) => `'${part}'`).join(' ');
  // bash's ulimit -f counts 1024-byte blocks.
  const limit = maxFileBytes === null ? '' : `ulimit -f ${Math.max(1, Math.floor(maxFileBytes / 1024))}; `;
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', `${limit}exec ${process.execPath} ${command}`], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ARTICLE_PATH: ws.articlePath, INDEX_DIR: ws.indexDir, LOG_LEVEL: 'silent' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/** A long article of new sentences, so a reindex embeds and writes a lot. */
async function bigArticle(name: string, paragraphs: number): Promise<string> {
  const file = path.join(ws.dir, name);
  const text = [`Harbour ${name} report`, '', 'By A WRITER', '', ...Array.from({ length: paragraphs }, (_, i) => `Dock ${i} of ${name} moved ${1000 + i} containers in ${2000 + (i % 20)} and hired ${i + 3} crane drivers.\n`)].join('\n');
  await writeFile(file, text);
  return file;
}

/** The store opens whole and agrees with itself: the version's articles are there, and the bot answers from them. */
async function expectWholeAndAnswering(): Promise<{ version: number | null; names: string[] }> {
  const libraries = await openLibraries(ws.articlePath, ws.indexDir);
  try {
    expect(libraries.store.setAside).toBeNull();
    const stored = await libraries.store.library('default');
    const names = stored?.articles.map((article) => article.name) ?? [];
    const answer = await askLibrary(libraries.default, names.includes('article.txt') || names.length === 0 ? 'How many internet users did China have?' : 'How many containers did dock 3 move?');
    expect(answer.answered).toBe(true);
    if (names.includes('article.txt')) expect(answer.citations[0]?.passage).toBe(14);
    else expect(answer.answer).toMatch(/containers/);
    return { version: stored?.version ?? null, names };
  } finally {
    await libraries.close();
  }
}

describe('a disk that fills up during a reindex', () => {
  it('leaves the store whole at every size it stops at, and the next reindex needs nothing deleted', { timeout: 240_000 }, async () => {
    const file = await bigArticle('big.txt', 400);
    const start = (await stat(path.join(ws.indexDir, 'store.sqlite'))).size;
    const outcomes: string[] = [];
    for (const extra of [4_096, 65_536, 262_144, 1_048_576]) {
      const run = await reindex(file, start + extra);
      outcomes.push(`+${extra}: ${run.signal ?? `exit ${run.code}`}${run.code ? ` (${run.stderr.trim()})` : ''}`);
      // Cut short, or refused with one clear line: never a stack trace.
      if (run.code !== 0) expect(run.stderr.trim(), outcomes.join(', ')).toBe(STORE_FULL);
      await expectWholeAndAnswering();
    }
    // The limit did cut reindexes short: the fault was reproduced, not avoided.
    expect(outcomes.filter((outcome) => !outcome.includes('exit 0')).length, outcomes.join(', ')).toBeGreaterThanOrEqual(2);
    // With room again, the reindex succeeds and the bot answers from the new article.
    expect((await reindex(file, null)).code).toBe(0);
    expect((await expectWholeAndAnswering()).names).toEqual(['big.txt']);
  });
});

describe('two reindexes at once in two processes', () => {
  it('are never both told they succeeded over each other: each success is one version, a refusal says who holds the lock', { timeout: 120_000 }, async () => {
    const before = (await ws.store.version('default')) ?? 0;
    const [first, second] = await Promise.all([bigArticle('one.txt', 60), bigArticle('two.txt', 60)]);
    const runs = await Promise.all([reindex(first, null), reindex(second, null)]);
    const succeeded = runs.filter((run) => run.code === 0).length;
    expect(succeeded).toBeGreaterThanOrEqual(1);
    for (const run of runs.filter((r) => r.code !== 0)) expect(run.stderr).toMatch(/^A reindex is already running \(started from the command line at \d\d:\d\d UTC\)/);
    const { version, names } = await expectWholeAndAnswering();
    expect(version).toBe(before + succeeded);
    // Each upload that succeeded joined the library (which holds the big article of the test above); a refused one left nothing.
    expect(names.filter((name) => name === 'one.txt' || name === 'two.txt')).toHaveLength(succeeded);
    expect(names).toContain('big.txt');
  });
});
