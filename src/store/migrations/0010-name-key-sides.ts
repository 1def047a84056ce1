/**
 * Migration 0010: the side of an indexed name (script, Chinese reading, compact Korean form), as
 * each bucket compares some sides only; it replaces the Latin flag. The rows are rewritten by the
 * index rebuild the new index version starts.
 */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';

export function createNameKeySidesMigration(engine: Engine): Migration {
  void engine; // both engines take the same definitions
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('resolve_name_keys').addColumn('side', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('resolve_name_keys').dropColumn('latin').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('resolve_name_keys').addColumn('latin', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('resolve_name_keys').dropColumn('side').execute();
    },
  };
}
