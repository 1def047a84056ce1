/** Migration 0008: move signatures kept per name instead of per group of names (see resolution-store.ts). */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';

/**
 * A weak name link now joins two groups when a claim under one name and a claim under the other
 * share a move signature, a property of the two names alone; the per-group signatures of 0007
 * go. Derived data: the index version changed with this rule, so the next resolution rebuilds it.
 */
export function createNameSignaturesMigration(engine: Engine): Migration {
  void engine; // both engines take the same definitions
  return {
    async up(db: Kysely<any>) {
      await db.schema.dropTable('resolve_signatures').ifExists().execute();
      await db.schema
        .createTable('resolve_name_sigs')
        .addColumn('name_id', 'integer', (c) => c.notNull())
        .addColumn('sig', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('resolve_name_sigs_pk', ['name_id', 'sig'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('resolve_name_sigs').ifExists().execute();
      await db.schema
        .createTable('resolve_signatures')
        .addColumn('component', 'integer', (c) => c.notNull())
        .addColumn('sig', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('resolve_signatures_component_idx').on('resolve_signatures').column('component').execute();
    },
  };
}
