import { appendFile, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Embedder } from '../src/core/embedder.js';
import { buildIndex, contentKey } from '../src/core/index-build.js';
import { saveIndex } from '../src/core/index-store.js';
import { checksumOf, prepareCorpus, readSources } from '../src/core/article.js';
import { BusyError } from '../src/core/library.js';
import { HnswVectorIndex } from '../src/core/vector-index.js';
import { fakeEmbedder } from './fake-embedder.js';
import { postgresKind } from './stores.js';
import { askLibrary, fakeModel, openLibraries, SHIPPED_ARTICLE, type Workspace, workspace as realWorkspace } from './helpers.js';

/** Storage is not about meaning: these tests run on the fake embedder. */
const workspace = (options: { cacheFrom?: number } = {}) => realWorkspace({ createEmbedder: fakeModel, ...options });
const reopen = (options: { createEmbedder?: () => Promise<Embedder>; cacheFrom?: number; reloadCheckMs?: number } = {}) =>
  openLibraries(ws.articlePath, ws.indexDir, { createEmbedder: fakeModel, ...options });

let ws: Workspace;
afterEach(() => ws?.cleanup());

const ROBOTS = 'Robots learn to cook\n\nBy JANE ROE\n\nA robot in Shanghai cooks 300 bowls of noodles a day.\n';

/** The fake model, noting every text it is asked to embed. */
function countingModel(embedded: string[]): () => Promise<Embedder> {
  return async () => {
    const model = await fakeModel();
    return { ...model, embed: (texts) => (embedded.push(...texts), model.embed(texts)) };
  };
}

describe('the default library', () => {
  it('imports the article into the store on first start, and loads it from there afterwards without embedding', async () => {
    ws = await workspace();
    await ws.library.ready();
    expect(await ws.store.version('default')).toBe(1);
    const first = await ws.store.lastReindex('default');
    expect(first).toMatchObject({ passages: SHIPPED_ARTICLE.passages, embedded: expect.any(Number), requestedBy: null });
    const { vectors } = await ws.store.size();
    const restarted = await reopen();
    const { index } = await restarted.default.ready();
    expect(index.passages).toHaveLength(SHIPPED_ARTICLE.passages);
    expect(await ws.store.version('default')).toBe(1);
    expect((await ws.store.size()).vectors).toBe(vectors);
    expect(await askLibrary(restarted.default, 'When did the Cyber Security Law take effect?')).toEqual(await ws.ask('When did the Cyber Security Law take effect?'));
  });

  it('imports the article file again when it changed, reusing the vectors of unchanged text', async () => {
    ws = await workspace();
    await ws.library.ready();
    await appendFile(ws.articlePath, '\n\nThe conference also discussed quantum computing and its risks.\n');
    const { index } = await (await reopen()).default.ready();
    expect(index.passages).toHaveLength(SHIPPED_ARTICLE.passages + 1);
    expect(await ws.store.version('default')).toBe(2);
    expect((await ws.store.lastReindex('default'))?.embedded).toBe(2);
  });

  it('keeps the vectors of each model apart: another model embeds afresh, and the first finds its own again', async () => {
    ws = await workspace();
    await ws.library.ready();
    // The warm-up stores the vectors of the article's phrases after the library is ready: counted once it has finished.
    await ws.library.warmed();
    const other = await reopen({ createEmbedder: async () => fakeEmbedder('another-model') });
    await other.default.ready();
    await other.default.warmed();
    expect((await ws.store.vectors(['x'], 'another-model')).size).toBe(0);
    const { vectors } = await ws.store.size();
    expect(vectors).toBeGreaterThan(SHIPPED_ARTICLE.texts);
    const again = (await reopen()).default;
    await again.ready();
    await again.warmed();
    expect((await ws.store.size()).vectors).toBe(vectors);
  });

  it('makes the table of the article\'s words before it answers, and reads it back from the store on the next load', async () => {
    ws = await workspace();
    const first = await ws.library.ready();
    const word = 'cyberspace';
    expect((await ws.store.vectors([contentKey(word)], first.embedder.modelId)).size).toBe(1);
    // The next load embeds none of the article's words again: only what its index build may need.
    const embedded: string[] = [];
    const counting = countingModel(embedded);
    await (await reopen({ createEmbedder: counting })).default.ready();
    expect(embedded).not.toContain(word);
  });

  it('keeps the phrase table its warm-up makes in the store too, so the next load embeds none of its phrases again', async () => {
    ws = await workspace();
    const first = await ws.library.ready();
    await ws.library.warmed();
    const phrase = 'trade disputes';
    expect((await ws.store.vectors([contentKey(phrase)], first.embedder.modelId)).size).toBe(1);
    const embedded: string[] = [];
    const counting = countingModel(embedded);
    const again = (await reopen({ createEmbedder: counting })).default;
    await again.ready();
    await again.warmed();
    expect(embedded).not.toContain(phrase);
  });

  it('answers from an uploaded article, which survives a restart, and the article file is left as it was', async () => {
    ws = await workspace();
    await ws.library.ready();
    const report = await ws.library.reindex({ upload: { name: 'robots.txt', text: ROBOTS }, requestedBy: 'test' });
    expect(report).toMatchObject({ passagesBefore: SHIPPED_ARTICLE.passages, passagesAfter: 1, sourceReplaced: 'robots.txt' });
    expect((await ws.ask('How many bowls of noodles does the robot cook?')).citations[0]?.passage).toBe(1);
    const restarted = (await reopen()).default;
    expect((await restarted.ready()).index.manifest.articles.map((article) => article.name)).toEqual(['robots.txt']);
    expect(await readSources(ws.articlePath)).toHaveLength(1);
  });

  it('keeps an upload named like a hidden file, under a visible name', async () => {
    ws = await workspace();
    const report = await ws.library.reindex({ upload: { name: '.hidden.md', text: ROBOTS } });
    expect(report.sourceReplaced).toBe('hidden.md');
    expect((await (await reopen()).default.ready()).index.manifest.articles.map((article) => article.name)).toEqual(['hidden.md']);
  });

  it('keeps an upload with a file name too long for any disk, and never writes into the article folder', async () => {
    ws = await workspace();
    const name = `${'very-long-name-'.repeat(30)}.txt`;
    const report = await ws.library.reindex({ upload: { name, text: ROBOTS } });
    // Cut to 100 characters, its extension kept.
    const kept = `${name.slice(0, 96)}.txt`;
    expect(report.sourceReplaced).toBe(kept);
    expect((await (await reopen()).default.ready()).index.manifest.articles.map((article) => article.name)).toEqual([kept]);
    expect(await readdir(ws.dir)).toEqual(expect.arrayContaining(['article.txt', 'embeddings']));
    expect((await readdir(ws.dir)).length).toBe(2);
  });

  it('changes nothing when a reindex fails: the version, the articles and the answers stay', async () => {
    ws = await workspace();
    await ws.library.ready();
    await expect(ws.library.reindex({ upload: { name: 'debris.txt', text: 'CHINA DAILY\n\nWU HEPING / FOR CHINA DAILY\n' } })).rejects.toMatchObject({ problem: { is: 'no paragraphs' } });
    expect(await ws.store.version('default')).toBe(1);
    expect((await ws.store.library('default'))?.articles.map((article) => article.name)).toEqual(['article.txt']);
    expect((await ws.ask('How many internet users did China have?')).citations[0]?.passage).toBe(14);
  });

  it('keeps no vector of a model that returns NaN, and commits nothing of that reindex', async () => {
    ws = await workspace();
    await ws.library.ready();
    const broken = await reopen({
      createEmbedder: async () => ({ modelId: fakeEmbedder().modelId, dimensions: 384, embed: async (texts: string[]) => texts.map(() => new Float32Array(384).fill(Number.NaN)) }),
    });
    await expect(broken.default.reindex({ upload: { name: 'robots.txt', text: ROBOTS } })).rejects.toMatchObject({ name: 'ModelError', problem: 'fails its check' });
    expect(await ws.store.version('default')).toBe(1);
    const robots = await ws.library.reindex({ upload: { name: 'robots.txt', text: ROBOTS } });
    expect(robots.embedded).toBeGreaterThan(0);
  });

  it('runs one reindex at a time across processes, telling the second who runs the first and since when', async () => {
    ws = await workspace();
    await ws.library.ready();
    // The first reindex is held inside its embedding, after it took the lock, until the second has been refused.
    let embedding!: () => void;
    const inside = new Promise<void>((resolve) => (embedding = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = await reopen({
      createEmbedder: async () => {
        const fake = fakeEmbedder();
        return { ...fake, embed: async (texts: string[]) => (embedding(), await gate, fake.embed(texts)) };
      },
    });
    const elsewhere = (await reopen()).default;
    const running = held.default.reindex({ upload: { name: 'robots.txt', text: ROBOTS }, requestedBy: '123456789012345678' });
    await inside;
    const refused = await elsewhere.reindex({ requestedBy: '223456789012345678' }).catch((error: unknown) => error);
    release();
    await running;
    expect(refused).toBeInstanceOf(BusyError);
    expect((refused as BusyError).holder.requestedBy).toBe('123456789012345678');
    // Once it is done, the lock is free again.
    await expect(elsewhere.reindex()).resolves.toMatchObject({ passagesAfter: 1 });
  });

  it('notices a reindex committed by another process and answers from it', async () => {
    ws = await workspace();
    const here = (await reopen({ reloadCheckMs: 0 })).default;
    expect((await askLibrary(here, 'How many internet users did China have?')).citations[0]?.passage).toBe(14);
    await ws.library.reindex({ upload: { name: 'robots.txt', text: ROBOTS } });
    // The next question notices the new version and loads it in the background.
    await askLibrary(here, 'anything');
    await expect.poll(async () => (await here.ready()).index.manifest.articles[0]?.name, { timeout: 20_000 }).toBe('robots.txt');
  });
});

describe('the HNSW cache', () => {
  it('is written, loaded back to verify, and used; a damaged or deleted cache file is rebuilt from the stored vectors', async () => {
    ws = await workspace({ cacheFrom: 1 });
    await ws.library.ready();
    const cacheDir = path.join(ws.indexDir, 'cache');
    const [file, sums] = (await readdir(cacheDir)).sort();
    expect(file).toMatch(/^[0-9a-f]{64}\.hnsw$/);
    expect(sums).toBe(`${file}.sha256`);
    const size = (await stat(path.join(cacheDir, file!))).size;
    // One byte changed in the middle, the size unchanged: the checksum of its bytes catches it before hnswlib reads it.
    const bytes = await readFile(path.join(cacheDir, file!));
    bytes[Math.floor(size / 2)] = bytes[Math.floor(size / 2)]! ^ 0xff;
    await writeFile(path.join(cacheDir, file!), bytes);
    const afterFlip = (await reopen({ cacheFrom: 1 })).default;
    expect((await askLibrary(afterFlip, 'How many internet users did China have?')).citations[0]?.passage).toBe(14);
    bytes[Math.floor(size / 2)] = bytes[Math.floor(size / 2)]! ^ 0xff;
    expect(await readFile(path.join(cacheDir, file!))).toEqual(bytes);
    await truncate(path.join(cacheDir, file!), Math.floor(size / 3));
    const afterDamage = (await reopen({ cacheFrom: 1 })).default;
    expect((await askLibrary(afterDamage, 'How many internet users did China have?')).citations[0]?.passage).toBe(14);
    expect((await stat(path.join(cacheDir, file!))).size).toBe(size);
    await writeFile(path.join(cacheDir, file!), '');
    const afterWipe = (await reopen({ cacheFrom: 1 })).default;
    expect((await askLibrary(afterWipe, 'How many internet users did China have?')).citations[0]?.passage).toBe(14);
  });
});

describe('a damaged database file', () => {
  it('is set aside under a new name, never deleted, and the bot starts again from the shipped article', async () => {
    ws = await workspace();
    await ws.library.ready();
    await ws.libraries.close();
    const file = path.join(ws.indexDir, 'store.sqlite');
    await writeFile(file, Buffer.alloc(4096, 7));
    const restarted = await reopen();
    expect(restarted.store.setAside).toMatch(/store\.sqlite\.damaged-/);
    expect((await readdir(ws.indexDir)).some((name) => name.startsWith('store.sqlite.damaged-'))).toBe(true);
    expect((await askLibrary(restarted.default, 'How many internet users did China have?')).citations[0]?.passage).toBe(14);
    await restarted.close();
  });
});

describe('the index folder of an earlier version', () => {
  it('gives its vectors to the store once, so the first start on the store embeds nothing', async () => {
    ws = await workspace();
    const embedder = await fakeModel();
    // Earlier versions always wrote an HNSW file.
    const legacy = await buildIndex(prepareCorpus(await readSources(ws.articlePath)), embedder, { vectorIndex: async (vectors) => HnswVectorIndex.build(vectors, embedder.dimensions) });
    await saveIndex(ws.indexDir, legacy);
    await ws.library.ready();
    expect((await ws.store.lastReindex('default'))?.embedded).toBe(0);
  });
});

describe('a damaged index folder of an earlier version', () => {
  it('costs embedding again, never the start: a short HNSW file its manifest vouches for is passed over', async () => {
    ws = await workspace();
    const embedder = await fakeModel();
    const legacy = await buildIndex(prepareCorpus(await readSources(ws.articlePath)), embedder, { vectorIndex: async (vectors) => HnswVectorIndex.build(vectors, embedder.dimensions) });
    await saveIndex(ws.indexDir, legacy);
    // The failure that kept the earlier version down: a short write, and a manifest that vouches for it.
    const version = (await readFile(path.join(ws.indexDir, 'current'), 'utf8')).trim();
    const hnsw = path.join(ws.indexDir, version, 'passages.hnsw');
    await truncate(hnsw, Math.floor((await stat(hnsw)).size / 2));
    const manifestFile = path.join(ws.indexDir, version, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    manifest.files['passages.hnsw'] = checksumOf(await readFile(hnsw));
    const { indexChecksum: _, files, ...fields } = manifest;
    const lines = Object.entries(files as Record<string, string>).sort(([a], [b]) => a.localeCompare(b)).map(([name, sum]) => `${name}:${sum}`);
    manifest.indexChecksum = checksumOf([...lines, JSON.stringify(fields)].join('\n'));
    await writeFile(manifestFile, JSON.stringify(manifest));
    expect((await ws.ask('How many internet users did China have?')).citations[0]?.passage).toBe(14);
    expect((await ws.store.lastReindex('default'))?.embedded).toBeGreaterThan(0);
  });
});

describe('servers', () => {
  it('each answer from their own library: a reindex in one changes nothing for another or for the default', async () => {
    ws = await workspace();
    const a = ws.libraries.for('111111111111111111');
    const b = ws.libraries.for('222222222222222222');
    // Before any reindex every server answers from the shipped article, without a copy of its own.
    expect((await askLibrary(b, 'How many internet users did China have?')).citations[0]?.passage).toBe(14);
    expect(await ws.store.version('222222222222222222')).toBeNull();
    await a.reindex({ upload: { name: 'robots.txt', text: ROBOTS }, requestedBy: 'mod-a' });
    expect((await askLibrary(a, 'How many bowls of noodles does the robot cook?')).citations[0]?.passage).toBe(1);
    expect((await b.ready()).index.manifest.articles.map((article) => article.name)).toEqual(['article.txt']);
    expect((await ws.library.ready()).index.manifest.articles.map((article) => article.name)).toEqual(['article.txt']);
    expect(await ws.store.version('222222222222222222')).toBeNull();
    expect(await ws.store.version('default')).toBe(1);
    // Another process of the same bot sees server A's articles too.
    const elsewhere = await reopen();
    expect((await elsewhere.for('111111111111111111').ready()).index.manifest.articles.map((article) => article.name)).toEqual(['robots.txt']);
  });

  it('a server\'s first upload replaces the shipped article; later ones join it or replace theirs by name; an article can be taken out', async () => {
    ws = await workspace();
    const a = ws.libraries.for('111111111111111111');
    await a.reindex({ upload: { name: 'robots.txt', text: ROBOTS } });
    await a.reindex({ upload: { name: 'bikes.md', text: 'Bikes return\n\nBy A WRITER\n\nCity bike lanes doubled in length last year.\n' } });
    const names = async () => (await a.ready()).index.manifest.articles.map((article) => article.name);
    expect(await names()).toEqual(['bikes.md', 'robots.txt']);
    await a.reindex({ upload: { name: 'robots.txt', text: ROBOTS.replace('300', '450') } });
    expect(await names()).toEqual(['bikes.md', 'robots.txt']);
    expect((await askLibrary(a, 'How many bowls of noodles does the robot cook?')).citations[0]?.excerpt).toContain('450 bowls');
    await a.reindex({ remove: 'bikes.md' });
    expect(await names()).toEqual(['robots.txt']);
    await expect(a.reindex({ remove: 'nothing.md' })).rejects.toMatchObject({ problem: { is: 'missing' } });
    await expect(a.reindex({ remove: 'robots.txt' })).rejects.toMatchObject({ problem: { is: 'no articles' } });
  });

  it('tells a second request in the same process who runs the reindex and since when', async () => {
    ws = await workspace();
    await ws.library.ready();
    const running = ws.library.reindex({ upload: { name: 'robots.txt', text: ROBOTS }, requestedBy: '123456789012345678' });
    const refused = await ws.library.reindex({ requestedBy: 'another' }).catch((error: unknown) => error);
    await running;
    expect(refused).toBeInstanceOf(BusyError);
    expect((refused as BusyError).holder.requestedBy).toBe('123456789012345678');
  });

  it('a server reindexed without an upload gets its own copy of the shipped article', async () => {
    ws = await workspace();
    await ws.library.ready();
    const a = ws.libraries.for('111111111111111111');
    const report = await a.reindex({ requestedBy: 'mod-a' });
    // The vectors are the default library's: nothing is embedded again.
    expect(report).toMatchObject({ passagesBefore: SHIPPED_ARTICLE.passages, passagesAfter: SHIPPED_ARTICLE.passages, embedded: 0 });
    expect((await ws.store.library('111111111111111111'))?.articles.map((article) => article.name)).toEqual(['article.txt']);
  });

  it('lets go of the least recently used server libraries past the memory budget, and loads them again when asked', async () => {
    ws = await workspace();
    const libraries = await openLibraries(ws.articlePath, ws.indexDir, { createEmbedder: fakeModel });
    const small = new (libraries.constructor as typeof import('../src/core/libraries.js').Libraries)({
      store: libraries.store,
      sourcePath: ws.articlePath,
      indexDir: ws.indexDir,
      createEmbedder: fakeModel,
      logger: (await import('./helpers.js')).silentLogger,
      passageBudget: 1,
    });
    for (const id of ['1', '2', '3']) await small.for(id).reindex({ upload: { name: 'robots.txt', text: ROBOTS } });
    small.for('4');
    expect(small.loaded).toBeLessThanOrEqual(2);
    expect((await askLibrary(small.for('1'), 'How many bowls of noodles does the robot cook?')).citations[0]?.passage).toBe(1);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('on PostgreSQL', () => {
  const kind = postgresKind(process.env.TEST_DATABASE_URL ?? '');
  afterAll(() => kind.cleanup());

  it('a reindex committed in one process is loaded by another at once, announced by NOTIFY, without waiting for a question', async () => {
    ws = await workspace();
    const { url, store } = await kind.open();
    await store.close();
    // Questions would only look every 10^9 ms: only the announcement can make it reload.
    const here = await openLibraries(ws.articlePath, ws.indexDir, { createEmbedder: fakeModel, databaseUrl: url!, reloadCheckMs: 1e9 });
    const there = await openLibraries(ws.articlePath, ws.indexDir, { createEmbedder: fakeModel, databaseUrl: url! });
    try {
      await here.listen();
      expect((await here.default.ready()).index.manifest.articles[0]?.name).toBe('article.txt');
      await there.default.reindex({ upload: { name: 'robots.txt', text: ROBOTS } });
      await expect.poll(async () => (await here.default.ready()).index.manifest.articles[0]?.name, { timeout: 20_000 }).toBe('robots.txt');
    } finally {
      await here.close();
      await there.close();
    }
  });
});
