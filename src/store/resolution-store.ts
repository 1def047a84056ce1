/**
 * Incremental resolution: people, organizations and moves kept equal to resolving every current
 * claim at once, while re-resolving only the groups of linked names that new, superseded or
 * re-organized claims touch, a chunk at a time.
 */
import { sql, type Transaction } from 'kysely';
import { InternalError } from '../core/errors.ts';
import type { StoredClaim } from '../core/types.ts';
import type { Decision } from '../curation/index.ts';
import type { Gazetteer } from '../orgs/index.ts';
import { personKeyBase, resolveClaimsWithOrgs } from '../resolve/index.ts';
import { fromClaimRow, selectClaimsWithoutEvidence as selectClaims } from './_claim-rows.ts';
import { refreshFlowTotals, type MoveSides } from './_flow-totals.ts';
import { insertChunked } from './_insert-chunked.ts';
import { curate, decisionsFingerprint, indexOfDecisions, namesAsCurated, parseDecisionIndex, sourcesChanged, type DecisionIndex } from './_resolution-decisions.ts';
import { activateWeakLinks, indexClaims, joinSameAs } from './_resolution-names.ts';
import { dropUnusedOrgs, resolveOrgs } from './_resolution-orgs.ts';
import { buildResolutionRows, insertResolutionRows } from './_resolution-rows.ts';
import { inBatches, maxId, RETIRED, selectIn, STALE, type Curation, type Db, type OrgState } from './_resolution-shared.ts';
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
  /**
   * About how many claims the next update takes in: those stored since the index last took any
   * (by their ids), or every claim when the index is to be rebuilt (another index version, a
   * whole-store run since). For choosing where to run the update, not a count to report.
   */
  backlog(): Promise<number>;
}

// Bump when the index's meaning or resolve's rules change (name matching, keys, organizations):
// stores indexed by an older version are rebuilt on their next run.
const VERSION = 'r6';
const DEFAULT_CHUNK = 5000;
const LOCK_NAME = 'poachwatch.resolution';

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
    return maxId(this.#db, 'claims');
  }

  async backlog(): Promise<number> {
    const claims = await maxId(this.#db, 'claims');
    const state = await this.#readState(this.#db);
    if (state.get('rebuild_below') || (await this.#outOfStep(state))) return claims;
    const row = await this.#db.selectFrom('resolve_claims').select((eb) => eb.fn.max('claim_id').as('m')).executeTakeFirst();
    return Math.max(0, claims - Number(row?.m ?? 0));
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
    const fingerprint = decisionsFingerprint(VERSION, opts.decisions);
    const state = await this.#readState(this.#db);
    const report: ResolutionReport = { moves: 0, full: false, indexed: 0, resolved: 0, chunks: 0, largestChunk: 0 };
    const decisionIndex = indexOfDecisions(opts.decisions);
    // Sources whose decisions changed since the last run: only their claims are curated anew.
    let recurate = new Set<string>();
    const storedIndex = parseDecisionIndex(state.get('decision_index'));
    if (opts.full || (await this.#outOfStep(state)) || (state.get('decisions') !== fingerprint && !storedIndex)) {
      await this.#reset(fingerprint, decisionIndex);
      report.full = true;
    } else if (state.get('decisions') !== fingerprint) {
      recurate = sourcesChanged(storedIndex!, decisionIndex);
    }
    const rebuildMark = Number((await this.#readState(this.#db)).get('rebuild_below') ?? 0);
    if (rebuildMark) report.full = true;

    const curation = await curate(this.#db, opts.decisions);
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
    await joinSameAs(this.#db, curation.people.sameAs);
    const orgs = await resolveOrgs(this.#db, opts.gazetteer, curation);
    await activateWeakLinks(this.#db, curation, orgs, chunkClaims * 4, opts.onStep);

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
      await dropUnusedOrgs(trx, orgs);
      if (changed.length) await refreshFlowTotals(trx, changed);
      await this.#writeState(trx, { people: await peopleSignature(trx), decisions: fingerprint, decision_index: JSON.stringify(decisionIndex) });
    });
    if (report.full) await this.#refreshStatistics?.(this.#db);
    const moves = await this.#db.selectFrom('moves').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    report.moves = Number(moves.n);
    return report;
  }

  /** The index no longer describes the store: another index version, or a whole-store run since (it replaced the people). */
  async #outOfStep(state: Map<string, string>): Promise<boolean> {
    return state.get('version') !== VERSION || state.get('people') !== (await peopleSignature(this.#db));
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
      const mark = await maxId(trx, 'people');
      const values: Record<string, string> = { version: VERSION, decisions: fingerprint, decision_index: JSON.stringify(decisionIndex), people: await peopleSignature(trx) };
      if (mark) values.rebuild_below = String(mark);
      await this.#writeState(trx, values);
    });
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
        // Stored after the decisions were applied: left for the next run, which curates it.
        if (curation.sources.has(r.source) && !curation.byId.has(r.id)) continue;
        entries.push({ claimId: r.id, names: namesAsCurated(curation, r), retired: false });
      }
      await this.#db.transaction().execute((trx) => indexClaims(trx, entries, onStep));
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
        const entries = batch.map((r) => ({ claimId: r.id, names: namesAsCurated(curation, r), retired: false, component: r.component }));
        await this.#db.transaction().execute((trx) => indexClaims(trx, entries));
      }
    }
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
    // Ids are never reused: a dashboard link to a replaced person or move does not land on another one.
    const personBase = Math.max(await maxId(trx, 'people'), Number(state.get('person_seq') ?? 0));
    const moveBase = Math.max(await maxId(trx, 'moves'), Number(state.get('move_seq') ?? 0));

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

    await dropUnusedOrgs(trx, orgs);
    await refreshFlowTotals(trx, changed);
    await this.#writeState(trx, {
      person_seq: String(personBase + people.length),
      move_seq: String(moveBase + moves.length),
      people: await peopleSignature(trx),
    });
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
