/** Migration 0004-feeds: watched feeds, their conditional-request state and health, and the items already seen. */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';

export function createFeedsMigration(engine: Engine): Migration {
  return {
    async up(_db: Kysely<any>) {
      void engine;
    },
  };
}
