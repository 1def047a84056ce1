/** Documents and their claims as the API and the document page read them, and lookups of people and organizations by key. */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Lang, PartialDate } from '../core/types.ts';
import { checkCount, checkNameKey } from './_check-filter.ts';
import { boundWindow } from './_date-bounds.ts';
import { fromClaimRow, type ClaimWithDocument } from './_claim-rows.ts';
import { IDS_PER_QUERY, NO_LIMIT, selectMoveRows, whereMoves, type MoveConditions } from './_move-rows.ts';
import { containsPattern } from './_name-key.ts';
import { lookupOrg } from './_org-match.ts';
import type { Database, Engine } from './schema.ts';
import type { MoveFilter, MoveRow } from './store.ts';
import type { StoredClaim } from '../core/types.ts';

/** A page of rows and how many rows match in all. */
export interface PageOf<T> {
  items: T[];
  total: number;
}

export interface PageRequest {
  limit?: number;
  offset?: number;
}

export interface DocumentSummary {
  id: number;
  source: string;
  url: string | null;
  title: string | null;
  published: PartialDate | null;
  lang: Lang;
  /** Claims extracted from this revision. */
  claimCount: number;
  revision: number;
  /** True when a later revision of the same source replaced this one. */
  superseded: boolean;
  ingestedAt: string;
}

export interface DocumentRecord extends DocumentSummary {
  /** The main text; claims' evidence spans are character offsets into it. */
  text: string;
  mediaType: string;
  claims: ClaimRecord[];
}

/** A stored claim with the move and person it was resolved into (null when resolution dropped it). */
export interface ClaimRecord extends StoredClaim {
  moveId: number | null;
  personKey: string | null;
}

export interface ClaimFilter extends PageRequest {
  documentId?: number;
  personKey?: string;
}

export interface PersonSummary {
  key: string;
  name: string;
  names: string[];
  /** Moves of this person, career history included. */
  moveCount: number;
}

export interface PersonDetail {
  key: string;
  name: string;
  names: string[];
  /** Career timeline, oldest first, history included, each move with its sources. */
  moves: MoveRow[];
  /** Every claim resolved into one of these moves, with its evidence. */
  claims: ClaimRecord[];
}

export interface OrgListItem {
  key: string;
  name: string;
  verified: boolean;
  parent: string | null;
  aliases: string[];
}

export interface TeamFlow {
  team: string;
  inflow: number;
  outflow: number;
}

export interface DocumentStore {
  /** Current revisions, most recently ingested first. */
  listDocuments(page?: PageRequest): Promise<PageOf<DocumentSummary>>;
  /** Any revision by id, with its text and claims; null when there is none. */
  getDocument(id: number): Promise<DocumentRecord | null>;
  /** Claims of current revisions, oldest first; by document and/or by the person (key) they resolved to. */
  listClaims(filter?: ClaimFilter): Promise<PageOf<ClaimRecord>>;
  getClaim(id: number): Promise<ClaimRecord | null>;
  /** People with a name containing `q` (any script, folded), exact matches first; everyone by name without `q`. */
  searchPeople(q: string | undefined, page?: PageRequest): Promise<PageOf<PersonSummary>>;
  getPerson(key: string): Promise<PersonDetail | null>;
  /** Person keys of the given person ids (ids change at every re-resolution, keys do not). */
  personKeys(ids: number[]): Promise<Map<number, string>>;
  /** Organizations with a name or alias containing `q`, exact matches first; all by name without `q`. */
  searchOrgs(q: string | undefined, page?: PageRequest): Promise<PageOf<OrgListItem>>;
  getOrg(key: string): Promise<OrgListItem | null>;
  /** The organization a name stands for (canonical name, key or alias, any case; top-level and verified first), as the `org` filters read it. */
  findOrg(name: string): Promise<OrgListItem | null>;
  /** Teams of the organization itself with their non-history inflow and outflow in the window, busiest first. */
  orgTeams(key: string, window?: { since?: PartialDate; until?: PartialDate }): Promise<TeamFlow[]>;
  /** The current revision's id of the document read from `source` (path, URL or api:…), or null. */
  latestDocumentId(source: string): Promise<number | null>;
  /** How many moves listMoves would return for `filter` without limit and offset. */
  countMoves(filter?: MoveFilter): Promise<number>;
}


export class KyselyDocumentStore implements DocumentStore {
  readonly #db: Kysely<Database>;
  readonly #engine: Engine;

  constructor(db: Kysely<Database>, engine: Engine) {
    this.#db = db;
    this.#engine = engine;
  }

  get engine(): Engine {
    return this.#engine;
  }

  async listDocuments(page: PageRequest = {}): Promise<PageOf<DocumentSummary>> {
    const db = this.#db;
    const rows = await paged(
      db
        .selectFrom('documents as d')
        .select(['d.id', 'd.source', 'd.url', 'd.title', 'd.published', 'd.lang', 'd.revision', 'd.superseded', 'd.ingested_at'])
        .select((eb) => eb.selectFrom('claims as c').select((e) => e.fn.countAll().as('n')).whereRef('c.document_id', '=', 'd.id').as('claim_count'))
        .where('d.superseded', '=', 0)
        .orderBy('d.id', 'desc'),
      page,
    ).execute();
    const total = await db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).where('superseded', '=', 0).executeTakeFirstOrThrow();
    return { items: rows.map(toDocumentSummary), total: Number(total.n) };
  }

  async getDocument(id: number): Promise<DocumentRecord | null> {
    const row = await this.#db
      .selectFrom('documents as d')
      .select(['d.id', 'd.source', 'd.url', 'd.title', 'd.published', 'd.lang', 'd.revision', 'd.superseded', 'd.ingested_at', 'd.text', 'd.media_type'])
      .where('d.id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const claims = await this.#selectClaims((qb) => qb.where('c.document_id', '=', id), {});
    return { ...toDocumentSummary({ ...row, claim_count: claims.length }), text: row.text, mediaType: row.media_type, claims };
  }

  async listClaims(filter: ClaimFilter = {}): Promise<PageOf<ClaimRecord>> {
    const restrict = <Q extends ClaimQuery>(qb: Q): Q => {
      let q = qb;
      if (filter.documentId !== undefined) q = q.where('c.document_id', '=', filter.documentId) as Q;
      else q = q.where('d.superseded', '=', 0) as Q;
      if (filter.personKey !== undefined) {
        const key = filter.personKey;
        q = q.where('c.id', 'in', (eb) =>
          eb
            .selectFrom('move_claims as mc2')
            .innerJoin('moves as m2', 'm2.id', 'mc2.move_id')
            .innerJoin('people as p2', 'p2.id', 'm2.person_id')
            .select('mc2.claim_id')
            .where('p2.key', '=', key),
        ) as Q;
      }
      return q;
    };
    const items = await this.#selectClaims(restrict, filter);
    const total = await restrict(this.#db.selectFrom('claims as c').innerJoin('documents as d', 'd.id', 'c.document_id'))
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return { items, total: Number(total.n) };
  }

  async getClaim(id: number): Promise<ClaimRecord | null> {
    const [claim] = await this.#selectClaims((qb) => qb.where('c.id', '=', id), {});
    return claim ?? null;
  }

  async searchPeople(q: string | undefined, page: PageRequest = {}): Promise<PageOf<PersonSummary>> {
    const db = this.#db;
    const key = q === undefined ? undefined : checkNameKey('q', q);
    const matching = (eb: any) =>
      eb.selectFrom('person_names as pn').select('pn.person_id').where(sql<SqlBool>`pn.name_key like ${containsPattern(key!)} escape '\\'`);
    const exact = (eb: any) => eb.selectFrom('person_names as pe').select('pe.person_id').where('pe.name_key', '=', key!);
    let qb = db
      .selectFrom('people as p')
      .select(['p.id', 'p.key', 'p.name', 'p.names'])
      .select((eb) => eb.selectFrom('moves as m').select((e) => e.fn.countAll().as('n')).whereRef('m.person_id', '=', 'p.id').as('move_count'));
    let countQb = db.selectFrom('people as p').select((eb) => eb.fn.countAll().as('n'));
    if (key !== undefined) {
      qb = qb.where((eb) => eb('p.id', 'in', matching(eb)));
      countQb = countQb.where((eb) => eb('p.id', 'in', matching(eb)));
      // Exact matches first: a search box's best answer on top.
      qb = qb.orderBy((eb) => eb.case().when('p.id', 'in', exact(eb)).then(0).else(1).end());
    }
    const rows = await paged(qb.orderBy('p.name').orderBy('p.id'), page).execute();
    const total = await countQb.executeTakeFirstOrThrow();
    return {
      items: rows.map((r) => ({ key: r.key, name: r.name, names: JSON.parse(r.names) as string[], moveCount: Number(r.move_count) })),
      total: Number(total.n),
    };
  }

  async getPerson(key: string): Promise<PersonDetail | null> {
    const person = await this.#db.selectFrom('people').select(['id', 'key', 'name', 'names']).where('key', '=', key).executeTakeFirst();
    if (!person) return null;
    const moves = await selectMoveRows(this.#db, { personIds: [person.id], includeHistory: true }, { order: 'oldest' });
    const { items: claims } = await this.listClaims({ personKey: key });
    return { key: person.key, name: person.name, names: JSON.parse(person.names) as string[], moves, claims };
  }

  async personKeys(ids: number[]): Promise<Map<number, string>> {
    const keys = new Map<number, string>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += IDS_PER_QUERY) {
      const rows = await this.#db.selectFrom('people').select(['id', 'key']).where('id', 'in', unique.slice(i, i + IDS_PER_QUERY)).execute();
      for (const r of rows) keys.set(r.id, r.key);
    }
    return keys;
  }

  async searchOrgs(q: string | undefined, page: PageRequest = {}): Promise<PageOf<OrgListItem>> {
    const db = this.#db;
    const key = q === undefined ? undefined : checkNameKey('q', q);
    const matching = (eb: any) =>
      eb.selectFrom('org_names as n').select('n.org_id').where(sql<SqlBool>`n.name_key like ${containsPattern(key!)} escape '\\'`);
    const exact = (eb: any) => eb.selectFrom('org_names as ne').select('ne.org_id').where('ne.name_key', '=', key!);
    let qb = db.selectFrom('orgs as o').select(['o.key', 'o.name', 'o.verified', 'o.parent_key', 'o.aliases']);
    let countQb = db.selectFrom('orgs as o').select((eb) => eb.fn.countAll().as('n'));
    if (key !== undefined) {
      qb = qb.where((eb) => eb('o.id', 'in', matching(eb)));
      countQb = countQb.where((eb) => eb('o.id', 'in', matching(eb)));
      qb = qb.orderBy((eb) => eb.case().when('o.id', 'in', exact(eb)).then(0).else(1).end());
    }
    // Top-level and verified organizations before their units and unverified names.
    qb = qb.orderBy((eb) => eb.case().when('o.parent_key', 'is', null).then(0).else(1).end()).orderBy('o.verified', 'desc');
    const rows = await paged(qb.orderBy('o.name').orderBy('o.id'), page).execute();
    const total = await countQb.executeTakeFirstOrThrow();
    return { items: rows.map(toOrgListItem), total: Number(total.n) };
  }

  async getOrg(key: string): Promise<OrgListItem | null> {
    const row = await this.#db.selectFrom('orgs as o').select(['o.key', 'o.name', 'o.verified', 'o.parent_key', 'o.aliases']).where('o.key', '=', key).executeTakeFirst();
    return row ? toOrgListItem(row) : null;
  }

  async findOrg(name: string): Promise<OrgListItem | null> {
    const best = (await lookupOrg(this.#db, name, 'org')).named[0];
    return best ? toOrgListItem(best) : null;
  }

  async orgTeams(key: string, window?: { since?: PartialDate; until?: PartialDate }): Promise<TeamFlow[]> {
    const org = await this.#db.selectFrom('orgs').select('id').where('key', '=', key).executeTakeFirst();
    if (!org) return [];
    const rows = await whereMoves(this.#db.selectFrom('moves as m'), { window: boundWindow(window), includeHistory: false })
      .select(['m.from_org_id', 'm.from_team', 'm.to_org_id', 'm.to_team'])
      .where((eb) => eb.or([eb('m.from_org_id', '=', org.id), eb('m.to_org_id', '=', org.id)]))
      .execute();
    const teams = new Map<string, TeamFlow>();
    const team = (name: string) => {
      let t = teams.get(name);
      if (!t) teams.set(name, (t = { team: name, inflow: 0, outflow: 0 }));
      return t;
    };
    for (const r of rows) {
      const fromHere = r.from_org_id === org.id;
      const toHere = r.to_org_id === org.id;
      // A move between two teams of the organization is a departure from one and an arrival in the other.
      if (fromHere && r.from_team && !(toHere && r.to_team === r.from_team)) team(r.from_team).outflow++;
      if (toHere && r.to_team && !(fromHere && r.to_team === r.from_team)) team(r.to_team).inflow++;
    }
    return [...teams.values()].sort((a, b) => b.inflow + b.outflow - (a.inflow + a.outflow) || a.team.localeCompare(b.team));
  }

  async latestDocumentId(source: string): Promise<number | null> {
    const row = await this.#db.selectFrom('documents').select('id').where('source', '=', source).where('superseded', '=', 0).executeTakeFirst();
    return row?.id ?? null;
  }

  async countMoves(filter: MoveFilter = {}): Promise<number> {
    const db = this.#db;
    const conditions: MoveConditions = { includeHistory: filter.history === true, window: boundWindow(filter) };
    if (filter.person !== undefined) conditions.personPattern = containsPattern(checkNameKey('person', filter.person));
    if (filter.org !== undefined) conditions.org = await lookupOrg(db, filter.org, 'org');
    if (filter.from !== undefined) conditions.from = await lookupOrg(db, filter.from, 'from');
    if (filter.to !== undefined) conditions.to = await lookupOrg(db, filter.to, 'to');
    const row = await whereMoves(db.selectFrom('moves as m'), conditions).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Claims joined with their documents, the move they resolved into and its person; oldest first. */
  async #selectClaims(restrict: (qb: ClaimQuery) => ClaimQuery, page: PageRequest): Promise<ClaimRecord[]> {
    const qb = restrict(this.#db.selectFrom('claims as c').innerJoin('documents as d', 'd.id', 'c.document_id'))
      .leftJoin('move_claims as mc', 'mc.claim_id', 'c.id')
      .leftJoin('moves as m', 'm.id', 'mc.move_id')
      .leftJoin('people as p', 'p.id', 'm.person_id')
      .selectAll('c')
      .select(['d.source', 'd.published', 'd.lang', 'mc.move_id', 'p.key as person_key'])
      .orderBy('c.id');
    const rows = await paged(qb, page).execute();
    return rows.map((r) => {
      const { move_id, person_key, ...claim } = r as typeof r & ClaimWithDocument;
      return { ...fromClaimRow(claim), moveId: move_id ?? null, personKey: person_key ?? null };
    });
  }
}

type ClaimQuery = ReturnType<typeof claimBase>;
// Only for its type: the claims query every claim read starts from.
function claimBase(db: Kysely<Database>) {
  return db.selectFrom('claims as c').innerJoin('documents as d', 'd.id', 'c.document_id');
}

/** Applies limit and offset when given (checked here: whole numbers ≥ 0). */
function paged<Q extends { limit(n: number): Q; offset(n: number): Q }>(qb: Q, page: PageRequest): Q {
  const limit = checkCount('limit', page.limit);
  const offset = checkCount('offset', page.offset);
  let q = qb;
  if (limit !== undefined || offset !== undefined) q = q.limit(limit ?? NO_LIMIT);
  if (offset !== undefined) q = q.offset(offset);
  return q;
}

function toDocumentSummary(r: {
  id: number; source: string; url: string | null; title: string | null; published: string | null; lang: string;
  revision: number; superseded: number; ingested_at: string; claim_count: unknown;
}): DocumentSummary {
  return {
    id: r.id,
    source: r.source,
    url: r.url,
    title: r.title,
    published: r.published,
    lang: r.lang as Lang,
    claimCount: Number(r.claim_count ?? 0),
    revision: r.revision,
    superseded: r.superseded === 1,
    ingestedAt: r.ingested_at,
  };
}

function toOrgListItem(r: { key: string; name: string; verified: number; parent_key: string | null; aliases: string }): OrgListItem {
  return { key: r.key, name: r.name, verified: r.verified === 1, parent: r.parent_key, aliases: JSON.parse(r.aliases) as string[] };
}
