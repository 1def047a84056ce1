/** Human decisions on claims and people (accept, reject, edit, merge, split), respected by every re-resolution. */
import type { Kysely } from 'kysely';
import type { Database, Engine } from './schema.ts';

export interface CurationStore {
}

export class KyselyCurationStore implements CurationStore {
  readonly #db: Kysely<Database>;
  readonly #engine: Engine;

  constructor(db: Kysely<Database>, engine: Engine) {
    this.#db = db;
    this.#engine = engine;
  }
}
