/** Alert rules, fired alerts and their webhook deliveries. */
import type { Kysely } from 'kysely';
import type { Database, Engine } from './schema.ts';

export interface AlertStore {
}

export class KyselyAlertStore implements AlertStore {
  readonly #db: Kysely<Database>;
  readonly #engine: Engine;

  constructor(db: Kysely<Database>, engine: Engine) {
    this.#db = db;
    this.#engine = engine;
  }
}
