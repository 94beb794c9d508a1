import path from 'node:path';
import { Store } from '../core/store.js';
import { readArguments, start, UsageError } from '../start.js';

const USAGE = 'Usage: npm run backup -- --to path/to/backup.sqlite   (SQLite; on PostgreSQL use pg_dump)';

/** A consistent copy of the bot's SQLite database, taken while the bot runs. */
start(async ({ config }) => {
  const values = readArguments({ options: { to: { type: 'string' } } }, USAGE)?.values;
  if (!values) return;
  if (!values.to) throw new UsageError(`Say where the copy goes with --to.\n${USAGE}`);
  if (config.databaseUrl) throw new UsageError('The store is on PostgreSQL (DATABASE_URL): back it up with pg_dump.');
  const store = await Store.open({ sqliteFile: path.join(config.indexDir, 'store.sqlite') });
  try {
    await store.backup(path.resolve(values.to));
  } finally {
    await store.close();
  }
  process.stdout.write(`Backed up the store to ${path.resolve(values.to)}. To restore it, stop the bot and put the copy in place of ${path.join(config.indexDir, 'store.sqlite')}.\n`);
});
