/** Refreshes PostgreSQL's planner statistics for the tables a resolution rewrites whole. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Runs ANALYZE on the resolution's tables. Right after they are replaced the planner still
 * believes them tiny and sorts every move for a 50-row page instead of reading the date index;
 * autovacuum would fix that only minutes later.
 */
export async function refreshStatistics(db: Kysely<Database>): Promise<void> {
  await sql`analyze people, person_names, orgs, org_names, moves, move_claims`.execute(db);
}
