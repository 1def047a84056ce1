/** Watched feeds, their conditional-request state and health, and the items already seen. */
import type { Kysely } from 'kysely';
import type { Database, Engine } from './schema.ts';

export interface FeedStore {
}

export class KyselyFeedStore implements FeedStore {
  readonly #db: Kysely<Database>;
  readonly #engine: Engine;

  constructor(db: Kysely<Database>, engine: Engine) {
    this.#db = db;
    this.#engine = engine;
  }
}
