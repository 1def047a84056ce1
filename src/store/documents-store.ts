/** Documents and their claims as the API and the document page read them. */
import type { Kysely } from 'kysely';
import type { Database, Engine } from './schema.ts';

export interface DocumentStore {
}

export class KyselyDocumentStore implements DocumentStore {
  readonly #db: Kysely<Database>;
  readonly #engine: Engine;

  constructor(db: Kysely<Database>, engine: Engine) {
    this.#db = db;
    this.#engine = engine;
  }
}
