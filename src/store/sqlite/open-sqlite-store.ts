/** Opens (creating if needed) a SQLite file as a Store: WAL, foreign keys, busy timeout, migrated. */
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { resolve } from 'node:path';
import { InputError } from '../../core/errors.ts';
import { KyselyStore } from '../kysely-store.ts';
import type { Database as Schema } from '../schema.ts';
import type { Store } from '../store.ts';
import { cacheStatements } from './cache-statements.ts';
import { createSqliteDialect } from './create-sqlite-dialect.ts';
import { migrateOrClose } from '../_migrate-or-close.ts';

/** Opens `path` (or ':memory:') and applies pending migrations. */
export async function openSqliteStore(path: string): Promise<Store> {
  let handle: Database.Database;
  try {
    handle = new Database(path);
  } catch (error) {
    throw new InputError('not-found', `cannot open SQLite database '${path}': ${(error as Error).message}`, path, { cause: error });
  }
  handle.pragma('journal_mode = WAL');
  // With WAL, NORMAL loses at most the last transactions on power loss, never consistency.
  handle.pragma('synchronous = NORMAL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 5000');
  const db = new Kysely<Schema>({ dialect: createSqliteDialect(cacheStatements(handle)) });
  const store = new KyselyStore(db, { engine: 'sqlite', url: path === ':memory:' || path === '' ? null : `sqlite:${resolve(path)}` });
  return migrateOrClose(store);
}
