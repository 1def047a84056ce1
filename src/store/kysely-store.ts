/** The Store over kysely: one implementation of every operation, shared by the SQLite and PostgreSQL engines. */
import type { Kysely, Transaction } from 'kysely';
import type { Article, Extraction, PartialDate, Resolution, StoredClaim } from '../core/types.ts';
import { fromClaimRow, selectClaimsWithoutEvidence, toClaimRow } from './_claim-rows.ts';
import { boundWindow } from './_date-bounds.ts';
import { insertChunked } from './_insert-chunked.ts';
import { checkCount, checkNameKey } from './_check-filter.ts';
import { countFlows } from './_count-flows.ts';
import { refreshFlowTotals } from './_flow-totals.ts';
import { findPeople } from './_find-people.ts';
import { selectMoveRows, type MoveConditions } from './_move-rows.ts';
import { containsPattern } from './_name-key.ts';
import { lookupOrg } from './_org-match.ts';
import { summariseOrg } from './_summarise-org.ts';
import { buildResolutionRows, insertResolutionRows } from './_resolution-rows.ts';
import { migrateStore } from './migrations/migrate-store.ts';
import type { Database, Engine } from './schema.ts';
import { KyselyAlertStore } from './alerts-store.ts';
import { KyselyCurationStore } from './curation-store.ts';
import { KyselyDocumentStore } from './documents-store.ts';
import { KyselyFeedStore } from './feeds-store.ts';
import { KyselyResolutionStore } from './resolution-store.ts';
import type { FlowRow, MoveFilter, MoveRow, OrgSummary, PersonRecord, SaveResult, Store, StoreCounts } from './store.ts';

/** What differs between engines, beyond the kysely dialect. */
export interface EngineHooks {
  engine: Engine;
  /** See Store.url. */
  url: string | null;
  /** Serialises saves of one source across connections (PostgreSQL); SQLite's write lock already does. */
  lockSource?: (trx: Transaction<Database>, source: string) => Promise<void>;
  /** Brings planner statistics up to date after saveResolution replaced whole tables. */
  refreshStatistics?: (db: Kysely<Database>) => Promise<void>;
}

type Window = { since?: PartialDate; until?: PartialDate };

// For the few tools that work on whole tables whatever they are (copy-store.ts), not for queries.
const kyselies = new WeakMap<object, Kysely<Database>>();

/** The Kysely instance under a store opened by openStore; throws for any other Store. */
export function kyselyOf(store: Store): Kysely<Database> {
  const db = kyselies.get(store);
  if (!db) throw new Error('kyselyOf: not a store opened by openStore');
  return db;
}

/** Implements Store over a Kysely instance whose dialect is already configured. */
export class KyselyStore implements Store {
  readonly engine: Engine;
  readonly url: string | null;
  readonly documents: KyselyDocumentStore;
  readonly alerts: KyselyAlertStore;
  readonly curation: KyselyCurationStore;
  readonly feeds: KyselyFeedStore;
  readonly resolution: KyselyResolutionStore;
  readonly #db: Kysely<Database>;
  readonly #hooks: EngineHooks;

  constructor(db: Kysely<Database>, hooks: EngineHooks) {
    this.#db = db;
    kyselies.set(this, db);
    this.#hooks = hooks;
    this.engine = hooks.engine;
    this.url = hooks.url;
    this.documents = new KyselyDocumentStore(db, hooks.engine);
    this.alerts = new KyselyAlertStore(db, hooks.engine);
    this.curation = new KyselyCurationStore(db, hooks.engine);
    this.feeds = new KyselyFeedStore(db, hooks.engine);
    this.resolution = new KyselyResolutionStore(db, hooks.engine, hooks.refreshStatistics);
  }

  async migrate(): Promise<void> {
    await migrateStore(this.#db, this.engine);
  }

  /**
   * One transaction: the same content at the same source is skipped (even if it was superseded
   * since: flipping back to older content does not make it current again); changed content becomes
   * the next revision and supersedes the older ones. Claims are serialised before anything is written.
   */
  async saveDocument(article: Article, extraction: Extraction): Promise<SaveResult> {
    // Serialised before the transaction opens; the document id is filled in once known.
    const claims = extraction.moves.map((claim) => toClaimRow(claim, 0, extraction.extractor));
    return this.#db.transaction().execute(async (trx) => {
      await this.#hooks.lockSource?.(trx, article.source);
      const existing = await trx
        .selectFrom('documents')
        .select(['id', 'revision', 'content_hash'])
        .where('source', '=', article.source)
        .execute();
      const same = existing.find((d) => d.content_hash === article.contentHash);
      if (same) return { status: 'skipped', documentId: same.id, revision: same.revision, claims: 0 };
      const revision = existing.reduce((max, d) => Math.max(max, d.revision), 0) + 1;
      if (existing.length) {
        await trx.updateTable('documents').set({ superseded: 1 }).where('source', '=', article.source).where('superseded', '=', 0).execute();
      }
      const { id } = await trx
        .insertInto('documents')
        .values({
          source: article.source,
          url: article.url,
          title: article.title ?? extraction.title,
          lang: article.lang,
          published: article.published ?? extraction.published,
          published_from: article.publishedFrom,
          content_hash: article.contentHash,
          media_type: article.mediaType,
          charset: article.charset,
          bytes: article.bytes,
          text: article.text,
          revision,
          superseded: 0,
          extractor: extraction.extractor,
          ingested_at: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const claim of claims) claim.document_id = id;
      await insertChunked(trx, 'claims', claims);
      return { status: 'stored', documentId: id, revision, claims: claims.length };
    });
  }

  async listClaims(options: { evidence?: boolean } = {}): Promise<StoredClaim[]> {
    const rows = await (options.evidence === false
      ? selectClaimsWithoutEvidence(this.#db)
      : this.#db.selectFrom('claims as c').innerJoin('documents as d', 'd.id', 'c.document_id').selectAll('c').select(['d.source', 'd.published', 'd.lang'])
    )
      .where('d.superseded', '=', 0)
      .orderBy('c.id')
      .execute();
    return rows.map(fromClaimRow);
  }

  async saveResolution(resolution: Resolution): Promise<void> {
    const rows = buildResolutionRows(resolution);
    await this.#db.transaction().execute(async (trx) => {
      // Children first, so foreign keys hold at every statement.
      await trx.deleteFrom('move_claims').execute();
      await trx.deleteFrom('moves').execute();
      await trx.deleteFrom('person_names').execute();
      await trx.deleteFrom('people').execute();
      await trx.deleteFrom('org_names').execute();
      await trx.deleteFrom('orgs').execute();
      await insertResolutionRows(trx, rows);
      await refreshFlowTotals(trx);
    });
    await this.#hooks.refreshStatistics?.(this.#db);
  }

  /**
   * Filters combine with AND. `org` matches either side, `from`/`to` one side, each by any name of
   * the organization or of a sub-unit; `person` matches any name containing the given one (folded
   * case, spacing and punctuation, any script); since/until keep moves whose date span overlaps
   * theirs (see boundWindow) and drop undated moves.
   */
  async listMoves(filter: MoveFilter = {}): Promise<MoveRow[]> {
    const conditions: MoveConditions = { includeHistory: filter.history === true, window: boundWindow(filter) };
    if (filter.person !== undefined) conditions.personPattern = containsPattern(checkNameKey('person', filter.person));
    if (filter.org !== undefined) conditions.org = await lookupOrg(this.#db, filter.org, 'org');
    if (filter.from !== undefined) conditions.from = await lookupOrg(this.#db, filter.from, 'from');
    if (filter.to !== undefined) conditions.to = await lookupOrg(this.#db, filter.to, 'to');
    return selectMoveRows(this.#db, conditions, {
      order: 'newest',
      limit: checkCount('limit', filter.limit),
      offset: checkCount('offset', filter.offset),
      withoutEvidence: filter.evidence === false,
    });
  }

  async findPeople(name: string): Promise<PersonRecord[]> {
    return findPeople(this.#db, name);
  }

  async orgSummary(name: string, window?: Window): Promise<OrgSummary | null> {
    return summariseOrg(this.#db, name, window);
  }

  async flows(window?: Window & { limit?: number; peopleLimit?: number }): Promise<FlowRow[]> {
    return countFlows(this.#db, window, this.engine);
  }

  /** Documents and claims of current revisions only (what listClaims lists), and everything resolved. */
  async counts(): Promise<StoreCounts> {
    const db = this.#db;
    const [documents, claims, people, orgs, moves] = await Promise.all([
      db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).where('superseded', '=', 0).executeTakeFirstOrThrow(),
      db
        .selectFrom('claims as c')
        .innerJoin('documents as d', 'd.id', 'c.document_id')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('d.superseded', '=', 0)
        .executeTakeFirstOrThrow(),
      db.selectFrom('people').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      db.selectFrom('orgs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      db.selectFrom('moves').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ]);
    // PostgreSQL returns count(*) as a bigint string.
    return { documents: Number(documents.n), claims: Number(claims.n), people: Number(people.n), orgs: Number(orgs.n), moves: Number(moves.n) };
  }

  async close(): Promise<void> {
    await this.#db.destroy();
  }
}
