import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realEmbedder, silentLogger, type Workspace, workspace } from './helpers.js';
import { KnowledgeBase } from '../src/core/knowledge.js';
import { sourcesChecksum, readSources } from '../src/core/article.js';
import { loadIndex } from '../src/core/index-store.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const KILLS = 24;
let ws: Workspace;

beforeAll(async () => {
  ws = await workspace();
  await ws.knowledge.ready();
});
afterAll(() => ws.cleanup());

/** Starts `npm run reindex` and kills its whole process group with SIGKILL after `delayMs`. */
function reindexKilledAfter(delayMs: number): Promise<string> {
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
    }, delayMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ?? `exit ${code}`);
    });
  });
}

describe('killing a reindex at any moment', () => {
  it(`never leaves the bot without a whole index (${KILLS} kills at moments spread over a rebuild)`, { timeout: 240_000 }, async () => {
    const outcomes: string[] = [];
    // A rebuild here takes about two seconds from process start; kill points cover all of it.
    for (let i = 0; i < KILLS; i += 1) outcomes.push(await reindexKilledAfter(150 + i * 110));
    // Most runs were killed mid-way; a few late ones may have finished.
    expect(outcomes.filter((outcome) => outcome === 'SIGKILL').length, outcomes.join(', ')).toBeGreaterThanOrEqual(KILLS / 2);

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
