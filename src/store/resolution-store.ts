/**
 * Incremental resolution: people, organizations and moves kept equal to resolving every current
 * claim at once, while re-resolving only the groups of linked names that new, superseded or
 * re-organized claims touch, a chunk at a time.
 */
import { createHash } from 'node:crypto';
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { InternalError } from '../core/errors.ts';
import type { ResolvedOrg, StoredClaim } from '../core/types.ts';
import { applyDecisions, indexDecisions, type Decision } from '../curation/index.ts';
import type { Gazetteer } from '../orgs/index.ts';
import {
  bucketPairs,
  claimNames,
  nameLinkKeys,
  createLinkStrength,
  moveSignatures,
  personKeyBase,
  resolveClaimsWithOrgs,
  resolveOrgForms,
  type OrgForm,
  type OrgFormResolution,
  type PeopleConstraints,
} from '../resolve/index.ts';
import { fromClaimRow, selectClaimsWithoutEvidence as selectClaims } from './_claim-rows.ts';
import { refreshFlowTotals, type MoveSides } from './_flow-totals.ts';
import { insertChunked } from './_insert-chunked.ts';
import { buildResolutionRows, insertResolutionRows } from './_resolution-rows.ts';
import type { Database, Engine } from './schema.ts';

export interface ResolutionUpdate {
  gazetteer: Gazetteer;
  /** Every curation decision (store.curation.listDecisions()). */
  decisions: Decision[];
  /** Claims resolved per transaction (default 5,000): whole groups of linked names are added until it is reached. */
  chunkClaims?: number;
  /** Rebuild everything (in chunks) even when the index is up to date. */
  full?: boolean;
  /**
   * Called for each batch of claims indexed, each batch of weak links weighed and each chunk
   * resolved, while the step still holds its working set (progress; a memory probe sees its peak).
   */
  onStep?: (step: { phase: 'index' | 'link' | 'resolve'; claims: number }) => void;
}

export interface ResolutionReport {
  /** Moves in the store afterwards. */
  moves: number;
  /** True when the whole store was re-resolved: first run, a new index version, an index out of step. */
  full: boolean;
  /** Claims newly entered in the index. */
  indexed: number;
  /** Claims loaded and resolved again, over all chunks. */
  resolved: number;
  chunks: number;
  /** Claims of the largest chunk (a chunk holds whole groups, so one group can exceed chunkClaims). */
  largestChunk: number;
}

export interface ResolutionStore {
  /**
   * Brings people, organizations and moves up to date with the current claims and decisions.
   * The result always equals `resolveClaims(applyDecisions(listClaims(), decisions).claims, …)`;
   * only claims whose people new, superseded or re-organized claims can change are loaded, and
   * each chunk is written in its own transaction (an interrupted run leaves a consistent store
   * and the next one finishes the work). A change of decisions re-resolves the groups of the claims
   * of the documents the changed decisions name.
   */
  update(opts: ResolutionUpdate): Promise<ResolutionReport>;
  /** The largest claim id: about how many claims the store has ever held, read from the key alone. */
  claimIdBound(): Promise<number>;
}

// Bump when the index's meaning or resolve's rules change (name matching, keys, organizations):
// stores indexed by an older version are rebuilt on their next run.
const VERSION = 'r5';
// Ids per IN list, under both engines' parameter limits.
const IN_BATCH = 500;
const DEFAULT_CHUNK = 5000;
const LOCK_NAME = 'poachwatch.resolution';
/** Component of a claim that is no longer current (its document was superseded). */
const RETIRED = 0;
/** resolve_claims.dirty: 1 re-resolve its group; 2 superseded, re-resolve its group and retire it. */
const DIRTY = 1;
const STALE = 2;

type Db = Kysely<Database>;
type Curation = {
  /** Current claims of documents some decision names: their curated form, or null when rejected. */
  byId: Map<number, StoredClaim | null>;
  sources: Set<string>;
  /** Every revision of those documents, left out of the SQL aggregate of organization forms. */
  documentIds: number[];
  people: PeopleConstraints;
};
type OrgState = { resolution: OrgFormResolution; idOf: Map<string, number>; obsolete: Set<number> };

function inBatches<T>(items: T[], size = IN_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Union-find over integer labels; the smallest label of a class is its root. */
class Labels {
  private parent = new Map<number, number>();
  find(x: number): number {
    let r = x;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    let y = x;
    while (y !== r) {
      const next = this.parent.get(y)!;
      this.parent.set(y, r);
      y = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) ra < rb ? this.parent.set(rb, ra) : this.parent.set(ra, rb);
  }
  /** Every label seen that is no longer its class's root, with the root. */
  moved(labels: Iterable<number>): Map<number, number> {
    const out = new Map<number, number>();
    for (const l of labels) if (this.find(l) !== l) out.set(l, this.find(l));
    return out;
  }
}

function decisionsFingerprint(decisions: Decision[]): string {
  const h = createHash('sha1').update(VERSION);
  for (const d of [...decisions].sort((a, b) => a.id - b.id)) {
    h.update(JSON.stringify([d.id, d.action, d.source, d.otherSource, d.fingerprints, d.otherFingerprints, d.fields]));
  }
  return h.digest('hex');
}

/** Each decision's content hash and the sources it names, as stored: what a change of decisions is diffed against. */
type DecisionIndex = Array<[id: number, hash: string, sources: string[]]>;

function indexOfDecisions(decisions: Decision[]): DecisionIndex {
  return [...decisions]
    .sort((a, b) => a.id - b.id)
    .map((d) => [
      d.id,
      createHash('sha1').update(JSON.stringify([d.action, d.source, d.otherSource, d.fingerprints, d.otherFingerprints, d.fields])).digest('hex').slice(0, 16),
      d.otherSource === null ? [d.source] : [d.source, d.otherSource],
    ]);
}

/** Sources named by a decision added, removed or changed between two indexes: only their claims read differently now. */
function sourcesChanged(before: DecisionIndex, after: DecisionIndex): Set<string> {
  const key = (e: DecisionIndex[number]) => `${e[0]}:${e[1]}`;
  const [had, has] = [new Set(before.map(key)), new Set(after.map(key))];
  const out = new Set<string>();
  for (const e of before) if (!has.has(key(e))) for (const s of e[2]) out.add(s);
  for (const e of after) if (!had.has(key(e))) for (const s of e[2]) out.add(s);
  return out;
}

function parseDecisionIndex(raw: string | undefined): DecisionIndex | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as DecisionIndex) : null;
  } catch {
    return null;
  }
}

const formId = (org: string, mention: string) => `${org}\u0000${mention}`;

export class KyselyResolutionStore implements ResolutionStore {
  readonly #db: Db;
  readonly #engine: Engine;
  readonly #refreshStatistics?: (db: Db) => Promise<void>;

  constructor(db: Db, engine: Engine, refreshStatistics?: (db: Db) => Promise<void>) {
    this.#db = db;
    this.#engine = engine;
    this.#refreshStatistics = refreshStatistics;
  }

  async claimIdBound(): Promise<number> {
    const row = await this.#db.selectFrom('claims').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst();
    return Number(row?.m ?? 0);
  }

  async update(opts: ResolutionUpdate): Promise<ResolutionReport> {
    if (this.#engine !== 'postgres') return this.#update(opts);
    // Runs never interleave: the index is read and written across many transactions. A lock of its
    // own, so a caller already holding the worker's 'poachwatch.resolve' lock does not wait for itself.
    return this.#db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(hashtextextended(${LOCK_NAME}, 0))`.execute(conn);
      try {
        return await this.#update(opts);
      } finally {
        await sql`select pg_advisory_unlock(hashtextextended(${LOCK_NAME}, 0))`.execute(conn);
      }
    });
  }

  async #update(opts: ResolutionUpdate): Promise<ResolutionReport> {
    const chunkClaims = Math.max(1, opts.chunkClaims ?? DEFAULT_CHUNK);
    const fingerprint = decisionsFingerprint(opts.decisions);
    const state = await this.#readState(this.#db);
    const report: ResolutionReport = { moves: 0, full: false, indexed: 0, resolved: 0, chunks: 0, largestChunk: 0 };
    const decisionIndex = indexOfDecisions(opts.decisions);
    // Sources whose decisions changed since the last run: only their claims are curated anew.
    let recurate = new Set<string>();
    const storedIndex = parseDecisionIndex(state.get('decision_index'));
    if (opts.full || state.get('version') !== VERSION || state.get('people') !== (await peopleSignature(this.#db)) || (state.get('decisions') !== fingerprint && !storedIndex)) {
      await this.#reset(fingerprint, decisionIndex);
      report.full = true;
    } else if (state.get('decisions') !== fingerprint) {
      recurate = sourcesChanged(storedIndex!, decisionIndex);
    }
    const rebuildMark = Number((await this.#readState(this.#db)).get('rebuild_below') ?? 0);
    if (rebuildMark) report.full = true;

    const curation = await this.#curate(opts.decisions);
    // Indexing holds names, not claims: batches of four chunks fetch crowded buckets' candidates less often.
    report.indexed = await this.#indexPending(curation, chunkClaims * 4, opts.onStep);
    if (recurate.size) await this.#recurate(recurate, curation, chunkClaims * 4);
    await this.#db
      .updateTable('resolve_claims')
      .set({ dirty: STALE })
      .where('component', '!=', RETIRED)
      .where('dirty', '!=', STALE)
      .where('claim_id', 'in', (eb) =>
        eb.selectFrom('claims as c').innerJoin('documents as d', 'd.id', 'c.document_id').select('c.id').where('d.superseded', '=', 1),
      )
      .execute();
    await this.#joinSameAs(curation.people.sameAs);
    const orgs = await this.#resolveOrgs(opts.gazetteer, curation);
    await this.#activateWeakLinks(curation, orgs, chunkClaims * 4, opts.onStep);

    for (;;) {
      const seeds = await this.#db
        .selectFrom('resolve_claims')
        .select('component')
        .distinct()
        .where('dirty', '!=', 0)
        .orderBy('component')
        .limit(1000)
        .execute();
      if (!seeds.length) break;
      const sizes = new Map<number, number>();
      for (const batch of inBatches(seeds.map((s) => s.component))) {
        const rows = await this.#db
          .selectFrom('resolve_claims')
          .select(['component', (eb) => eb.fn.countAll().as('n')])
          .where('component', 'in', batch)
          .groupBy('component')
          .execute();
        for (const r of rows) sizes.set(r.component, Number(r.n));
      }
      const chosen: number[] = [];
      let total = 0;
      for (const { component } of seeds) {
        const n = sizes.get(component) ?? 0;
        if (chosen.length && total + n > chunkClaims) break;
        chosen.push(component);
        total += n;
      }
      const resolved = await this.#resolveChunk(chosen, curation, orgs, rebuildMark, opts.onStep);
      report.chunks++;
      report.resolved += resolved;
      report.largestChunk = Math.max(report.largestChunk, resolved);
    }

    await this.#db.transaction().execute(async (trx) => {
      const changed: MoveSides[] = [];
      if (rebuildMark) {
        // People from before the rebuild that no current claim leads to.
        const sides = await trx.selectFrom('moves').select(['from_org_id', 'to_org_id']).distinct().where('person_id', '<=', rebuildMark).execute();
        for (const s of sides) changed.push({ fromOrgId: s.from_org_id, toOrgId: s.to_org_id });
        await trx.deleteFrom('move_claims').where('move_id', 'in', (eb) => eb.selectFrom('moves').select('id').where('person_id', '<=', rebuildMark)).execute();
        await trx.deleteFrom('moves').where('person_id', '<=', rebuildMark).execute();
        await trx.deleteFrom('person_names').where('person_id', '<=', rebuildMark).execute();
        await trx.deleteFrom('people').where('id', '<=', rebuildMark).execute();
        await trx.deleteFrom('resolve_state').where('name', '=', 'rebuild_below').execute();
      }
      await this.#dropUnusedOrgs(trx, orgs);
      if (changed.length) await refreshFlowTotals(trx, changed);
      await this.#writeState(trx, { people: await peopleSignature(trx), decisions: fingerprint, decision_index: JSON.stringify(decisionIndex) });
    });
    if (report.full) await this.#refreshStatistics?.(this.#db);
    const moves = await this.#db.selectFrom('moves').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    report.moves = Number(moves.n);
    return report;
  }

  async #readState(db: Db): Promise<Map<string, string>> {
    const rows = await db.selectFrom('resolve_state').select(['name', 'value']).execute();
    return new Map(rows.map((r) => [r.name, r.value]));
  }

  async #writeState(db: Db, values: Record<string, string>): Promise<void> {
    const names = Object.keys(values);
    if (!names.length) return;
    await db.deleteFrom('resolve_state').where('name', 'in', names).execute();
    await db
      .insertInto('resolve_state')
      .values(names.map((name) => ({ name, value: values[name] })))
      .execute();
  }

  /**
   * Empties the index: every current claim is pending again, and every person now stored is
   * replaced by the time the run ends (`rebuild_below`: people up to this id are from before).
   */
  async #reset(fingerprint: string, decisionIndex: DecisionIndex): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      for (const table of ['resolve_names', 'resolve_name_keys', 'resolve_weak_links', 'resolve_name_sigs', 'resolve_claims', 'resolve_people', 'resolve_org_forms', 'resolve_state'] as const) {
        await trx.deleteFrom(table).execute();
      }
      const max = await trx.selectFrom('people').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst();
      const mark = Number(max?.m ?? 0);
      const values: Record<string, string> = { version: VERSION, decisions: fingerprint, decision_index: JSON.stringify(decisionIndex), people: await peopleSignature(trx) };
      if (mark) values.rebuild_below = String(mark);
      await this.#writeState(trx, values);
    });
  }

  /** The current claims of documents decisions name, curated; everything else resolves as stored. */
  async #curate(decisions: Decision[]): Promise<Curation> {
    const curation: Curation = { byId: new Map(), sources: new Set(), documentIds: [], people: { sameAs: [], differentFrom: [] } };
    if (!decisions.length) return curation;
    curation.sources = indexDecisions(decisions).sources;
    const claims: StoredClaim[] = [];
    for (const batch of inBatches([...curation.sources])) {
      const docs = await this.#db.selectFrom('documents').select(['id']).where('source', 'in', batch).execute();
      curation.documentIds.push(...docs.map((d) => d.id));
      const rows = await selectClaims(this.#db)
        .where('d.source', 'in', batch)
        .where('d.superseded', '=', 0)
        .execute();
      claims.push(...rows.map(fromClaimRow));
    }
    claims.sort((a, b) => a.id - b.id);
    const curated = applyDecisions(claims, decisions);
    for (const c of claims) curation.byId.set(c.id, null);
    for (const c of curated.claims) curation.byId.set(c.id, c);
    curation.people = curated.people;
    return curation;
  }

  /** Enters claims the index has not seen, a chunk per transaction; returns how many. */
  async #indexPending(curation: Curation, chunkClaims: number, onStep: ResolutionUpdate['onStep']): Promise<number> {
    let after = 0;
    let total = 0;
    for (;;) {
      const rows = await this.#db
        .selectFrom('claims as c')
        .innerJoin('documents as d', 'd.id', 'c.document_id')
        .select(['c.id', 'c.person', 'c.aliases', 'd.source'])
        // Through the partial index on superseded documents: reading documents.superseded itself means
        // reading past the text column.
        .select(({ exists, selectFrom }) =>
          exists(selectFrom('documents as s').select('s.id').whereRef('s.id', '=', 'c.document_id').where('s.superseded', '=', 1)).as('superseded'),
        )
        .where('c.id', '>', after)
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('resolve_claims as rc').select('rc.claim_id').whereRef('rc.claim_id', '=', 'c.id'))))
        .orderBy('c.id')
        .limit(chunkClaims)
        .execute();
      if (!rows.length) return total;
      after = rows[rows.length - 1].id;
      const entries: Array<{ claimId: number; names: string[]; retired: boolean }> = [];
      for (const r of rows) {
        if (Number(r.superseded)) {
          entries.push({ claimId: r.id, names: [], retired: true });
          continue;
        }
        if (curation.sources.has(r.source)) {
          // Stored after the decisions were applied: left for the next run, which curates it.
          if (!curation.byId.has(r.id)) continue;
          const curated = curation.byId.get(r.id)!;
          entries.push({ claimId: r.id, names: curated ? claimNames(curated) : [], retired: false });
          continue;
        }
        entries.push({ claimId: r.id, names: claimNames({ person: r.person, aliases: JSON.parse(r.aliases) as string[] }), retired: false });
      }
      await this.#db.transaction().execute((trx) => this.#indexClaims(trx, entries, onStep));
      total += entries.length;
    }
  }

  /**
   * Curates anew the indexed claims of sources whose decisions changed: their names as the
   * decisions now read (an edit may rename a person) join their groups, and the groups resolve
   * again. Names they no longer carry stay in the group, which only makes it larger, never wrong.
   */
  async #recurate(sources: Set<string>, curation: Curation, batchClaims: number): Promise<void> {
    for (const list of inBatches([...sources])) {
      const rows = await this.#db
        .selectFrom('resolve_claims as rc')
        .innerJoin('claims as c', 'c.id', 'rc.claim_id')
        .innerJoin('documents as d', 'd.id', 'c.document_id')
        .select(['c.id', 'c.person', 'c.aliases', 'rc.component'])
        .where('d.source', 'in', list)
        .where('rc.component', '!=', RETIRED)
        .where('rc.dirty', '!=', STALE)
        .orderBy('c.id')
        .execute();
      for (const batch of inBatches(rows, batchClaims)) {
        const entries = batch.map((r) => {
          const curated = curation.byId.get(r.id);
          const names = curated === null ? [] : claimNames(curated ?? { person: r.person, aliases: JSON.parse(r.aliases) as string[] });
          return { claimId: r.id, names, retired: false, component: r.component };
        });
        await this.#db.transaction().execute((trx) => this.#indexClaims(trx, entries));
      }
    }
  }

  /**
   * Gives each claim the component of its names: a new name joins every stored name it may link
   * with (found through shared keys), and components a claim or link bridges become one.
   */
  async #indexClaims(trx: Transaction<Database>, entries: Array<{ claimId: number; names: string[]; retired: boolean; component?: number }>, onStep?: ResolutionUpdate['onStep']): Promise<void> {
    const names = [...new Set(entries.flatMap((e) => e.names))];
    const labelOf = new Map<string, number>();
    const labels = new Labels();
    // Stored components this batch meets: the only labels that may have to be rewritten in the tables.
    const stored = new Set<number>();
    for (const batch of inBatches(names)) {
      const rows = await trx.selectFrom('resolve_names').select(['name', 'component']).where('name', 'in', batch).execute();
      for (const r of rows) {
        labelOf.set(r.name, r.component);
        stored.add(r.component);
      }
    }
    const fresh = names.filter((n) => !labelOf.has(n));
    const max = await trx.selectFrom('resolve_names').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst();
    let nextId = Number(max?.m ?? 0) + 1;
    const newRows: Insertable<Database['resolve_names']>[] = [];
    const keyRows: Insertable<Database['resolve_name_keys']>[] = [];
    const freshKeys = new Map<string, ReturnType<typeof nameLinkKeys>>();
    // Candidates by key and script (bucket keys pair some scripts only): stored names and the new ones alike.
    type Candidate = { id: number; name: string; label: number };
    const byKey = new Map<string, { latin: Candidate[]; other: Candidate[] }>();
    const push = (key: string, latin: boolean, item: Candidate) => {
      let lists = byKey.get(key);
      if (!lists) byKey.set(key, (lists = { latin: [], other: [] }));
      (latin ? lists.latin : lists.other).push(item);
    };
    for (const name of fresh) {
      const id = nextId++;
      labelOf.set(name, id);
      const keys = nameLinkKeys(name);
      freshKeys.set(name, keys);
      newRows.push({ id, name, component: id });
      for (const key of new Set([...keys.exact, ...keys.buckets])) keyRows.push({ key, name_id: id, latin: Number(keys.latin) });
    }
    // Stored candidates of the scripts some new name may pair with under each key (Latin names meet
    // Latin ones only through exact, SUB and KOL keys: most of a crowded bucket is never fetched).
    const wantLatin = new Set<string>();
    const wantOther = new Set<string>();
    for (const name of fresh) {
      const keys = freshKeys.get(name)!;
      for (const key of keys.exact) {
        wantLatin.add(key);
        wantOther.add(key);
      }
      for (const key of keys.buckets) {
        if (bucketPairs(key, keys.latin, true)) wantLatin.add(key);
        if (bucketPairs(key, keys.latin, false)) wantOther.add(key);
      }
    }
    const both = [...wantLatin].filter((k) => wantOther.has(k));
    const latinOnly = [...wantLatin].filter((k) => !wantOther.has(k));
    const otherOnly = [...wantOther].filter((k) => !wantLatin.has(k));
    for (const [keys, latin] of [[both, null], [latinOnly, 1], [otherOnly, 0]] as const) {
      for (const batch of inBatches(keys)) {
        let q = trx
          .selectFrom('resolve_name_keys as k')
          .innerJoin('resolve_names as n', 'n.id', 'k.name_id')
          .select(['k.key', 'k.latin', 'n.id', 'n.name', 'n.component'])
          .where('k.key', 'in', batch);
        if (latin !== null) q = q.where('k.latin', '=', latin);
        for (const r of await q.execute()) {
          push(r.key, r.latin === 1, { id: r.id, name: r.name, label: r.component });
          stored.add(r.component);
        }
      }
    }
    for (const name of fresh) {
      const keys = freshKeys.get(name)!;
      for (const key of new Set([...keys.exact, ...keys.buckets])) push(key, keys.latin, { id: labelOf.get(name)!, name, label: labelOf.get(name)! });
    }
    const firstFresh = nextId - fresh.length;
    const weakRows: Insertable<Database['resolve_weak_links']>[] = [];
    const linkStrength = createLinkStrength();
    for (const name of fresh) {
      const keys = freshKeys.get(name)!;
      // A new name's own id is its first label.
      const own = labelOf.get(name)!;
      const seen = new Set<number>();
      for (const key of keys.exact) {
        const lists = byKey.get(key)!;
        for (const other of [...lists.latin, ...lists.other]) labels.union(own, other.label);
      }
      for (const key of keys.buckets) {
        const lists = byKey.get(key)!;
        for (const [latin, list] of [[true, lists.latin], [false, lists.other]] as const) {
          if (!bucketPairs(key, keys.latin, latin)) continue;
          for (const other of list) {
            // A pair of new names is compared once, from its lower id; a pair sharing several buckets once too.
            if ((other.id >= firstFresh && other.id <= own) || seen.has(other.id)) continue;
            seen.add(other.id);
            if (labels.find(own) === labels.find(other.label)) continue;
            const strength = linkStrength(name, other.name);
            // A weak link joins two groups only while their claims share a move: kept aside, weighed when resolving.
            if (strength >= 2) labels.union(own, other.label);
            else if (strength === 1) weakRows.push(own < other.id ? { a: own, b: other.id } : { a: other.id, b: own });
          }
        }
      }
    }
    const claimRows: Insertable<Database['resolve_claims']>[] = [];
    // Claims indexed before (curated anew): their group joins their names' and resolves again.
    const redo: number[] = [];
    for (const e of entries) {
      if (e.component !== undefined) {
        stored.add(e.component);
        for (const n of e.names) labels.union(e.component, labelOf.get(n)!);
        redo.push(e.claimId);
        continue;
      }
      if (e.retired) {
        claimRows.push({ claim_id: e.claimId, component: RETIRED, person_id: null, dirty: 0 });
        continue;
      }
      const own = e.names.map((n) => labelOf.get(n)!);
      // A claim without a name is a group of its own.
      const label = own.length ? own[0] : -e.claimId;
      for (const l of own.slice(1)) labels.union(label, l);
      claimRows.push({ claim_id: e.claimId, component: label, person_id: null, dirty: DIRTY });
    }
    onStep?.({ phase: 'index', claims: entries.length });
    for (const row of newRows) row.component = labels.find(row.component as number);
    for (const row of claimRows) if (row.component !== RETIRED) row.component = labels.find(row.component as number);
    await relabel(trx, labels.moved(stored));
    await insertChunked(trx, 'resolve_names', newRows);
    await insertChunked(trx, 'resolve_name_keys', keyRows);
    await insertChunked(trx, 'resolve_weak_links', weakRows);
    await insertChunked(trx, 'resolve_claims', claimRows);
    for (const batch of inBatches(redo)) await trx.updateTable('resolve_claims').set({ dirty: DIRTY }).where('claim_id', 'in', batch).where('dirty', '=', 0).execute();
  }

  /** Claims humans said are one person resolve together: their components become one. */
  async #joinSameAs(pairs: Array<[number, number]>): Promise<void> {
    if (!pairs.length) return;
    const componentOf = new Map<number, number>();
    for (const batch of inBatches([...new Set(pairs.flat())])) {
      const rows = await this.#db.selectFrom('resolve_claims').select(['claim_id', 'component']).where('claim_id', 'in', batch).where('component', '!=', RETIRED).execute();
      for (const r of rows) componentOf.set(r.claim_id, r.component);
    }
    const labels = new Labels();
    const involved = new Set<number>();
    for (const [a, b] of pairs) {
      const [ca, cb] = [componentOf.get(a), componentOf.get(b)];
      if (ca === undefined || cb === undefined || labels.find(ca) === labels.find(cb)) continue;
      labels.union(ca, cb);
      involved.add(a);
      involved.add(b);
    }
    const moved = labels.moved(componentOf.values());
    if (!moved.size) return;
    await this.#db.transaction().execute(async (trx) => {
      await relabel(trx, moved);
      for (const batch of inBatches([...involved])) await trx.updateTable('resolve_claims').set({ dirty: DIRTY }).where('claim_id', 'in', batch).where('dirty', '=', 0).execute();
    });
  }

  /**
   * Resolves organizations over every current claim's forms (one aggregate query plus the curated
   * claims), writes the organizations that changed, and marks for re-resolution the claims whose
   * form now resolves to another organization key or team.
   */
  async #resolveOrgs(gazetteer: Gazetteer, curation: Curation): Promise<OrgState> {
    const forms = new Map<string, OrgForm & { rank: number }>();
    const add = (org: string, mention: string, count: number, rank: number) => {
      if (!(org || mention)) return;
      const id = formId(org, mention);
      const hit = forms.get(id);
      if (hit) {
        hit.count += count;
        hit.rank = Math.min(hit.rank, rank);
      } else forms.set(id, { org, mention, count, rank });
    };
    for (const side of ['from', 'to'] as const) {
      const org = side === 'from' ? 'c.from_org' : 'c.to_org';
      const mention = side === 'from' ? 'c.from_mention' : 'c.to_mention';
      let q = this.#db
        .selectFrom('resolve_claims as rc')
        .innerJoin('claims as c', 'c.id', 'rc.claim_id')
        .select([sql<string>`${sql.ref(org)}`.as('org'), sql<string>`coalesce(${sql.ref(mention)}, ${sql.ref(org)})`.as('mention'), (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.min('c.id').as('first')])
        .where('rc.component', '!=', RETIRED)
        .where('rc.dirty', '!=', STALE)
        .where(sql.ref(org), 'is not', null)
        .groupBy([sql.ref(org), sql`coalesce(${sql.ref(mention)}, ${sql.ref(org)})`]);
      // Curated claims are counted as the decisions make them, below.
      if (curation.documentIds.length) q = q.where('c.document_id', 'not in', curation.documentIds);
      for (const r of await q.execute()) add(r.org, r.mention, Number(r.n), Number(r.first) * 2 + (side === 'to' ? 1 : 0));
    }
    for (const c of curation.byId.values()) {
      if (!c) continue;
      if (c.from) add(c.from.org, c.from.mention, 1, c.id * 2);
      if (c.to) add(c.to.org, c.to.mention, 1, c.id * 2 + 1);
    }
    // Order of first use, as resolving the claims in id order meets them.
    const ordered = [...forms.values()].sort((a, b) => a.rank - b.rank);
    const resolution = resolveOrgForms(ordered, gazetteer);

    const stored = new Map<string, { org_key: string; team: string | null }>();
    for (const r of await this.#db.selectFrom('resolve_org_forms').selectAll().execute()) stored.set(formId(r.org, r.mention), r);
    const changed: Array<{ org: string; mention: string }> = [];
    const formRows: Insertable<Database['resolve_org_forms']>[] = [];
    const rewrite: Array<{ org: string; mention: string }> = [];
    for (const f of ordered) {
      const side = resolution.sideOfForm(f.org, f.mention);
      const row = { org: f.org, mention: f.mention, org_key: side?.orgKey ?? '', team: side?.team ?? null };
      const id = formId(f.org, f.mention);
      const before = stored.get(id);
      stored.delete(id);
      if (before && before.org_key === row.org_key && before.team === row.team) continue;
      if (before) {
        changed.push(f);
        rewrite.push(f);
      }
      formRows.push(row);
    }
    const gone = [...stored.keys()].map((id) => id.split('\u0000') as [string, string]);

    const orgRows = await this.#db.selectFrom('orgs').select(['id', 'key', 'name', 'verified', 'parent_key', 'aliases']).execute();
    const storedOrgs = new Map(orgRows.map((r) => [r.key, r]));
    const idOf = new Map<string, number>();
    let nextOrgId = orgRows.reduce((m, r) => Math.max(m, r.id), 0) + 1;
    const inserts: ResolvedOrg[] = [];
    const updates: Array<{ id: number; org: ResolvedOrg }> = [];
    for (const org of resolution.orgs.values()) {
      const before = storedOrgs.get(org.key);
      if (!before) {
        idOf.set(org.key, nextOrgId++);
        inserts.push(org);
        continue;
      }
      idOf.set(org.key, before.id);
      const same = before.name === org.name && before.verified === Number(org.verified) && before.parent_key === org.parent && before.aliases === JSON.stringify(org.aliases);
      if (!same) updates.push({ id: before.id, org });
    }
    const obsolete = new Set(orgRows.filter((r) => !resolution.orgs.has(r.key)).map((r) => r.id));
    // Flows join top-level organizations of one name (see _org-index.ts): a renamed organization
    // that shares its old or new name with another moves flow sides, which only a full recount follows.
    const named = new Map<string, number>();
    for (const r of orgRows) if (!resolution.orgs.has(r.key)) named.set(r.name, (named.get(r.name) ?? 0) + 1);
    for (const o of resolution.orgs.values()) named.set(o.name, (named.get(o.name) ?? 0) + 1);
    const oldNamed = new Map<string, number>();
    for (const r of orgRows) oldNamed.set(r.name, (oldNamed.get(r.name) ?? 0) + 1);
    const sidesMove = updates.some(({ id, org }) => {
      const before = orgRows.find((r) => r.id === id)!;
      return before.name !== org.name && ((oldNamed.get(before.name) ?? 0) > 1 || (named.get(org.name) ?? 0) > 1);
    });

    // Claims whose form now means another organization (or team) must be resolved again.
    const dirtyIds = new Set<number>();
    if (changed.length) {
      const changedIds = new Set(changed.map((f) => formId(f.org, f.mention)));
      const orgsChanged = [...new Set(changed.map((f) => f.org))];
      for (const side of ['from', 'to'] as const) {
        for (const batch of inBatches(orgsChanged)) {
          const rows = await this.#db
            .selectFrom('resolve_claims as rc')
            .innerJoin('claims as c', 'c.id', 'rc.claim_id')
            .select(['c.id', side === 'from' ? 'c.from_org as org' : 'c.to_org as org', side === 'from' ? 'c.from_mention as mention' : 'c.to_mention as mention'])
            .where('rc.component', '!=', RETIRED)
            .where('rc.dirty', '=', 0)
            .where(side === 'from' ? 'c.from_org' : 'c.to_org', 'in', batch)
            .execute();
          for (const r of rows) if (r.org !== null && changedIds.has(formId(r.org, r.mention ?? r.org))) dirtyIds.add(r.id);
        }
      }
      for (const c of curation.byId.values()) {
        if (!c) continue;
        for (const s of [c.from, c.to]) if (s && changedIds.has(formId(s.org, s.mention))) dirtyIds.add(c.id);
      }
    }

    await this.#db.transaction().execute(async (trx) => {
      for (const f of [...rewrite, ...gone.map(([org, mention]) => ({ org, mention }))]) {
        await trx.deleteFrom('resolve_org_forms').where('org', '=', f.org).where('mention', '=', f.mention).execute();
      }
      await insertChunked(trx, 'resolve_org_forms', formRows);
      for (const { id, org } of updates) {
        await trx.updateTable('orgs').set({ name: org.name, verified: Number(org.verified), parent_key: org.parent, aliases: JSON.stringify(org.aliases) }).where('id', '=', id).execute();
        await trx.deleteFrom('org_names').where('org_id', '=', id).execute();
      }
      const written = [...inserts, ...updates.map((u) => u.org)];
      if (written.length) {
        // The rows of _resolution-rows.ts, renumbered to the ids the organizations have here.
        const rows = buildResolutionRows({ orgs: written, people: [], moves: [] });
        const keyOfLocal = new Map(rows.orgs.map((o) => [o.id as number, o.key]));
        const insertedKeys = new Set(inserts.map((o) => o.key));
        await insertChunked(
          trx,
          'orgs',
          rows.orgs.filter((o) => insertedKeys.has(o.key)).map((o) => ({ ...o, id: idOf.get(o.key)! })),
        );
        await insertChunked(
          trx,
          'org_names',
          rows.orgNames.map((n) => ({ ...n, org_id: idOf.get(keyOfLocal.get(n.org_id)!)! })),
        );
      }
      for (const batch of inBatches([...dirtyIds])) await trx.updateTable('resolve_claims').set({ dirty: DIRTY }).where('claim_id', 'in', batch).where('dirty', '=', 0).execute();
      if (sidesMove) await refreshFlowTotals(trx);
    });
    return { resolution, idOf, obsolete };
  }

  /** Deletes organizations no longer resolved to once no move refers to them. */
  async #dropUnusedOrgs(trx: Transaction<Database>, orgs: OrgState): Promise<void> {
    if (!orgs.obsolete.size) return;
    const ids = [...orgs.obsolete];
    const used = new Set<number>();
    for (const batch of inBatches(ids)) {
      for (const col of ['from_org_id', 'to_org_id'] as const) {
        const rows = await trx.selectFrom('moves').select(col).distinct().where(col, 'in', batch).execute();
        for (const r of rows) used.add((r as Record<string, number>)[col]);
      }
    }
    const unused = ids.filter((id) => !used.has(id));
    // An organization sharing its name with another may be the id that stands for their flow side.
    let sidesMove = false;
    for (const batch of inBatches(unused)) {
      const names = (await trx.selectFrom('orgs').select('name').where('id', 'in', batch).execute()).map((r) => r.name);
      const shared = await selectIn(trx, [...new Set(names)], (db, list) =>
        db.selectFrom('orgs').select('name').where('name', 'in', list).groupBy('name').having((eb) => eb.fn.countAll(), '>', 1).execute(),
      );
      sidesMove ||= shared.length > 0;
    }
    for (const batch of inBatches(unused)) {
      await trx.deleteFrom('org_names').where('org_id', 'in', batch).execute();
      await trx.deleteFrom('orgs').where('id', 'in', batch).execute();
    }
    for (const id of unused) orgs.obsolete.delete(id);
    if (sidesMove) await refreshFlowTotals(trx);
  }

  /**
   * Re-resolves whole components: their current claims are resolved together (with the people
   * sharing a key base with theirs, pulled in until none is left outside), their old people and
   * moves are replaced by the new ones, all in one transaction. Returns the claims resolved.
   */
  async #resolveChunk(seeds: number[], curation: Curation, orgs: OrgState, rebuildMark: number, onStep: ResolutionUpdate['onStep']): Promise<number> {
    const components = new Set(seeds);
    // What was read for a component stays valid for this chunk: pulling more in reads only theirs.
    const loaded = new Set<number>();
    const indexed: Array<{ claim_id: number; component: number; person_id: number | null; dirty: number }> = [];
    const rowsRead: Awaited<ReturnType<ReturnType<typeof selectClaims>['execute']>> = [];
    for (;;) {
      const fresh = [...components].filter((c) => !loaded.has(c));
      for (const c of fresh) loaded.add(c);
      const more0 = await selectIn(this.#db, fresh, (db, batch) =>
        db.selectFrom('resolve_claims').select(['claim_id', 'component', 'person_id', 'dirty']).where('component', 'in', batch).execute(),
      );
      indexed.push(...more0);
      // Current as of this run's start: claims superseded since are retired by the next run.
      const live = more0.filter((r) => r.dirty !== STALE).map((r) => r.claim_id);
      rowsRead.push(...(await selectIn(this.#db, live, (db, batch) => selectClaims(db).where('c.id', 'in', batch).execute())));
      const current = [...rowsRead].sort((a, b) => a.id - b.id);
      const claims: StoredClaim[] = [];
      for (const row of current) {
        const claim = curation.byId.has(row.id) ? curation.byId.get(row.id)! : fromClaimRow(row);
        if (claim) claims.push(claim);
      }
      // People resolved before may span groups since joined: all their groups resolve again.
      const people = [...new Set(more0.map((r) => r.person_id).filter((id): id is number => id !== null))];
      const spanned = await selectIn(this.#db, people, (db, batch) =>
        db.selectFrom('resolve_claims').select('component').distinct().where('person_id', 'in', batch).execute(),
      );
      const more = spanned.map((r) => r.component).filter((c) => c !== RETIRED && !components.has(c));
      if (more.length) {
        for (const c of more) components.add(c);
        continue;
      }
      const inChunk = new Set(claims.map((c) => c.id));
      const within = (pairs: Array<[number, number]>) => pairs.filter(([a, b]) => inChunk.has(a) && inChunk.has(b));
      const resolution = resolveClaimsWithOrgs(claims, orgs.resolution, { sameAs: within(curation.people.sameAs), differentFrom: within(curation.people.differentFrom) });

      const oldPeople = new Set(indexed.map((r) => r.person_id).filter((id): id is number => id !== null));
      if (rebuildMark) {
        // People from before a rebuild are found through their moves' claims.
        const unlinked = indexed.filter((r) => r.person_id === null).map((r) => r.claim_id);
        const found = await selectIn(this.#db, unlinked, (db, batch) =>
          db
            .selectFrom('move_claims as mc')
            .innerJoin('moves as m', 'm.id', 'mc.move_id')
            .select('m.person_id')
            .distinct()
            .where('mc.claim_id', 'in', batch)
            .where('m.person_id', '<=', rebuildMark)
            .execute(),
        );
        for (const r of found) oldPeople.add(r.person_id);
      }
      // Namesakes are keyed together: every person sharing a key base with an old or new one resolves here too.
      const bases = new Set(resolution.people.map((p) => personKeyBase(p.name)));
      const oldBases = await selectIn(this.#db, [...oldPeople], (db, batch) => db.selectFrom('resolve_people').select('base').where('person_id', 'in', batch).execute());
      for (const r of oldBases) bases.add(r.base);
      const namesakes = await selectIn(this.#db, [...bases], (db, batch) =>
        db
          .selectFrom('resolve_people as rp')
          .innerJoin('resolve_claims as rc', 'rc.person_id', 'rp.person_id')
          .select('rc.component')
          .distinct()
          .where('rp.base', 'in', batch)
          .execute(),
      );
      const extra = namesakes.map((r) => r.component).filter((c) => !components.has(c));
      if (extra.length) {
        for (const c of extra) components.add(c);
        continue;
      }
      onStep?.({ phase: 'resolve', claims: claims.length });
      await this.#db.transaction().execute((trx) => this.#writeChunk(trx, { components, indexed, currentIds: new Set(current.map((r) => r.id)), resolution, oldPeople, orgs, rebuildMark }));
      return claims.length;
    }
  }

  /**
   * Records the move signatures of the claims waiting for re-resolution under each of their names,
   * from this run's organizations, and joins the groups of two weakly linked names once a claim
   * under each shares one (see moveSignatures): whether a weak link ever joins people depends on
   * the two names' claims alone, so groups never need resolving to find out. A batch at a time,
   * in claim order; reads only the claims' names, organizations and dates.
   */
  async #activateWeakLinks(curation: Curation, orgs: OrgState, batchClaims: number, onStep: ResolutionUpdate['onStep']): Promise<void> {
    const orgKey = (org: string | null, mention: string | null) => (org === null ? null : (orgs.resolution.sideOfForm(org, mention ?? org)?.orgKey ?? null));
    let after = 0;
    for (;;) {
      const rows = await this.#db
        .selectFrom('resolve_claims as rc')
        .innerJoin('claims as c', 'c.id', 'rc.claim_id')
        .innerJoin('documents as d', 'd.id', 'c.document_id')
        .select(['c.id', 'c.person', 'c.aliases', 'c.from_org', 'c.from_mention', 'c.to_org', 'c.to_mention', 'c.date', 'd.published'])
        .where('rc.dirty', '=', DIRTY)
        .where('rc.claim_id', '>', after)
        .orderBy('rc.claim_id')
        .limit(batchClaims)
        .execute();
      if (!rows.length) return;
      after = rows[rows.length - 1].id;
      const wanted = new Map<string, Set<string>>();
      for (const r of rows) {
        let names = claimNames({ person: r.person, aliases: JSON.parse(r.aliases) as string[] });
        let sigs = moveSignatures(orgKey(r.from_org, r.from_mention), orgKey(r.to_org, r.to_mention), r.date, r.published);
        if (curation.byId.has(r.id)) {
          const curated = curation.byId.get(r.id)!;
          if (!curated) continue;
          names = claimNames(curated);
          sigs = moveSignatures(orgs.resolution.sideOf(curated.from)?.orgKey ?? null, orgs.resolution.sideOf(curated.to)?.orgKey ?? null, curated.date, curated.published);
        }
        if (!sigs.length) continue;
        for (const n of names) {
          const set = wanted.get(n) ?? new Set<string>();
          for (const sig of sigs) set.add(sig);
          wanted.set(n, set);
        }
      }
      await this.#db.transaction().execute(async (trx) => {
        const named = await selectIn(trx, [...wanted.keys()], (db, batch) => db.selectFrom('resolve_names').select(['id', 'name', 'component']).where('name', 'in', batch).execute());
        const componentOf = new Map(named.map((n) => [n.id, n.component]));
        const ids = named.map((n) => n.id);
        const known = new Set((await selectIn(trx, ids, (db, batch) => db.selectFrom('resolve_name_sigs').select(['name_id', 'sig']).where('name_id', 'in', batch).execute())).map((r) => `${r.name_id}\u0000${r.sig}`));
        // Signatures new to a name: only these can make one of its weak links join groups.
        const added = new Map<number, string[]>();
        const sigRows: Insertable<Database['resolve_name_sigs']>[] = [];
        for (const n of named) {
          const fresh = [...wanted.get(n.name)!].filter((sig) => !known.has(`${n.id}\u0000${sig}`));
          if (!fresh.length) continue;
          added.set(n.id, fresh);
          for (const sig of fresh) sigRows.push({ name_id: n.id, sig });
        }
        await insertChunked(trx, 'resolve_name_sigs', sigRows);
        const changed = [...added.keys()];
        const links = [
          ...(await selectIn(trx, changed, (db, batch) => db.selectFrom('resolve_weak_links').select(['a as name', 'b as other']).where('a', 'in', batch).execute())),
          ...(await selectIn(trx, changed, (db, batch) => db.selectFrom('resolve_weak_links').select(['b as name', 'a as other']).where('b', 'in', batch).execute())),
        ];
        if (!links.length) return;
        const others = [...new Set(links.map((l) => l.other))];
        const sigsOf = new Map<number, Set<string>>();
        for (const r of await selectIn(trx, others, (db, batch) => db.selectFrom('resolve_name_sigs').select(['name_id', 'sig']).where('name_id', 'in', batch).execute())) {
          const set = sigsOf.get(r.name_id) ?? new Set<string>();
          set.add(r.sig);
          sigsOf.set(r.name_id, set);
        }
        for (const r of await selectIn(trx, others.filter((id) => !componentOf.has(id)), (db, batch) => db.selectFrom('resolve_names').select(['id', 'component']).where('id', 'in', batch).execute())) {
          componentOf.set(r.id, r.component);
        }
        const labels = new Labels();
        for (const { name, other } of links) {
          const theirs = sigsOf.get(other);
          if (theirs && added.get(name)!.some((sig) => theirs.has(sig))) labels.union(componentOf.get(name)!, componentOf.get(other)!);
        }
        onStep?.({ phase: 'link', claims: rows.length });
        await relabel(trx, labels.moved(new Set(componentOf.values())));
      });
    }
  }

  async #writeChunk(
    trx: Transaction<Database>,
    chunk: {
      components: Set<number>;
      indexed: Array<{ claim_id: number; component: number; person_id: number | null }>;
      currentIds: Set<number>;
      resolution: ReturnType<typeof resolveClaimsWithOrgs>;
      oldPeople: Set<number>;
      orgs: OrgState;
      rebuildMark: number;
    },
  ): Promise<void> {
    const { resolution, orgs } = chunk;
    const oldPeople = new Set(chunk.oldPeople);
    const newKeys = resolution.people.map((p) => p.key);
    const holders = await selectIn(trx, newKeys, (db, batch) => db.selectFrom('people').select(['id', 'key']).where('key', 'in', batch).execute());
    for (const h of holders) {
      if (oldPeople.has(h.id)) continue;
      // Only a person from before a rebuild can hold a key this chunk's people take; it is being replaced anyway.
      if (chunk.rebuildMark && h.id <= chunk.rebuildMark) oldPeople.add(h.id);
      else throw new InternalError(`incremental resolution: person key "${h.key}" is held by person ${h.id} outside the chunk`);
    }
    const state = await this.#readState(trx);
    const maxPerson = await trx.selectFrom('people').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst();
    const maxMove = await trx.selectFrom('moves').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst();
    // Ids are never reused: a dashboard link to a replaced person or move does not land on another one.
    const personBase = Math.max(Number(maxPerson?.m ?? 0), Number(state.get('person_seq') ?? 0));
    const moveBase = Math.max(Number(maxMove?.m ?? 0), Number(state.get('move_seq') ?? 0));

    const changed: MoveSides[] = [];
    const oldIds = [...oldPeople];
    for (const batch of inBatches(oldIds)) {
      const moves = await trx.selectFrom('moves').select(['id', 'from_org_id', 'to_org_id']).where('person_id', 'in', batch).execute();
      for (const m of moves) changed.push({ fromOrgId: m.from_org_id, toOrgId: m.to_org_id });
      for (const ids of inBatches(moves.map((m) => m.id))) await trx.deleteFrom('move_claims').where('move_id', 'in', ids).execute();
      await trx.deleteFrom('moves').where('person_id', 'in', batch).execute();
      await trx.deleteFrom('person_names').where('person_id', 'in', batch).execute();
      await trx.deleteFrom('people').where('id', 'in', batch).execute();
      await trx.deleteFrom('resolve_people').where('person_id', 'in', batch).execute();
    }

    const rows = buildResolutionRows(resolution);
    const orgIdOf = new Map(rows.orgs.map((o) => [o.id as number, orgs.idOf.get(o.key)!]));
    const people = rows.people.map((p) => ({ ...p, id: (p.id as number) + personBase }));
    const personNames = rows.personNames.map((n) => ({ ...n, person_id: n.person_id + personBase }));
    const moves = rows.moves.map((m) => ({
      ...m,
      id: (m.id as number) + moveBase,
      person_id: m.person_id + personBase,
      from_org_id: m.from_org_id == null ? null : orgIdOf.get(m.from_org_id)!,
      to_org_id: m.to_org_id == null ? null : orgIdOf.get(m.to_org_id)!,
    }));
    const moveClaims = rows.moveClaims.map((mc) => ({ ...mc, move_id: mc.move_id + moveBase }));
    for (const m of moves) changed.push({ fromOrgId: m.from_org_id ?? null, toOrgId: m.to_org_id ?? null });
    await insertResolutionRows(trx, { people, personNames, moves, moveClaims });
    await insertChunked(
      trx,
      'resolve_people',
      people.map((p) => ({ person_id: p.id, base: personKeyBase(p.name) })),
    );

    const personIdOf = new Map(people.map((p) => [p.key, p.id]));
    const personOfClaim = new Map<number, number>();
    for (const m of resolution.moves) for (const id of m.claimIds) personOfClaim.set(id, personIdOf.get(m.personKey)!);
    const claimRows = chunk.indexed.map((r) => {
      const current = chunk.currentIds.has(r.claim_id);
      return { claim_id: r.claim_id, component: current ? r.component : RETIRED, person_id: personOfClaim.get(r.claim_id) ?? null, dirty: 0 };
    });
    for (const batch of inBatches([...chunk.components])) await trx.deleteFrom('resolve_claims').where('component', 'in', batch).execute();
    await insertChunked(trx, 'resolve_claims', claimRows);

    await this.#dropUnusedOrgs(trx, orgs);
    await refreshFlowTotals(trx, changed);
    await this.#writeState(trx, {
      person_seq: String(personBase + people.length),
      move_seq: String(moveBase + moves.length),
      people: await peopleSignature(trx),
    });
  }
}

async function selectIn<V, R>(db: Db, values: V[], query: (db: Db, batch: V[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const batch of inBatches(values)) out.push(...(await query(db, batch)));
  return out;
}

/** Moves every component label in `moved` to its new one, in names and claims alike. */
async function relabel(trx: Transaction<Database>, moved: Map<number, number>): Promise<void> {
  const byTarget = new Map<number, number[]>();
  for (const [from, to] of moved) byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
  for (const [to, froms] of byTarget) {
    for (const batch of inBatches(froms)) {
      await trx.updateTable('resolve_names').set({ component: to }).where('component', 'in', batch).execute();
      await trx.updateTable('resolve_claims').set({ component: to }).where('component', 'in', batch).execute();
    }
  }
}

/** Count and largest id of people: a store whose people changed behind the index's back no longer matches it. */
async function peopleSignature(db: Db): Promise<string> {
  const row = await db
    .selectFrom('people')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('id').as('m')])
    .executeTakeFirst();
  return `${Number(row?.n ?? 0)}:${Number(row?.m ?? 0)}`;
}

