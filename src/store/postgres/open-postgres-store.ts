/** Connects to a PostgreSQL database as a Store: pooled, migrated. */
import { Kysely, sql } from 'kysely';
import { InputError } from '../../core/errors.ts';
import { KyselyStore } from '../kysely-store.ts';
import type { Database as Schema } from '../schema.ts';
import type { Store } from '../store.ts';
import { createPostgresDialect } from './create-postgres-dialect.ts';
import { lockSource } from './lock-source.ts';
import { refreshStatistics } from './refresh-statistics.ts';
import { migrateOrClose } from '../_migrate-or-close.ts';

/** Connects to `url` (postgres://user@host:port/db), checks the server answers, and applies pending migrations. */
export async function openPostgresStore(url: string): Promise<Store> {
  const db = new Kysely<Schema>({ dialect: createPostgresDialect(url) });
  const store = new KyselyStore(db, { engine: 'postgres', url, lockSource, refreshStatistics });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await store.close();
    throw new InputError('bad-config', `cannot connect to PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`, redactUrl(url), { cause: error });
  }
  return migrateOrClose(store);
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
