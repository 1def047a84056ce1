/** Re-resolves the store while holding a PostgreSQL advisory lock, so that resolutions never overlap. */
import { sql, type Kysely } from 'kysely';
import type { Gazetteer } from '../orgs/index.ts';
import { rebuildMoves } from '../pipeline.ts';
import type { Store } from '../store/index.ts';

// Session-level lock on one connection: held across the read of every claim and the write of
// the resolution, so the last resolution to run has read every document committed before it.
const LOCK_NAME = 'poachwatch.resolve';

/**
 * Waits for the lock, rebuilds people, organizations and moves, runs `after` (alert rules: two
 * evaluations at once could fire one alert twice), releases the lock; returns the number of moves.
 */
export async function resolveUnderLock(lockDb: Kysely<any>, store: Store, gazetteer: Gazetteer, after?: () => Promise<void>): Promise<number> {
  return lockDb.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtextextended(${LOCK_NAME}, 0))`.execute(conn);
    try {
      const moves = await rebuildMoves(store, gazetteer);
      await after?.();
      return moves;
    } finally {
      await sql`select pg_advisory_unlock(hashtextextended(${LOCK_NAME}, 0))`.execute(conn);
    }
  });
}
