import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Embedder } from '../src/core/embedder.js';
import { FORMAT_VERSION, loadIndex } from '../src/core/index-store.js';
import { BusyError, Library } from '../src/core/library.js';
import { fakeEmbedder } from './fake-embedder.js';
import { askLibrary, fakeModel, SHIPPED_ARTICLE, silentLogger, type Workspace, workspace as realWorkspace } from './helpers.js';

/** Storage is not about meaning: these tests run on the fake embedder. */
const workspace = () => realWorkspace({ createEmbedder: fakeModel });

let ws: Workspace;
afterEach(() => ws?.cleanup());

const currentVersion = async (indexDir: string): Promise<string> => (await readFile(path.join(indexDir, 'current'), 'utf8')).trim();

function reopen(options: { createEmbedder?: () => Promise<Embedder> } = {}): Library {
  return new Library({
    sourcePath: ws.articlePath,
    indexDir: ws.indexDir,
    createEmbedder: options.createEmbedder ?? fakeModel,
    logger: silentLogger,
  });
}

/** A deterministic stand-in model with another id: an index built by it must not be reused by the real one. */
const otherModel = async (): Promise<Embedder> => fakeEmbedder('another-model');

describe('the index on disk', () => {
  it('is built on first use with a manifest that describes it', async () => {
    ws = await workspace();
    await ws.library.ready();
    const version = await currentVersion(ws.indexDir);
    const manifest = JSON.parse(await readFile(path.join(ws.indexDir, version, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      formatVersion: FORMAT_VERSION,
      modelId: fakeEmbedder().modelId,
      dimensions: 384,
      passageCount: 40,
    });
    expect(manifest.sourceChecksum).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.indexChecksum).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(manifest.createdAt)).not.toBeNaN();
    expect(Object.keys(manifest.files).sort()).toEqual(['passages.hnsw', 'passages.json', 'quotations.json', 'sentences.f32']);
  });

  it('loads back what was saved and answers the same', async () => {
    ws = await workspace();
    const first = await ws.ask('When did the Cyber Security Law take effect?');
    const version = await currentVersion(ws.indexDir);
    const again = reopen();
    expect(await askLibrary(again, 'When did the Cyber Security Law take effect?')).toEqual(first);
    expect(await currentVersion(ws.indexDir)).toBe(version);
  });

  it('is rebuilt when the article changes', async () => {
    ws = await workspace();
    await ws.library.ready();
    const version = await currentVersion(ws.indexDir);
    await appendFile(ws.articlePath, '\n\nThe conference also discussed quantum computing and its risks.\n');
    const { index } = await reopen().ready();
    expect(await currentVersion(ws.indexDir)).not.toBe(version);
    expect(index.manifest.passageCount).toBe(SHIPPED_ARTICLE.passages + 1);
    expect(index.passages.at(-1)?.text).toBe('The conference also discussed quantum computing and its risks.');
  });

  it('is rebuilt when it was made with another model', async () => {
    ws = await workspace();
    await reopen({ createEmbedder: otherModel }).ready();
    const version = await currentVersion(ws.indexDir);
    const { index } = await ws.library.ready();
    expect(index.manifest.modelId).toBe(fakeEmbedder().modelId);
    expect(await currentVersion(ws.indexDir)).not.toBe(version);
  });

  it('is rebuilt when a file is damaged, and says why it could not be loaded', async () => {
    ws = await workspace();
    const { index } = await ws.library.ready();
    const version = await currentVersion(ws.indexDir);
    await writeFile(path.join(ws.indexDir, version, 'passages.hnsw'), 'truncated');
    const expectation = { sourceChecksum: index.manifest.sourceChecksum, modelId: index.manifest.modelId, dimensions: 384 };
    expect(await loadIndex(ws.indexDir, expectation)).toEqual({ ok: false, reason: 'the index file passages.hnsw is damaged (checksum mismatch)' });
    expect((await askLibrary(reopen(), 'How many internet users did China have?')).citations[0]?.passage).toBe(14);
    expect((await loadIndex(ws.indexDir, expectation)).ok).toBe(true);
  });

  it('detects a truncated passage table, an edited manifest and a garbled one, and rebuilds', async () => {
    ws = await workspace();
    const { index } = await ws.library.ready();
    const expectation = { sourceChecksum: index.manifest.sourceChecksum, modelId: index.manifest.modelId, dimensions: 384 };
    const damage: Array<[string, (dir: string) => Promise<void>, string]> = [
      ['truncated passages', async (dir) => writeFile(path.join(dir, 'passages.json'), (await readFile(path.join(dir, 'passages.json'), 'utf8')).slice(0, 500)), 'the index file passages.json is damaged (checksum mismatch)'],
      ['edited manifest', async (dir) => {
        const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
        await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, passageCount: 39 }));
      }, 'the index manifest is damaged (checksum mismatch)'],
      ['garbled manifest', async (dir) => writeFile(path.join(dir, 'manifest.json'), '{"formatVersion": 2, "files":'), 'the index manifest is missing or unreadable'],
      ['null manifest', async (dir) => writeFile(path.join(dir, 'manifest.json'), 'null'), 'the index manifest is missing or unreadable'],
    ];
    for (const [what, harm, reason] of damage) {
      const version = await currentVersion(ws.indexDir);
      await harm(path.join(ws.indexDir, version));
      expect(await loadIndex(ws.indexDir, expectation), what).toEqual({ ok: false, reason });
      expect((await askLibrary(reopen(), 'How many internet users did China have?')).citations[0]?.passage, what).toBe(14);
      expect((await loadIndex(ws.indexDir, expectation)).ok, what).toBe(true);
    }
  });

  it('keeps only the current version after a rebuild', async () => {
    ws = await workspace();
    await ws.library.ready();
    await ws.library.reindex();
    const entries = (await readdir(ws.indexDir)).filter((name) => name !== 'current');
    expect(entries).toEqual([await currentVersion(ws.indexDir)]);
  });
});

describe('reindexing', () => {
  it('reports passages before and after, time taken and the index checksum', async () => {
    ws = await workspace();
    await ws.library.ready();
    const report = await ws.library.reindex({ requestedBy: 'test' });
    expect(report).toMatchObject({ passagesBefore: SHIPPED_ARTICLE.passages, passagesAfter: SHIPPED_ARTICLE.passages, quotations: SHIPPED_ARTICLE.quotations, sourceReplaced: null, embedded: 0, reused: SHIPPED_ARTICLE.texts });
    expect(report.durationMs).toBeGreaterThan(0);
    expect(report.indexChecksum).toBe((await ws.library.ready()).index.manifest.indexChecksum);
  });

  it('answers from the old index while a rebuild runs, and from the new one after the swap', async () => {
    ws = await workspace();
    await ws.library.ready();
    const rebuild = ws.library.reindex({ upload: { name: 'robots.txt', text: 'Robots learn to cook\n\nBy JANE ROE\n\nA robot in Shanghai cooks 300 bowls of noodles a day.\n' } });
    expect(ws.library.isRebuilding).toBe(true);
    const during = await ws.ask('How many internet users did China have?');
    expect(during.citations[0]?.passage).toBe(14);
    await rebuild;
    const after = await ws.ask('How many bowls of noodles does the robot cook?');
    expect(after.citations[0]?.excerpt).toContain('300 bowls');
  });

  it('refuses a second reindex while one runs', async () => {
    ws = await workspace();
    await ws.library.ready();
    const running = ws.library.reindex();
    await expect(ws.library.reindex()).rejects.toBeInstanceOf(BusyError);
    await running;
  });

  it('replaces the article only after the new text is indexed, and answers from it', async () => {
    ws = await workspace();
    await ws.library.ready();
    const text = 'Robots learn to cook\n\nBy JANE ROE\n\nA startup in Shanghai has built a robot that cooks noodles.\n\nIt serves 300 bowls a day.\n';
    const report = await ws.library.reindex({ upload: { name: 'robots.txt', text } });
    expect(report).toMatchObject({ passagesBefore: 40, passagesAfter: 2, sourceReplaced: 'article.txt' });
    expect(await readFile(ws.articlePath, 'utf8')).toBe(text);
    expect((await ws.ask('How many bowls does the robot serve?')).citations[0]?.passage).toBe(2);
  });

  it('keeps the article and the index when the new text has nothing to index', async () => {
    ws = await workspace();
    await ws.library.ready();
    const before = await readFile(ws.articlePath, 'utf8');
    const version = await currentVersion(ws.indexDir);
    await expect(ws.library.reindex({ upload: { name: 'debris.txt', text: 'CHINA DAILY\n\nWU HEPING / FOR CHINA DAILY\n' } })).rejects.toMatchObject({ problem: { is: 'no paragraphs' } });
    expect(await readFile(ws.articlePath, 'utf8')).toBe(before);
    expect(await currentVersion(ws.indexDir)).toBe(version);
    expect((await ws.ask('How many internet users did China have?')).citations[0]?.passage).toBe(14);
  });
});

describe('an index rebuilt by another process', () => {
  it('is picked up by a running bot, which answers from the old one until the new one is loaded', async () => {
    ws = await workspace();
    // The reload happens in the background; the test waits for the bot's own log line saying it is done.
    let loaded!: () => void;
    const reloaded = new Promise<void>((resolve) => (loaded = resolve));
    const logger = pino({ level: 'info' }, { write: (line: string) => (JSON.parse(line).msg === 'loaded an index rebuilt elsewhere' ? loaded() : undefined) });
    const running = new Library({ sourcePath: ws.articlePath, indexDir: ws.indexDir, createEmbedder: fakeModel, logger, reloadCheckMs: 0 });
    expect((await askLibrary(running, 'How many internet users did China have?')).citations[0]?.passage).toBe(14);
    // Another process (a shard, or `npm run reindex`) indexes a new article.
    await reopen().reindex({ upload: { name: 'robots.txt', text: 'Robots learn to cook\n\nBy JANE ROE\n\nA robot in Shanghai cooks 300 bowls of noodles a day.\n' } });
    // This question notices the new index and is answered from the one in memory while it loads.
    const during = await askLibrary(running, 'How many internet users did China have?');
    expect(during.citations[0]?.passage).toBe(14);
    await reloaded;
    const answer = await askLibrary(running, 'How many bowls of noodles does the robot cook?');
    expect(answer.citations[0]?.excerpt).toContain('300 bowls');
    expect((await running.ready()).index.manifest.passageCount).toBe(1);
  });
});
