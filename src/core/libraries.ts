import path from 'node:path';
import type { Logger } from 'pino';
import type { Embedder } from './embedder.js';
import { Library } from './library.js';
import type { Store } from './store.js';

/** The library the console, the command line and servers without articles of their own answer from. */
export const DEFAULT_LIBRARY = 'default';

export interface LibrariesOptions {
  store: Store;
  createEmbedder: () => Promise<Embedder>;
  logger: Logger;
  /** The shipped article (or folder): the default library's source. */
  sourcePath: string;
  /** The folder for derived files (the HNSW cache). */
  indexDir: string;
  /** Passages held in memory across servers' libraries before the least recently used is let go (default 200,000). */
  passageBudget?: number;
  reloadCheckMs?: number;
  cacheFrom?: number;
}

/**
 * Each server its own library. A server answers from the default library (the shipped
 * article) until a moderator of that server reindexes; from then on from its own articles,
 * which no other server sees. Libraries load on first use and the least recently used are let
 * go when their passages exceed the budget; the model is loaded once for all of them, and
 * identical texts share their vectors in the store.
 */
export class Libraries {
  readonly default: Library;
  private readonly servers = new Map<string, Library>();
  private embedder: Promise<Embedder> | null = null;

  constructor(private readonly options: LibrariesOptions) {
    this.default = this.make(DEFAULT_LIBRARY, { sourcePath: options.sourcePath, legacyDir: options.indexDir });
  }

  /** Reloads a library at once when another process commits a reindex of it (PostgreSQL); SQLite libraries compare versions on questions. */
  async listen(): Promise<void> {
    await this.options.store.onChange((id) => {
      const library = id === DEFAULT_LIBRARY ? this.default : this.servers.get(id);
      library?.changedElsewhere();
    });
  }

  get store(): Store {
    return this.options.store;
  }

  private sharedEmbedder(): Promise<Embedder> {
    this.embedder ??= this.options.createEmbedder().catch((error: unknown) => {
      this.embedder = null;
      throw error;
    });
    return this.embedder;
  }

  private make(id: string, extra: { sourcePath?: string; fallback?: Library; legacyDir?: string }): Library {
    const { store, logger, indexDir, reloadCheckMs, cacheFrom } = this.options;
    return new Library({
      id,
      store,
      logger,
      createEmbedder: () => this.sharedEmbedder(),
      cacheDir: path.join(indexDir, 'cache'),
      ...extra,
      ...(reloadCheckMs !== undefined ? { reloadCheckMs } : {}),
      ...(cacheFrom !== undefined ? { cacheFrom } : {}),
    });
  }

  /** The library of a server, or the default one for none (the console, the command line, a DM). */
  for(serverId: string | null): Library {
    if (serverId === null || serverId === DEFAULT_LIBRARY) return this.default;
    let library = this.servers.get(serverId);
    if (library) {
      // Most recently used last.
      this.servers.delete(serverId);
    } else {
      library = this.make(serverId, { fallback: this.default });
    }
    this.servers.set(serverId, library);
    this.evict();
    return library;
  }

  /** Lets go of the least recently used servers' indexes while their passages exceed the budget. */
  private evict(): void {
    const budget = this.options.passageBudget ?? 200_000;
    let held = [...this.servers.values()].reduce((sum, library) => sum + library.loadedPassages, 0);
    for (const library of this.servers.values()) {
      if (held <= budget) break;
      const passages = library.loadedPassages;
      if (passages === 0 || library.isRebuilding) continue;
      library.unload();
      held -= passages;
    }
  }

  /** Libraries with an index in memory (for /status and the benchmark). */
  get loaded(): number {
    return [...this.servers.values()].filter((library) => library.loadedPassages > 0).length + (this.default.loadedPassages > 0 ? 1 : 0);
  }

  async close(): Promise<void> {
    await Promise.all([this.default, ...this.servers.values()].map((library) => library.close()));
    await this.options.store.close();
  }
}
