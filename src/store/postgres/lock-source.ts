/** Serialises concurrent saves of the same source across PostgreSQL connections. */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Takes a transaction-scoped advisory lock keyed by the source, so that two workers saving new
 * content for one source cannot both claim the same next revision. Released at commit or rollback.
 */
export async function lockSource(trx: Transaction<Database>, source: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${source}, 0))`.execute(trx);
}
