import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realEmbedder, silentLogger, type Workspace, workspace } from './helpers.js';
import { KnowledgeBase } from '../src/core/knowledge.js';
import { sourcesChecksum, readSources } from '../src/core/article.js';
import { loadIndex } from '../src/core/index-store.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const KILLS = 30;
let ws: Workspace;

beforeAll(async () => {
  ws = await workspace();
  await ws.knowledge.ready();
});
afterAll(() => ws.cleanup());

/** Starts `npm run reindex` and kills its whole process group with SIGKILL after `delayMs` (never, if null). */
function reindexKilledAfter(delayMs: number | null): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'reindex'], {
      cwd: ROOT,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, ARTICLE_PATH: ws.articlePath, INDEX_DIR: ws.indexDir, LOG_LEVEL: 'silent' },
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // It had already finished.
      }
    }, delayMs ?? 2 ** 31 - 1);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ?? `exit ${code}`);
    });
  });
}

describe('killing a reindex at any moment', () => {
  it(`never leaves the bot without a whole index (${KILLS} kills at moments spread over a rebuild)`, { timeout: 300_000 }, async () => {
    // How long a whole run takes on this machine now, so the kill moments spread over all of
    // it: process start, model load, reading, embedding, writing, the swap.
    const started = performance.now();
    expect(await reindexKilledAfter(null)).toBe('exit 0');
    const whole = performance.now() - started;
    const outcomes: string[] = [];
    for (let i = 0; i < KILLS; i += 1) outcomes.push(await reindexKilledAfter(Math.round(whole * (0.03 + (0.9 * i) / KILLS))));
    // Nearly every run was killed mid-way; on a faster moment the last ones may have finished.
    expect(outcomes.filter((outcome) => outcome === 'SIGKILL').length, outcomes.join(', ')).toBeGreaterThanOrEqual(20);

    const expectation = { sourceChecksum: sourcesChecksum(await readSources(ws.articlePath)), modelId: (await realEmbedder()).modelId, dimensions: 384 };
    const loaded = await loadIndex(ws.indexDir, expectation);
    expect(loaded, `${outcomes.join(', ')} | ${(await readdir(ws.indexDir)).join(', ')}`).toMatchObject({ ok: true });
    const fresh = new KnowledgeBase({ sourcePath: ws.articlePath, indexDir: ws.indexDir, createEmbedder: realEmbedder, logger: silentLogger });
    expect((await fresh.ask('How many internet users did China have?')).citations[0]?.passage).toBe(14);

    // The next successful rebuild clears what the killed ones left behind.
    await fresh.reindex();
    const left = (await readdir(ws.indexDir)).filter((name) => name !== 'current');
    expect(left, outcomes.join(', ')).toEqual([(await readFile(path.join(ws.indexDir, 'current'), 'utf8')).trim()]);
  });
});
