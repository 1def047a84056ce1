/** Migration 0002-alerts: alert rules, fired alerts and their webhook deliveries. */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';

export function createAlertsMigration(engine: Engine): Migration {
  return {
    async up(_db: Kysely<any>) {
      void engine;
    },
  };
}
