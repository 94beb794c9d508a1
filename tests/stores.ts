import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Store } from '../src/core/store.js';

/**
 * The stores the store tests run against: SQLite always, PostgreSQL when TEST_DATABASE_URL
 * names a server to make throwaway databases on (`.ci/run` starts one). Each `open` gives a
 * new, empty database; `cleanup` drops them all.
 */
export interface StoreKind {
  name: 'sqlite' | 'postgres';
  /** A new empty store, and the URL or file it lives in. */
  open(): Promise<{ store: Store; url: string | undefined; file: string | undefined }>;
  cleanup(): Promise<void>;
}

export function sqliteKind(): StoreKind {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    async open() {
      const dir = await mkdtemp(path.join(tmpdir(), 'article-bot-store-'));
      dirs.push(dir);
      const file = path.join(dir, 'store.sqlite');
      return { store: await Store.open({ sqliteFile: file }), url: undefined, file };
    },
    async cleanup() {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

export function postgresKind(adminUrl: string): StoreKind {
  const made: string[] = [];
  const admin = (): pg.Client => new pg.Client({ connectionString: adminUrl });
  return {
    name: 'postgres',
    async open() {
      const name = `article_bot_test_${process.pid}_${made.length}_${Date.now()}`;
      const client = admin();
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      made.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return { store: await Store.open({ databaseUrl: url.toString() }), url: url.toString(), file: undefined };
    },
    async cleanup() {
      const client = admin();
      await client.connect();
      for (const name of made) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** SQLite, and PostgreSQL when the environment names a server. */
export function storeKinds(): StoreKind[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [sqliteKind(), postgresKind(url)] : [sqliteKind()];
}
