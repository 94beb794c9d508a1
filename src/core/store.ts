import { existsSync, renameSync } from 'node:fs';
import { hostname } from 'node:os';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { type Generated, Kysely, type Migration, Migrator, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';

/**
 * The one source of truth: each library's articles, the vectors of every text by content hash,
 * per-server settings, the log of reindexes and the reindex locks, in one database. SQLite (a
 * file in `embeddings/`, WAL mode) by default; PostgreSQL when `DATABASE_URL` is set. Every
 * write that must be whole is one transaction. Passages and quotations are not stored: they are
 * computed from the articles' text, deterministically, in milliseconds, so they can never
 * disagree with it.
 */

interface LibrariesTable {
  /** "default" (the shipped article, the console and the command line), or a Discord server id. */
  id: string;
  /** Goes up by one with every reindex that commits; other processes compare it to notice. */
  version: number;
  updated_at: string;
  /** For the default library: the checksum of the article files it was last imported from. */
  imported_from: string | null;
}

interface ArticlesTable {
  library_id: string;
  name: string;
  text: string;
}

interface VectorsTable {
  /** sha256 of the embedded text. */
  hash: string;
  model_id: string;
  data: Uint8Array;
}

interface SettingsTable {
  library_id: string;
  /** JSON array of role ids whose members are moderators in that server. */
  moderator_role_ids: string;
  /** 1: a message mentioning the bot is answered (the default); 0: not. */
  answer_mentions: Generated<number>;
}

interface ReindexesTable {
  id: Generated<number>;
  library_id: string;
  requested_by: string | null;
  finished_at: string;
  passages: number;
  articles: number;
  embedded: number;
  reused: number;
  version: number;
}

interface LocksTable {
  library_id: string;
  holder: string;
  requested_by: string | null;
  since: string;
  heartbeat: string;
}

interface AnswersTable {
  /** The Discord interaction (or console line) the answer was given for. */
  id: string;
  library_id: string;
  question: string;
  answer: string;
  /** 1 when the article answered, 0 when the bot refused. */
  answered: number;
  asked_at: string;
}

interface VotesTable {
  answer_id: string;
  user_id: string;
  /** 1 helpful, -1 wrong. */
  vote: number;
  at: string;
}

interface Tables {
  answers: AnswersTable;
  votes: VotesTable;
  libraries: LibrariesTable;
  articles: ArticlesTable;
  vectors: VectorsTable;
  settings: SettingsTable;
  reindexes: ReindexesTable;
  locks: LocksTable;
}

type Dialect = 'sqlite' | 'postgres';

const migrations = (dialect: Dialect): Record<string, Migration> => ({
  '001_libraries': {
    async up(db: Kysely<unknown>) {
      const blob = dialect === 'postgres' ? 'bytea' : 'blob';
      await db.schema
        .createTable('libraries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('imported_from', 'text')
        .execute();
      await db.schema
        .createTable('articles')
        .addColumn('library_id', 'text', (c) => c.notNull().references('libraries.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('articles_pk', ['library_id', 'name'])
        .execute();
      await db.schema
        .createTable('vectors')
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('model_id', 'text', (c) => c.notNull())
        .addColumn('data', sql.raw(blob), (c) => c.notNull())
        .addPrimaryKeyConstraint('vectors_pk', ['hash', 'model_id'])
        .execute();
      await db.schema
        .createTable('settings')
        .addColumn('library_id', 'text', (c) => c.primaryKey())
        .addColumn('moderator_role_ids', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('reindexes')
        .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('library_id', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text')
        .addColumn('finished_at', 'text', (c) => c.notNull())
        .addColumn('passages', 'integer', (c) => c.notNull())
        .addColumn('articles', 'integer', (c) => c.notNull())
        .addColumn('embedded', 'integer', (c) => c.notNull())
        .addColumn('reused', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('reindexes_by_library').on('reindexes').columns(['library_id', 'id']).execute();
      await db.schema
        .createTable('locks')
        .addColumn('library_id', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text')
        .addColumn('since', 'text', (c) => c.notNull())
        .addColumn('heartbeat', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '003_mention_setting': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('settings').addColumn('answer_mentions', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    },
  },
  '002_answers_and_votes': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('answers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('library_id', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('answered', 'integer', (c) => c.notNull())
        .addColumn('asked_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('answers_by_library').on('answers').columns(['library_id', 'answered']).execute();
      await db.schema
        .createTable('votes')
        .addColumn('answer_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('vote', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('votes_pk', ['answer_id', 'user_id'])
        .execute();
    },
  },
});

/** The database could not be written: the disk (or the process's file size limit) is full. Nothing of the write was kept. */
export class StoreFullError extends Error {
  override name = 'StoreFullError';
  constructor(options: { cause: unknown }) {
    super('the database could not be written: no room left', options);
  }
}

/** A reindex lost its library's lock before it committed (another took it over): nothing of it was written. */
export class LockLostError extends Error {
  override name = 'LockLostError';
  constructor(readonly holder: LockHolder) {
    super('the reindex lock was taken over before the commit');
  }
}

/** The PostgreSQL channel a committed reindex is announced on. */
const CHANGED = 'article_bot_library_changed';

/** How long a write waits for another writer before it fails. */
const WRITE_WAIT_MS = 10_000;

/** Whether a lock holder (`host:pid:…`) is a process of this machine that no longer runs. */
function holderIsGone(holder: string): boolean {
  const [host, pid] = holder.split(':');
  if (host !== hostname() || !/^\d+$/.test(pid ?? '')) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** A reindex holds its library's lock; one not refreshed for this long belongs to a process that died. */
export const LOCK_STALE_MS = 30_000;

export interface StoredLibrary {
  id: string;
  version: number;
  updatedAt: string;
  importedFrom: string | null;
  articles: Array<{ name: string; text: string }>;
}

export interface ReindexRecord {
  requestedBy: string | null;
  finishedAt: string;
  passages: number;
  articles: number;
  embedded: number;
  reused: number;
  version: number;
}

/** Someone else holds the library's reindex lock. */
export interface LockHolder {
  requestedBy: string | null;
  since: string;
}

export interface CommitRequest {
  libraryId: string;
  /** The holder of the library's lock: the commit fails if it no longer holds it. */
  holder: string;
  /** The library's articles after the reindex, whole: the articles not listed are removed. */
  articles: Array<{ name: string; text: string }>;
  /** Vectors computed for this reindex, by content hash. */
  vectors: Map<string, Float32Array>;
  modelId: string;
  /** For the default library: the checksum of the article files it is imported from (kept when absent). */
  importedFrom?: string | null;
  record: Omit<ReindexRecord, 'version' | 'finishedAt'>;
}

export interface StoreOptions {
  /** PostgreSQL connection string; SQLite in `sqliteFile` when absent. */
  databaseUrl?: string | undefined;
  sqliteFile?: string;
  /** Called once when a damaged SQLite file was set aside, with the name it now has. */
  onSetAside?: (file: string) => void;
  /** Told of a PostgreSQL connection lost while idle. */
  onConnectionError?: (error: Error) => void;
}

function toBytes(vector: Float32Array): Uint8Array {
  return new Uint8Array(vector.buffer.slice(vector.byteOffset, vector.byteOffset + vector.byteLength));
}

function toVector(bytes: Uint8Array): Float32Array {
  // A copy: the driver's buffer may be reused or unaligned.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}

/** Opens SQLite; a file that is not a database, or fails its quick check, is set aside (never deleted) and a new one made. */
function openSqlite(file: string, onSetAside?: (file: string) => void): { database: SqliteDatabase.Database; setAside: string | null } {
  const open = (): SqliteDatabase.Database => {
    const database = new SqliteDatabase(file);
    database.pragma('journal_mode = WAL');
    // Waiting for another writer happens in `write`, off the thread: better-sqlite3 waits synchronously, which would also stop this process's own writer.
    database.pragma('busy_timeout = 0');
    database.pragma('foreign_keys = ON');
    const check = database.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      database.close();
      throw Object.assign(new Error(`quick_check: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
    }
    return database;
  };
  try {
    return { database: open(), setAside: null };
  } catch (error) {
    const code = String((error as { code?: string }).code ?? '');
    if (!/^SQLITE_(NOTADB|CORRUPT)/.test(code)) throw error;
    const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
    onSetAside?.(aside);
    return { database: open(), setAside: aside };
  }
}

/** The bot's database. */
export class Store {
  /** A damaged SQLite file set aside at open, by the name it now has; null when none was. */
  readonly setAside: string | null;
  readonly dialect: Dialect;

  private listener: pg.Client | null = null;
  private readonly changeListeners = new Set<(libraryId: string) => void>();

  private constructor(
    private readonly db: Kysely<Tables>,
    dialect: Dialect,
    setAside: string | null,
    private readonly databaseUrl: string | null = null,
    private readonly sqlite: SqliteDatabase.Database | null = null,
  ) {
    this.dialect = dialect;
    this.setAside = setAside;
  }

  /**
   * Calls `listener` with a library's id whenever a reindex of it commits in another process
   * (PostgreSQL's LISTEN/NOTIFY). On SQLite nothing calls it: libraries compare versions, which
   * costs one indexed read. Returns the way to stop listening.
   */
  async onChange(listener: (libraryId: string) => void): Promise<() => void> {
    this.changeListeners.add(listener);
    if (this.dialect === 'postgres' && !this.listener && this.databaseUrl) {
      const client = new pg.Client({ connectionString: this.databaseUrl });
      this.listener = client;
      client.on('notification', (message) => {
        if (message.channel === CHANGED && message.payload) for (const each of this.changeListeners) each(message.payload);
      });
      client.on('error', () => {
        // A lost listening connection: libraries still compare versions on questions.
        this.listener = null;
      });
      await client.connect();
      await client.query(`LISTEN ${CHANGED}`);
    }
    return () => this.changeListeners.delete(listener);
  }

  /** Opens the database and brings its schema to the latest version. */
  static async open(options: StoreOptions): Promise<Store> {
    let db: Kysely<Tables>;
    let setAside: string | null = null;
    let dialect: Dialect;
    let sqliteDatabase: SqliteDatabase.Database | null = null;
    if (options.databaseUrl) {
      dialect = 'postgres';
      const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
      // An idle connection the server closes (a restart, an administrator) is replaced on next use; it must not stop the bot.
      pool.on('error', (error) => options.onConnectionError?.(error));
      db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    } else {
      dialect = 'sqlite';
      const file = options.sqliteFile ?? 'store.sqlite';
      await mkdir(path.dirname(file), { recursive: true });
      const opened = openSqlite(file, options.onSetAside);
      setAside = opened.setAside;
      sqliteDatabase = opened.database;
      db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: opened.database }) });
    }
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations(dialect) } });
    const { error } = await migrator.migrateToLatest();
    if (error) {
      await db.destroy();
      throw error;
    }
    return new Store(db, dialect, setAside, options.databaseUrl ?? null, sqliteDatabase);
  }

  async close(): Promise<void> {
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.db.destroy();
  }

  /**
   * A write transaction. When another connection holds SQLite's write lock (another process, or
   * another store in this one), it is tried again after a short wait, for up to ten seconds.
   */
  private async write<T>(work: (trx: Kysely<Tables>) => Promise<T>): Promise<T> {
    const deadline = Date.now() + WRITE_WAIT_MS;
    for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
      // The transaction is driven here rather than by Kysely, so that the error of a failed
      // COMMIT (a full disk) is the one reported, not that of the ROLLBACK after it; and SQLite
      // takes its write lock at BEGIN, where waiting for another writer is safe.
      let failure: unknown = null;
      try {
        return await this.db.connection().execute(async (connection) => {
          await sql.raw(this.dialect === 'sqlite' ? 'begin immediate' : 'begin').execute(connection);
          try {
            const result = await work(connection);
            await sql.raw('commit').execute(connection);
            return result;
          } catch (error) {
            failure = error;
            await sql.raw('rollback').execute(connection).catch(() => undefined);
            throw error;
          }
        });
      } catch (error) {
        const cause = failure ?? error;
        const code = String((cause as { code?: string }).code ?? '');
        // A full disk, or a file that may not grow (SQLite reports a write refused by the file size limit as a write error).
        if (/^SQLITE_FULL|^SQLITE_IOERR_WRITE$/.test(code) || ['ENOSPC', 'EFBIG', 'EDQUOT'].includes(code)) throw new StoreFullError({ cause });
        const busy = /^SQLITE_BUSY/.test(code);
        if (!busy || Date.now() > deadline) throw cause;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  /** The library's articles and version, or null when it has none of its own. */
  async library(id: string): Promise<StoredLibrary | null> {
    const row = await this.db.selectFrom('libraries').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const articles = await this.db.selectFrom('articles').select(['name', 'text']).where('library_id', '=', id).orderBy('name').execute();
    return { id: row.id, version: Number(row.version), updatedAt: row.updated_at, importedFrom: row.imported_from, articles };
  }

  /** The library's version, cheaply, to notice a reindex committed by another process; null when it has none. */
  async version(id: string): Promise<number | null> {
    const row = await this.db.selectFrom('libraries').select('version').where('id', '=', id).executeTakeFirst();
    return row ? Number(row.version) : null;
  }

  /** Stored vectors of these texts for the model, by content hash. */
  async vectors(hashes: string[], modelId: string): Promise<Map<string, Float32Array>> {
    const found = new Map<string, Float32Array>();
    const unique = [...new Set(hashes)];
    for (let start = 0; start < unique.length; start += 500) {
      const rows = await this.db
        .selectFrom('vectors')
        .select(['hash', 'data'])
        .where('model_id', '=', modelId)
        .where('hash', 'in', unique.slice(start, start + 500))
        .execute();
      for (const row of rows) found.set(row.hash, toVector(row.data));
    }
    return found;
  }

  /** Keeps vectors computed outside a reindex (a load that found some missing); existing ones stay. */
  async keepVectors(vectors: Map<string, Float32Array>, modelId: string): Promise<void> {
    await this.write(async (trx) => this.insertVectors(trx, vectors, modelId));
  }

  private async insertVectors(trx: Kysely<Tables>, vectors: Map<string, Float32Array>, modelId: string): Promise<void> {
    const rows = [...vectors].map(([hash, vector]) => ({ hash, model_id: modelId, data: toBytes(vector) }));
    for (let start = 0; start < rows.length; start += 200) {
      await trx
        .insertInto('vectors')
        .values(rows.slice(start, start + 200))
        .onConflict((conflict) => conflict.columns(['hash', 'model_id']).doNothing())
        .execute();
    }
  }

  /**
   * Writes a reindex whole, in one transaction: the vectors, the library's articles (replacing
   * all of them), its new version and the log line. Either all of it is there, or none.
   */
  async commit(request: CommitRequest): Promise<ReindexRecord> {
    const now = new Date().toISOString();
    return this.write(async (trx) => {
      // Only the holder of the library's lock commits: a holder that lost it (paused past the
      // stale limit, taken over) must not write over the reindex that took it over.
      const lock = await trx.selectFrom('locks').select(['holder', 'requested_by', 'since']).where('library_id', '=', request.libraryId).executeTakeFirst();
      if (lock?.holder !== request.holder) throw new LockLostError({ requestedBy: lock?.requested_by ?? null, since: lock?.since ?? now });
      await this.insertVectors(trx, request.vectors, request.modelId);
      // One statement, so two writers can never give two commits the same version.
      const importedFrom = request.importedFrom === undefined ? sql<string | null>`libraries.imported_from` : request.importedFrom;
      const { version: written } = await trx
        .insertInto('libraries')
        .values({ id: request.libraryId, version: 1, updated_at: now, imported_from: request.importedFrom ?? null })
        .onConflict((conflict) => conflict.column('id').doUpdateSet({ version: sql<number>`libraries.version + 1`, updated_at: now, imported_from: importedFrom }))
        .returning('version')
        .executeTakeFirstOrThrow();
      const version = Number(written);
      await trx.deleteFrom('articles').where('library_id', '=', request.libraryId).execute();
      if (request.articles.length > 0) {
        await trx
          .insertInto('articles')
          .values(request.articles.map((article) => ({ library_id: request.libraryId, name: article.name, text: article.text })))
          .execute();
      }
      const record: ReindexRecord = { ...request.record, finishedAt: now, version };
      // Other processes on PostgreSQL learn of it at once; on SQLite they compare versions.
      if (this.dialect === 'postgres') await sql`select pg_notify(${CHANGED}, ${request.libraryId})`.execute(trx);
      await trx
        .insertInto('reindexes')
        .values({
          library_id: request.libraryId,
          requested_by: record.requestedBy,
          finished_at: now,
          passages: record.passages,
          articles: record.articles,
          embedded: record.embedded,
          reused: record.reused,
          version,
        })
        .execute();
      return record;
    });
  }

  /** The library's last reindex, or null. */
  async lastReindex(libraryId: string): Promise<ReindexRecord | null> {
    const row = await this.db.selectFrom('reindexes').selectAll().where('library_id', '=', libraryId).orderBy('id', 'desc').limit(1).executeTakeFirst();
    if (!row) return null;
    return {
      requestedBy: row.requested_by,
      finishedAt: row.finished_at,
      passages: Number(row.passages),
      articles: Number(row.articles),
      embedded: Number(row.embedded),
      reused: Number(row.reused),
      version: Number(row.version),
    };
  }

  /**
   * Takes the library's reindex lock for `holder`, in every process and on every machine that
   * shares the database: null when taken, else who holds it and since when. A lock whose
   * holder stopped refreshing it (a process killed mid-reindex) is taken over.
   */
  async lock(libraryId: string, holder: string, requestedBy: string | null): Promise<LockHolder | null> {
    const now = new Date(Date.now());
    const stale = new Date(now.getTime() - LOCK_STALE_MS).toISOString();
    const taken = await this.write(async (trx) => {
      const inserted = await trx
        .insertInto('locks')
        .values({ library_id: libraryId, holder, requested_by: requestedBy, since: now.toISOString(), heartbeat: now.toISOString() })
        .onConflict((conflict) => conflict.column('library_id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) return true;
      // Held by a process of this machine that is gone (killed mid-reindex): taken over at once.
      // Held elsewhere: taken over once its holder stopped refreshing it.
      const current = await trx.selectFrom('locks').select('holder').where('library_id', '=', libraryId).executeTakeFirst();
      const dead = current !== undefined && holderIsGone(current.holder);
      const takenOver = await trx
        .updateTable('locks')
        .set({ holder, requested_by: requestedBy, since: now.toISOString(), heartbeat: now.toISOString() })
        .where('library_id', '=', libraryId)
        .where((eb) => (dead ? eb('holder', '=', current.holder) : eb('heartbeat', '<', stale)))
        .executeTakeFirst();
      return Number(takenOver.numUpdatedRows) === 1;
    });
    if (taken) return null;
    const row = await this.db.selectFrom('locks').select(['requested_by', 'since']).where('library_id', '=', libraryId).executeTakeFirst();
    return { requestedBy: row?.requested_by ?? null, since: row?.since ?? now.toISOString() };
  }

  /** Keeps a held lock fresh. */
  async refreshLock(libraryId: string, holder: string): Promise<void> {
    await this.write((trx) => trx.updateTable('locks').set({ heartbeat: new Date().toISOString() }).where('library_id', '=', libraryId).where('holder', '=', holder).execute());
  }

  async unlock(libraryId: string, holder: string): Promise<void> {
    await this.write((trx) => trx.deleteFrom('locks').where('library_id', '=', libraryId).where('holder', '=', holder).execute());
  }

  /** Role ids whose members moderate the server, as its moderators set them; null when never set. */
  async moderatorRoles(libraryId: string): Promise<string[] | null> {
    const row = await this.db.selectFrom('settings').select('moderator_role_ids').where('library_id', '=', libraryId).executeTakeFirst();
    // "null": never set (the default roles apply); "[]": the server's moderators removed them all.
    return row ? (JSON.parse(row.moderator_role_ids) as string[] | null) : null;
  }

  /** Whether the server's members may ask by mentioning the bot (yes unless its moderators turned it off). */
  async answersMentions(libraryId: string): Promise<boolean> {
    const row = await this.db.selectFrom('settings').select('answer_mentions').where('library_id', '=', libraryId).executeTakeFirst();
    return row ? Number(row.answer_mentions) === 1 : true;
  }

  async setAnswersMentions(libraryId: string, on: boolean): Promise<void> {
    await this.write((trx) =>
      trx
        .insertInto('settings')
        .values({ library_id: libraryId, moderator_role_ids: 'null', answer_mentions: on ? 1 : 0 })
        .onConflict((conflict) => conflict.column('library_id').doUpdateSet({ answer_mentions: on ? 1 : 0 }))
        .execute(),
    );
  }

  async setModeratorRoles(libraryId: string, roleIds: string[]): Promise<void> {
    await this.write((trx) => trx
      .insertInto('settings')
      .values({ library_id: libraryId, moderator_role_ids: JSON.stringify(roleIds) })
      .onConflict((conflict) => conflict.column('library_id').doUpdateSet({ moderator_role_ids: JSON.stringify(roleIds) }))
      .execute());
  }

  /**
   * A consistent copy of the SQLite database, taken while the bot runs (SQLite's online
   * backup). PostgreSQL is backed up with its own tools (pg_dump).
   */
  async backup(file: string): Promise<void> {
    if (this.dialect !== 'sqlite' || !this.sqlite) throw new Error('on PostgreSQL, back up with pg_dump');
    await this.sqlite.backup(file);
  }

  /** Keeps an answer given to a member, for votes on it and the moderators' report. */
  async recordAnswer(answer: { id: string; libraryId: string; question: string; answer: string; answered: boolean }): Promise<void> {
    await this.write((trx) =>
      trx
        .insertInto('answers')
        .values({ id: answer.id, library_id: answer.libraryId, question: answer.question, answer: answer.answer, answered: answer.answered ? 1 : 0, asked_at: new Date().toISOString() })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .execute(),
    );
  }

  /** A member's vote on an answer (one per member, changeable): the answer's counts after it, or null for an answer never recorded. */
  async vote(answerId: string, userId: string, vote: 1 | -1): Promise<{ up: number; down: number } | null> {
    return this.write(async (trx) => {
      const known = await trx.selectFrom('answers').select('id').where('id', '=', answerId).executeTakeFirst();
      if (!known) return null;
      const at = new Date().toISOString();
      await trx
        .insertInto('votes')
        .values({ answer_id: answerId, user_id: userId, vote, at })
        .onConflict((conflict) => conflict.columns(['answer_id', 'user_id']).doUpdateSet({ vote, at }))
        .execute();
      const rows = await trx.selectFrom('votes').select('vote').where('answer_id', '=', answerId).execute();
      return { up: rows.filter((row) => Number(row.vote) > 0).length, down: rows.filter((row) => Number(row.vote) < 0).length };
    });
  }

  /** For moderators: the questions a library most often could not answer, and its answers voted down most. */
  async report(libraryId: string, limit = 10): Promise<{
    unanswered: Array<{ question: string; times: number; last: string }>;
    downvoted: Array<{ question: string; answer: string; down: number; up: number; last: string }>;
  }> {
    const asked = await this.db
      .selectFrom('answers')
      .select(['question', 'asked_at'])
      .where('library_id', '=', libraryId)
      .where('answered', '=', 0)
      .execute();
    // The same question typed with other capitals or spacing counts as one.
    const groups = new Map<string, { question: string; times: number; last: string }>();
    for (const row of asked) {
      const key = row.question.toLowerCase().replace(/\s+/g, ' ').replace(/[?!.\s]+$/, '').trim();
      const group = groups.get(key) ?? { question: row.question, times: 0, last: row.asked_at };
      group.times += 1;
      if (row.asked_at > group.last) group.last = row.asked_at;
      groups.set(key, group);
    }
    const unanswered = [...groups.values()].sort((a, b) => b.times - a.times || b.last.localeCompare(a.last)).slice(0, limit);
    const votes = await this.db
      .selectFrom('votes')
      .innerJoin('answers', 'answers.id', 'votes.answer_id')
      .select(['answers.id as id', 'answers.question as question', 'answers.answer as answer', 'votes.vote as vote', 'votes.at as at'])
      .where('answers.library_id', '=', libraryId)
      .execute();
    const byAnswer = new Map<string, { question: string; answer: string; down: number; up: number; last: string }>();
    for (const row of votes) {
      const entry = byAnswer.get(row.id) ?? { question: row.question, answer: row.answer, down: 0, up: 0, last: row.at };
      if (Number(row.vote) < 0) entry.down += 1;
      else entry.up += 1;
      if (row.at > entry.last) entry.last = row.at;
      byAnswer.set(row.id, entry);
    }
    const downvoted = [...byAnswer.values()].filter((entry) => entry.down > 0).sort((a, b) => b.down - a.down || b.last.localeCompare(a.last)).slice(0, limit);
    return { unanswered, downvoted };
  }

  /** Rows of each table and, for SQLite, the file's size: for /status and the benchmark. */
  async size(): Promise<{ libraries: number; articles: number; vectors: number }> {
    const count = async (table: 'libraries' | 'articles' | 'vectors'): Promise<number> =>
      Number((await this.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { libraries: await count('libraries'), articles: await count('articles'), vectors: await count('vectors') };
  }
}
