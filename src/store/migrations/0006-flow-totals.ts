/** Migration 0006: all-time flow totals per pair of top-level organizations, kept up to date by every resolution write. */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';
import { refreshFlowTotals } from '../_flow-totals.ts';

/**
 * flow_totals holds, for each pair of top-level organizations (their org ids), the non-history
 * moves with both sides known and their distinct people, over all time. An all-time flows query
 * reads these few rows instead of counting every move (see _flow-totals.ts). Derived data: the
 * migration leaves it empty and the next resolution write fills it.
 */
export function createFlowTotalsMigration(engine: Engine): Migration {
  void engine; // both engines take the same definitions
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('flow_totals')
        .addColumn('from_org_id', 'integer', (c) => c.notNull())
        .addColumn('to_org_id', 'integer', (c) => c.notNull())
        .addColumn('moves', 'integer', (c) => c.notNull())
        .addColumn('people', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('flow_totals_pk', ['from_org_id', 'to_org_id'])
        .execute();
      await db.schema.createIndex('flow_totals_moves_idx').on('flow_totals').columns(['moves']).execute();
      await refreshFlowTotals(db);
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('flow_totals').ifExists().execute();
    },
  };
}
