/** Migration 0009: where a watched feed has moved for good (a 301 or 308 answer), for `poachwatch feeds`. */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';

export function createFeedMovedToMigration(engine: Engine): Migration {
  void engine; // both engines take the same definitions
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('feeds').addColumn('moved_to', 'text').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('feeds').dropColumn('moved_to').execute();
    },
  };
}
