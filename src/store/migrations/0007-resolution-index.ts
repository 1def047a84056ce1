/** Migration 0007: the index incremental resolution keeps (placeholder: filled in by the incremental-resolution work). */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';

export function createResolutionIndexMigration(engine: Engine): Migration {
  void engine;
  return {
    async up(db: Kysely<any>) {
      void db;
    },
    async down(db: Kysely<any>) {
      void db;
    },
  };
}
