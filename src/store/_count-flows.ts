/** Counts moves between pairs of top-level organizations over a time window. */
import { sql, type Kysely } from 'kysely';
import type { PartialDate } from '../core/types.ts';
import { checkCount } from './_check-filter.ts';
import { boundWindow, type Window } from './_date-bounds.ts';
import { whereMoves } from './_move-rows.ts';
import { loadOrgIndex, type OrgIndex } from './_org-index.ts';
import type { Database, Engine } from './schema.ts';
import type { FlowRow } from './store.ts';

// Above this many flows kept, one scan over every move in the window names their people faster
// than index lookups for each flow.
const INDEXED_UP_TO = 100;
// Flows whose people are already counted (flow_totals) cost one bounded index read each to name.
const INDEXED_COUNTED_UP_TO = 1000;
// Flows named at once; the store's PostgreSQL pool holds 10 connections.
const FLOWS_AT_ONCE = 4;
// Keeps IN lists well under both engines' bound-parameter limits.
const IDS_PER_LIST = 5000;
// A capped flow first reads this many moves per person wanted: a person can move along one flow
// more than once, so the first N moves may name fewer than N people.
const MOVES_PER_PERSON_WANTED = 2;

interface Flow {
  from: string;
  to: string;
  count: number;
  /** Organization ids on each side that this flow's moves use (an organization and its sub-units). */
  fromIds: number[];
  toIds: number[];
  /** Made by whichever step names the flow's people (most flows of a large store are never named). */
  people?: Set<string>;
  /** Set by whichever step reads the flow's people: distinct person ids. */
  peopleCount: number;
}

export interface FlowsWindow {
  since?: PartialDate;
  until?: PartialDate;
  /** Flows kept, most moves first. */
  limit?: number;
  /** People listed per flow, the earliest first; all when absent. */
  peopleLimit?: number;
}

/**
 * Non-history moves in the window with both sides known, counted per pair of top-level
 * organizations (moves inside one organization left out), most moves first, then by names;
 * each pair's people in date order, once each, the first `peopleLimit` of them when it is given,
 * and how many distinct people (person ids) the flow has in all.
 *
 * All time, the counts are read from flow_totals, which every resolution write keeps equal to
 * counting the moves (_flow-totals.ts): a few thousand rows instead of a million moves. In a
 * window, counting is one GROUP BY over (from_org_id, to_org_id), which the covering index of
 * migration 0005 answers without reading the moves table. Only the people of the flows kept are then read.
 * With a cap, naming no longer reads every move of the flows kept: with few flows kept (a top N),
 * each flow's people are read by a bounded query (ORDER BY date, LIMIT) and counted by
 * count(distinct person_id) over the same covering index; with many (every flow, as the API
 * asks), a window function keeps each id pair's first moves in one pass. Measured over a million
 * moves with `npm run bench -- --only queries --moves 1000000` (bench/scale).
 */
export async function countFlows(db: Kysely<Database>, window?: FlowsWindow, engine: Engine = 'sqlite'): Promise<FlowRow[]> {
  const limit = checkCount('limit', window?.limit);
  const peopleLimit = checkCount('peopleLimit', window?.peopleLimit);
  const bounds = boundWindow(window);
  const index = await loadOrgIndex(db);
  const allTime = bounds.sinceFirst === null && bounds.untilLast === null;
  // Many flows with capped people: each pair's distinct people, counted in the same pass (cheap
  // next to the count), are each single-pair flow's peopleCount.
  // PostgreSQL answers one scan of the window's moves (people counted and capped in JS) faster than
  // the window function and the recount (measured over 1M moves: 1.2 s against 2.6 s); SQLite the reverse.
  const manyCapped = engine === 'sqlite' && peopleLimit !== undefined && (limit === undefined || limit > INDEXED_UP_TO);
  const { flows, bySides } = allTime ? await flowsFromTotals(db, index, limit) : await flowsByCounting(db, bounds, index, manyCapped);
  const flowOf: FlowOf = (fromId, toId) => bySides.get(index.flowSideOf(fromId))?.get(index.flowSideOf(toId));
  const kept = keepFirst(flows, limit);
  // All-time flows arrive with their exact peopleCount (flow_totals); windowed ones are counted as they are named.
  const counted = allTime;
  if (counted && peopleLimit !== undefined && kept.length <= INDEXED_COUNTED_UP_TO && listedIds(kept) <= IDS_PER_LIST) await nameFirstPeopleOfFlows(db, bounds, kept, peopleLimit, true);
  else if (kept.length > INDEXED_UP_TO && manyCapped) await nameFirstPeopleOfPairs(db, bounds, kept, flowOf, peopleLimit!, index, counted);
  else if (kept.length > INDEXED_UP_TO || listedIds(kept) > IDS_PER_LIST) await namePeopleByScan(db, bounds, flowOf, peopleLimit, counted);
  else if (peopleLimit !== undefined) await nameFirstPeopleOfFlows(db, bounds, kept, peopleLimit, counted);
  else await namePeopleOfFlows(db, bounds, kept, flowOf, counted);
  return kept.map((f) => ({ from: f.from, to: f.to, count: f.count, people: [...(f.people ?? [])], peopleCount: f.peopleCount }));
}

/** Each flow by its sides (OrgIndex.flowSideOf), from then to. */
type FlowsBySides = Map<number, Map<number, Flow>>;
/** The flow a move between two organization ids belongs to, if it is among those counted. */
type FlowOf = (fromId: number, toId: number) => Flow | undefined;

function addFlow(bySides: FlowsBySides, flows: Flow[], index: OrgIndex, fromSide: number, toSide: number): Flow {
  let toFlows = bySides.get(fromSide);
  if (!toFlows) bySides.set(fromSide, (toFlows = new Map()));
  let flow = toFlows.get(toSide);
  if (!flow) {
    toFlows.set(toSide, (flow = { from: index.topName(fromSide), to: index.topName(toSide), count: 0, fromIds: [], toIds: [], peopleCount: 0 }));
    flows.push(flow);
  }
  return flow;
}

/**
 * All-time flows as resolution left them in flow_totals (one row per flow), instead of counting
 * every move. With a limit, only the rows with at least the limit-th largest count are read (ties
 * at the cut are ordered by name later, as keepFirst does), found through flow_totals_moves_idx.
 */
async function flowsFromTotals(db: Kysely<Database>, index: OrgIndex, limit: number | undefined): Promise<{ flows: Flow[]; bySides: FlowsBySides }> {
  if (limit === 0) return { flows: [], bySides: new Map() };
  const cut = limit === undefined ? undefined : await db.selectFrom('flow_totals').select('moves').orderBy('moves', 'desc').limit(1).offset(limit - 1).executeTakeFirst();
  const least = cut ? Number(cut.moves) : 0;
  const rows = await db.selectFrom('flow_totals').select(['from_org_id', 'to_org_id', 'moves', 'people']).where('moves', '>=', least).execute();
  const bySides: FlowsBySides = new Map();
  const flows: Flow[] = [];
  for (const r of rows) {
    const flow = addFlow(bySides, flows, index, r.from_org_id, r.to_org_id);
    flow.count = Number(r.moves);
    flow.peopleCount = Number(r.people);
    flow.fromIds = index.idsOfFlowSide(r.from_org_id);
    flow.toIds = index.idsOfFlowSide(r.to_org_id);
  }
  return { flows, bySides };
}

/** Flows of a window: one GROUP BY over (from_org_id, to_org_id), answered from the covering index. */
async function flowsByCounting(db: Kysely<Database>, bounds: Window, index: OrgIndex, withPeople: boolean): Promise<{ flows: Flow[]; bySides: FlowsBySides }> {
  const pairs = await whereMoves(db.selectFrom('moves as m'), { window: bounds, includeHistory: false })
    .where('m.from_org_id', 'is not', null)
    .where('m.to_org_id', 'is not', null)
    .select((eb) => ['m.from_org_id', 'm.to_org_id', eb.fn.countAll().as('n')])
    .$if(withPeople, (qb) => qb.select((eb) => eb.fn.count('m.person_id').distinct().as('people')))
    .groupBy(['m.from_org_id', 'm.to_org_id'])
    .execute();
  const bySides: FlowsBySides = new Map();
  const flows: Flow[] = [];
  for (const r of pairs) {
    const fromId = r.from_org_id as number;
    const toId = r.to_org_id as number;
    const [fromSide, toSide] = [index.flowSideOf(fromId), index.flowSideOf(toId)];
    if (fromSide === toSide) continue;
    const flow = addFlow(bySides, flows, index, fromSide, toSide);
    // PostgreSQL returns count(*) as a bigint string.
    flow.count += Number(r.n);
    flow.peopleCount += Number((r as { people?: unknown }).people ?? 0);
    if (!flow.fromIds.includes(fromId)) flow.fromIds.push(fromId);
    if (!flow.toIds.includes(toId)) flow.toIds.push(toId);
  }
  return { flows, bySides };
}

const byCountThenNames = (a: Flow, b: Flow) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to);

/**
 * The first `limit` flows, most moves first, then by names. With a limit, only flows with at least
 * the limit-th largest count are sorted by name: over a large store most of the hundred thousand
 * flows are one or two moves, and comparing their names would cost more than the query.
 */
function keepFirst(flows: Flow[], limit: number | undefined): Flow[] {
  if (limit === undefined || limit >= flows.length) return flows.sort(byCountThenNames);
  if (limit === 0) return [];
  const counts = Float64Array.from(flows, (f) => f.count).sort();
  const least = counts[counts.length - limit];
  return flows.filter((f) => f.count >= least).sort(byCountThenNames).slice(0, limit);
}

const listedIds = (flows: Flow[]) => flows.reduce((sum, f) => sum + f.fromIds.length + f.toIds.length, 0);

/**
 * The kept flows' people in date order, in one statement. Any from-side id of a flow with any of
 * its to-side ids is a pair of that flow (both sides' top-level organizations are the flow's), so
 * two IN lists per flow select exactly its moves.
 */
async function namePeopleOfFlows(db: Kysely<Database>, bounds: Window, flows: Flow[], flowOf: FlowOf, counted: boolean): Promise<void> {
  if (flows.length === 0) return;
  const rows = await whereMoves(db.selectFrom('moves as m'), { window: bounds, includeHistory: false })
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .where((eb) => eb.or(flows.map((f) => eb.and([eb('m.from_org_id', 'in', f.fromIds), eb('m.to_org_id', 'in', f.toIds)]))))
    .select(['m.from_org_id', 'm.to_org_id', 'm.person_id', 'p.name'])
    .orderBy('m.date_sort', (ob) => ob.asc().nullsLast())
    .orderBy('m.id')
    .execute();
  addPeople(rows, flowOf, undefined, counted);
}

/** Every flow's people from one pass over the window's moves, in date order. */
async function namePeopleByScan(db: Kysely<Database>, bounds: Window, flowOf: FlowOf, peopleLimit: number | undefined, counted: boolean): Promise<void> {
  const rows = await whereMoves(db.selectFrom('moves as m'), { window: bounds, includeHistory: false })
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['m.from_org_id', 'm.to_org_id', 'm.person_id', 'p.name'])
    .where('m.from_org_id', 'is not', null)
    .where('m.to_org_id', 'is not', null)
    .orderBy('m.date_sort', (ob) => ob.asc().nullsLast())
    .orderBy('m.id')
    .execute();
  // Flows cut by the limit are in the map too; naming their people is wasted but harmless.
  addPeople(rows, flowOf, peopleLimit, counted);
}

/** Adds rows (in date order) to their flows: names listed up to the cap, and unless `counted`, every person id counted. */
function addPeople(rows: Array<{ from_org_id: number | null; to_org_id: number | null; person_id: number; name: string }>, flowOf: FlowOf, peopleLimit: number | undefined, counted: boolean): void {
  const personIds = new Map<Flow, Set<number>>();
  for (const r of rows) {
    const flow = flowOf(r.from_org_id as number, r.to_org_id as number);
    if (!flow) continue;
    let ids = personIds.get(flow);
    if (!ids) personIds.set(flow, (ids = new Set()));
    ids.add(r.person_id);
    const people = (flow.people ??= new Set());
    if (peopleLimit === undefined || people.size < peopleLimit) people.add(r.name);
  }
  if (!counted) for (const [flow, ids] of personIds) flow.peopleCount = ids.size;
}

/**
 * The first `peopleLimit` people of each flow, and each flow's exact number of people: per flow,
 * count(distinct person_id) and its earliest moves' person ids, both from the covering index
 * without the moves table; then the names of the people met, in one statement. People are listed
 * once per name, as the uncapped list does, so a flow whose earliest moves repeat a person or a
 * name reads further until it has `peopleLimit` names or none are left.
 */
async function nameFirstPeopleOfFlows(db: Kysely<Database>, bounds: Window, flows: Flow[], peopleLimit: number, counted: boolean): Promise<void> {
  const wanted = Math.max(1, peopleLimit * MOVES_PER_PERSON_WANTED);
  const firstMoves = new Map<Flow, { ids: number[]; complete: boolean }>();
  // A few flows at a time: PostgreSQL answers them on several connections (and cores) at once;
  // SQLite's single connection takes them in turn, as before.
  await forEachAtOnce(flows, FLOWS_AT_ONCE, async (flow) => {
    if (!counted) {
      const { n } = await movesOfFlow(db, bounds, flow)
        .select((eb) => eb.fn.count('m.person_id').distinct().as('n'))
        .executeTakeFirstOrThrow();
      flow.peopleCount = Number(n);
    }
    if (peopleLimit > 0) firstMoves.set(flow, await firstPeopleIds(db, bounds, flow, wanted));
  });
  const names = await nameIds(db, [...new Set([...firstMoves.values()].flatMap((f) => f.ids))]);
  for (let [flow, first] of firstMoves) {
    for (let wantedNow = wanted; ; ) {
      const people = (flow.people = new Set());
      for (const id of first.ids) if (people.size < peopleLimit) people.add(names.get(id)!);
      if (people.size === peopleLimit || first.complete) break;
      wantedNow *= 4;
      first = await firstPeopleIds(db, bounds, flow, wantedNow);
      for (const [id, name] of await nameIds(db, first.ids.filter((id) => !names.has(id)))) names.set(id, name);
    }
  }
}

/** Runs `work` on every item, at most `limit` at a time. */
async function forEachAtOnce<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** A query over the window's moves along one flow: any of its from-side ids to any of its to-side ids. */
function movesOfFlow(db: Kysely<Database>, bounds: Window, flow: Flow) {
  return whereMoves(db.selectFrom('moves as m'), { window: bounds, includeHistory: false })
    .where('m.from_org_id', 'in', flow.fromIds)
    .where('m.to_org_id', 'in', flow.toIds);
}

/** The distinct person ids of the flow's first `moves` moves in date order; complete when the flow has no more. */
async function firstPeopleIds(db: Kysely<Database>, bounds: Window, flow: Flow, moves: number): Promise<{ ids: number[]; complete: boolean }> {
  const rows = await movesOfFlow(db, bounds, flow)
    .select('m.person_id')
    .orderBy('m.date_sort', (ob) => ob.asc().nullsLast())
    .orderBy('m.id')
    .limit(moves)
    .execute();
  return { ids: [...new Set(rows.map((r) => r.person_id))], complete: rows.length < moves };
}

async function nameIds(db: Kysely<Database>, ids: number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  for (let i = 0; i < ids.length; i += IDS_PER_LIST) {
    const rows = await db.selectFrom('people').select(['id', 'name']).where('id', 'in', ids.slice(i, i + IDS_PER_LIST)).execute();
    for (const r of rows) names.set(r.id, r.name);
  }
  return names;
}

/**
 * The first `peopleLimit` people of many flows at once: a window function numbers each id pair's
 * moves in date order and keeps the first few of each, all from the covering index (one pass,
 * no join, no sort of the whole window), and the flows' lists are merged from their pairs'. A
 * flow whose merged list comes out short while one of its pairs was cut reads further by itself.
 * peopleCount arrives from the GROUP BY per pair; flows of several pairs are recounted exactly.
 */
async function nameFirstPeopleOfPairs(db: Kysely<Database>, bounds: Window, flows: Flow[], flowOf: FlowOf, peopleLimit: number, index: OrgIndex, counted: boolean): Promise<void> {
  if (!counted) await recountPeopleOfMultiPairFlows(db, bounds, flows, flowOf, index);
  if (peopleLimit === 0) return;
  const perPair = Math.max(1, peopleLimit * MOVES_PER_PERSON_WANTED);
  const numbered = whereMoves(db.selectFrom('moves as m'), { window: bounds, includeHistory: false })
    .where('m.from_org_id', 'is not', null)
    .where('m.to_org_id', 'is not', null)
    .select([
      'm.from_org_id', 'm.to_org_id', 'm.person_id', 'm.date_sort', 'm.id',
      sql<number>`row_number() over (partition by m.from_org_id, m.to_org_id order by m.date_sort asc nulls last, m.id)`.as('rn'),
    ]);
  // Names are joined to the few moves kept, not to every move of the window.
  const rows = await db
    .selectFrom(numbered.as('x'))
    .innerJoin('people as p', 'p.id', 'x.person_id')
    .select(['x.from_org_id', 'x.to_org_id', 'x.date_sort', 'x.id', 'x.rn', 'p.name'])
    .where('x.rn', '<=', perPair)
    .execute();
  const firstMoves = new Map<Flow, typeof rows>();
  const cut = new Set<Flow>();
  for (const r of rows) {
    const flow = flowOf(r.from_org_id as number, r.to_org_id as number);
    if (!flow) continue;
    let list = firstMoves.get(flow);
    if (!list) firstMoves.set(flow, (list = []));
    list.push(r);
    if (Number(r.rn) === perPair) cut.add(flow);
  }
  const kept = new Set(flows);
  const short: Flow[] = [];
  for (const [flow, list] of firstMoves) {
    if (!kept.has(flow)) continue;
    // Undated moves last, as the store's date order puts them.
    list.sort((a, b) => (a.date_sort === b.date_sort ? 0 : a.date_sort === null ? 1 : b.date_sort === null ? -1 : a.date_sort < b.date_sort ? -1 : 1) || a.id - b.id);
    const people = (flow.people = new Set());
    for (const r of list) {
      if (people.size === peopleLimit) break;
      people.add(r.name);
    }
    if (people.size < peopleLimit && cut.has(flow)) short.push(flow);
  }
  // Rare: a person (or a name) repeated among a pair's first moves; read those flows as the few-flows path does.
  if (short.length) await nameFirstPeopleOfFlows(db, bounds, short, peopleLimit, true);
}

/**
 * Exact peopleCount for flows made of several id pairs (an organization and its sub-units), where
 * per-pair counts would count twice a person who moved along two of them: one GROUP BY over the
 * moves of those flows (in batches), each sub-unit id mapped to one id of its top-level organization.
 */
async function recountPeopleOfMultiPairFlows(db: Kysely<Database>, bounds: Window, flows: Flow[], flowOf: FlowOf, index: OrgIndex): Promise<void> {
  const multi = flows.filter((f) => f.fromIds.length > 1 || f.toIds.length > 1);
  if (multi.length === 0) return;
  // One representative id per top-level organization with several ids in some flow.
  const representative = new Map<number, number>();
  for (const f of multi) {
    for (const ids of [f.fromIds, f.toIds]) {
      if (ids.length < 2) continue;
      const rep = Math.min(...ids, ...ids.map((id) => representative.get(id) ?? id));
      for (const id of ids) representative.set(id, rep);
    }
  }
  // Sub-units seen in different flows may have been given different representatives: settle on the least per top-level name.
  const byName = new Map<string, number>();
  for (const [id, rep] of representative) byName.set(index.topName(id), Math.min(byName.get(index.topName(id)) ?? rep, rep));
  for (const id of representative.keys()) representative.set(id, byName.get(index.topName(id))!);
  const mapped = (side: 'm.from_org_id' | 'm.to_org_id', ids: number[]) => {
    const moved = ids.filter((id) => (representative.get(id) ?? id) !== id);
    if (moved.length === 0) return sql<number>`${sql.ref(side)}`;
    return sql<number>`case ${sql.join(moved.map((id) => sql`when ${sql.ref(side)} = ${id} then ${representative.get(id)!}`), sql` `)} else ${sql.ref(side)} end`;
  };
  // Flows in batches whose id lists stay under the parameter bound; each flow's moves are read
  // through the covering index by its (from ids × to ids) pairs, and no flow is split across batches.
  const rows: Array<{ from_id: number; to_id: number; n: unknown }> = [];
  for (let start = 0; start < multi.length; ) {
    let end = start;
    for (let listed = 0; end < multi.length && (end === start || listed + multi[end].fromIds.length + multi[end].toIds.length <= IDS_PER_LIST / 2); end++) {
      listed += multi[end].fromIds.length + multi[end].toIds.length;
    }
    const batch = multi.slice(start, end);
    start = end;
    const ids = [...new Set(batch.flatMap((f) => [...f.fromIds, ...f.toIds]))];
    // Mapped in a subquery, grouped outside: PostgreSQL does not match a GROUP BY expression to
    // the select list's when their parameters are numbered apart.
    const ofBatch = whereMoves(db.selectFrom('moves as m'), { window: bounds, includeHistory: false })
      .where((eb) => eb.or(batch.map((f) => eb.and([eb('m.from_org_id', 'in', f.fromIds), eb('m.to_org_id', 'in', f.toIds)]))))
      .select([mapped('m.from_org_id', ids).as('from_id'), mapped('m.to_org_id', ids).as('to_id'), 'm.person_id']);
    rows.push(...(await db
      .selectFrom(ofBatch.as('t'))
      .select((eb) => ['t.from_id', 't.to_id', eb.fn.count('t.person_id').distinct().as('n')])
      .groupBy(['t.from_id', 't.to_id'])
      .execute()));
  }
  const wanted = new Set(multi);
  for (const r of rows) {
    const flow = flowOf(Number(r.from_id), Number(r.to_id));
    if (flow && wanted.has(flow)) flow.peopleCount = Number(r.n);
  }
}
