import { hostname } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { type CommitRequest, LOCK_STALE_MS, LockLostError, type Store } from '../src/core/store.js';
import { storeKinds } from './stores.js';

const kinds = storeKinds();
afterAll(async () => {
  for (const kind of kinds) await kind.cleanup();
});

/** A commit as a reindex makes it: holding the library's lock. */
async function commitHolding(store: Store, request: Omit<CommitRequest, 'holder'>) {
  expect(await store.lock(request.libraryId, 'test-holder', null)).toBeNull();
  try {
    return await store.commit({ ...request, holder: 'test-holder' });
  } finally {
    await store.unlock(request.libraryId, 'test-holder');
  }
}

const unit = (...values: number[]): Float32Array => {
  const vector = Float32Array.from(values);
  const norm = Math.hypot(...vector);
  return vector.map((value) => value / norm);
};

describe.each(kinds.map((kind) => [kind.name, kind] as const))('the store on %s', (_name, kind) => {
  it('commits a reindex whole: articles, vectors, version and log line', async () => {
    const { store } = await kind.open();
    const record = await commitHolding(store, {
      libraryId: 'guild-a',
      articles: [{ name: 'a.txt', text: 'Alpha.' }, { name: 'b.md', text: 'Beta.' }],
      vectors: new Map([['h1', unit(1, 2, 3)]]),
      modelId: 'model',
      record: { requestedBy: 'user-1', passages: 2, articles: 2, embedded: 1, reused: 0 },
    });
    expect(record.version).toBe(1);
    const library = await store.library('guild-a');
    expect(library?.articles).toEqual([{ name: 'a.txt', text: 'Alpha.' }, { name: 'b.md', text: 'Beta.' }]);
    expect(await store.version('guild-a')).toBe(1);
    const vectors = await store.vectors(['h1', 'h2'], 'model');
    expect([...vectors.keys()]).toEqual(['h1']);
    expect(Array.from(vectors.get('h1')!)).toEqual(Array.from(unit(1, 2, 3)));
    expect((await store.vectors(['h1'], 'other model')).size).toBe(0);
    expect(await store.lastReindex('guild-a')).toMatchObject({ requestedBy: 'user-1', passages: 2, version: 1 });
    // Another library is untouched.
    expect(await store.library('guild-b')).toBeNull();
    await store.close();
  });

  it('leaves nothing of a reindex that fails half-way: the old articles, version and vectors stay', async () => {
    const { store } = await kind.open();
    await commitHolding(store, { libraryId: 'g', articles: [{ name: 'a.txt', text: 'Old.' }], vectors: new Map(), modelId: 'm', record: { requestedBy: null, passages: 1, articles: 1, embedded: 0, reused: 0 } });
    // Two articles of the same name break the articles' key after the vectors and the version were written.
    await expect(
      commitHolding(store, {
        libraryId: 'g',
        articles: [{ name: 'same.txt', text: 'One.' }, { name: 'same.txt', text: 'Two.' }],
        vectors: new Map([['new', unit(1, 0)]]),
        modelId: 'm',
        record: { requestedBy: null, passages: 2, articles: 2, embedded: 1, reused: 0 },
      }),
    ).rejects.toThrow();
    expect((await store.library('g'))?.articles).toEqual([{ name: 'a.txt', text: 'Old.' }]);
    expect(await store.version('g')).toBe(1);
    expect((await store.vectors(['new'], 'm')).size).toBe(0);
    expect((await store.lastReindex('g'))?.version).toBe(1);
    await store.close();
  });

  it('lets one reindex hold a library at a time, across connections, and says who holds it', async () => {
    const { store, url, file } = await kind.open();
    const { Store } = await import('../src/core/store.js');
    const other = await Store.open(url ? { databaseUrl: url } : { sqliteFile: file! });
    expect(await store.lock('g', 'process-1', 'user-1')).toBeNull();
    const held = await other.lock('g', 'process-2', 'user-2');
    expect(held).toMatchObject({ requestedBy: 'user-1' });
    expect(Number.isNaN(Date.parse(held!.since))).toBe(false);
    // Another server's library is free.
    expect(await other.lock('h', 'process-2', 'user-2')).toBeNull();
    await store.unlock('g', 'process-1');
    expect(await other.lock('g', 'process-2', 'user-2')).toBeNull();
    await other.close();
    await store.close();
  });

  it('takes over a lock whose holder stopped refreshing it', async () => {
    const { store } = await kind.open();
    expect(await store.lock('g', 'dead', 'user-1')).toBeNull();
    // The holder died: its heartbeat is older than the stale limit.
    const realNow = Date.now;
    Date.now = () => realNow() + LOCK_STALE_MS + 1000;
    try {
      expect(await store.lock('g', 'alive', 'user-2')).toBeNull();
    } finally {
      Date.now = realNow;
    }
    await store.close();
  });

  it('takes over at once a lock whose holder was a process of this machine that is gone', async () => {
    const { store } = await kind.open();
    expect(await store.lock('g', `${hostname()}:999999999:killed`, 'user-1')).toBeNull();
    expect(await store.lock('g', `${hostname()}:${process.pid}:alive`, 'user-2')).toBeNull();
    // A living holder of this machine keeps it.
    expect(await store.lock('g', `${hostname()}:${process.pid}:other`, 'user-3')).toMatchObject({ requestedBy: 'user-2' });
    await store.close();
  });

  it('refuses the commit of a reindex that lost its lock, and writes nothing of it', async () => {
    const { store } = await kind.open();
    expect(await store.lock('g', 'paused', 'user-1')).toBeNull();
    // The holder stopped refreshing; another took the lock over.
    const realNow = Date.now;
    Date.now = () => realNow() + LOCK_STALE_MS + 1000;
    try {
      expect(await store.lock('g', 'newer', 'user-2')).toBeNull();
    } finally {
      Date.now = realNow;
    }
    const late = store.commit({ libraryId: 'g', holder: 'paused', articles: [{ name: 'a.txt', text: 'Late.' }], vectors: new Map([['late', unit(1, 0)]]), modelId: 'm', record: { requestedBy: 'user-1', passages: 1, articles: 1, embedded: 1, reused: 0 } });
    await expect(late).rejects.toBeInstanceOf(LockLostError);
    await expect(late).rejects.toMatchObject({ holder: { requestedBy: 'user-2' } });
    expect(await store.version('g')).toBeNull();
    expect((await store.vectors(['late'], 'm')).size).toBe(0);
    await store.close();
  });

  it('keeps each server its own moderator roles', async () => {
    const { store } = await kind.open();
    expect(await store.moderatorRoles('a')).toBeNull();
    await store.setModeratorRoles('a', ['111111111111111111']);
    await store.setModeratorRoles('a', ['222222222222222222']);
    expect(await store.moderatorRoles('a')).toEqual(['222222222222222222']);
    expect(await store.moderatorRoles('b')).toBeNull();
    await store.close();
  });
});

describe('a backup of the SQLite store', () => {
  it('is a whole copy, taken while the store is open, that opens as a store', async () => {
    const kind = kinds[0]!;
    const { store, file } = await kind.open();
    await commitHolding(store, { libraryId: 'g', articles: [{ name: 'a.txt', text: 'Alpha.' }], vectors: new Map([['h', unit(1, 1)]]), modelId: 'm', record: { requestedBy: null, passages: 1, articles: 1, embedded: 1, reused: 0 } });
    const copy = `${file}.backup`;
    await store.backup(copy);
    const { Store } = await import('../src/core/store.js');
    const restored = await Store.open({ sqliteFile: copy });
    expect((await restored.library('g'))?.articles).toEqual([{ name: 'a.txt', text: 'Alpha.' }]);
    expect((await restored.vectors(['h'], 'm')).size).toBe(1);
    await restored.close();
    await store.close();
  });
});
