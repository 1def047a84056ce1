/** Counts moves between pairs of top-level organizations over a time window. */
import type { Kysely } from 'kysely';
import type { PartialDate } from '../core/types.ts';
import { checkCount } from './_check-filter.ts';
import { boundWindow, type Window } from './_date-bounds.ts';
import { whereMoves } from './_move-rows.ts';
import { loadOrgIndex } from './_org-index.ts';
import type { Database } from './schema.ts';
import type { FlowRow } from './store.ts';

// Above this many flows kept, one scan over every move in the window names their people faster
// than index lookups for each flow.
const INDEXED_UP_TO = 100;
// Keeps IN lists well under both engines' bound-parameter limits.
const IDS_PER_LIST = 5000;

interface Flow {
  from: string;
  to: string;
  count: number;
  /** Organization ids on each side that this flow's moves use (an organization and its sub-units). */
  fromIds: Set<number>;
  toIds: Set<number>;
  people: Set<string>;
}

/**
 * Non-history moves in the window with both sides known, counted per pair of top-level
 * organizations (moves inside one organization left out), most moves first, then by names;
 * each pair's people in date order, once each.
 *
 * Counting is one GROUP BY over (from_org_id, to_org_id), which the covering index of migration
 * 0005 answers without reading the moves table; only the people of the flows kept are then read.
 */
export async function countFlows(db: Kysely<Database>, window?: { since?: PartialDate; until?: PartialDate; limit?: number }): Promise<FlowRow[]> {
  const limit = checkCount('limit', window?.limit);
  const bounds = boundWindow(window);
  const pairs = await whereMoves(db.selectFrom('moves as m'), { window: bounds, includeHistory: false })
    .where('m.from_org_id', 'is not', null)
    .where('m.to_org_id', 'is not', null)
    .select((eb) => ['m.from_org_id', 'm.to_org_id', eb.fn.countAll().as('n')])
    .groupBy(['m.from_org_id', 'm.to_org_id'])
    .execute();
  const index = await loadOrgIndex(db);
  const byPair = new Map<string, Flow>();
  // Which flow each pair of organization ids belongs to, for the scan that names people.
  const byIds = new Map<string, Flow>();
  for (const r of pairs) {
    const fromId = r.from_org_id as number;
    const toId = r.to_org_id as number;
    const from = index.topName(fromId);
    const to = index.topName(toId);
    if (from === to) continue;
    const pairKey = JSON.stringify([from, to]);
    let flow = byPair.get(pairKey);
    if (!flow) byPair.set(pairKey, (flow = { from, to, count: 0, fromIds: new Set(), toIds: new Set(), people: new Set() }));
    // PostgreSQL returns count(*) as a bigint string.
    flow.count += Number(r.n);
    flow.fromIds.add(fromId);
    flow.toIds.add(toId);
    byIds.set(`${fromId},${toId}`, flow);
  }
  const sorted = [...byPair.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const kept = limit === undefined ? sorted : sorted.slice(0, limit);
  if (kept.length > INDEXED_UP_TO) await namePeopleByScan(db, bounds, byIds);
  else await namePeopleOfFlows(db, bounds, kept, byIds);
  return kept.map((f) => ({ from: f.from, to: f.to, count: f.count, people: [...f.people] }));
}

/**
 * The kept flows' people in date order, in one statement. Any from-side id of a flow with any of
 * its to-side ids is a pair of that flow (both sides' top-level organizations are the flow's), so
 * two IN lists per flow select exactly its moves.
 */
async function namePeopleOfFlows(db: Kysely<Database>, bounds: Window, flows: Flow[], byIds: Map<string, Flow>): Promise<void> {
  if (flows.length === 0) return;
  const listed = flows.reduce((sum, f) => sum + f.fromIds.size + f.toIds.size, 0);
  if (listed > IDS_PER_LIST) return namePeopleByScan(db, bounds, byIds);
  const rows = await whereMoves(db.selectFrom('moves as m'), { window: bounds, includeHistory: false })
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .where((eb) => eb.or(flows.map((f) => eb.and([eb('m.from_org_id', 'in', [...f.fromIds]), eb('m.to_org_id', 'in', [...f.toIds])]))))
    .select(['m.from_org_id', 'm.to_org_id', 'p.name'])
    .orderBy('m.date_sort', (ob) => ob.asc().nullsLast())
    .orderBy('m.id')
    .execute();
  for (const r of rows) byIds.get(`${r.from_org_id},${r.to_org_id}`)?.people.add(r.name);
}

/** Every flow's people from one pass over the window's moves, in date order. */
async function namePeopleByScan(db: Kysely<Database>, bounds: Window, byIds: Map<string, Flow>): Promise<void> {
  const rows = await whereMoves(db.selectFrom('moves as m'), { window: bounds, includeHistory: false })
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['m.from_org_id', 'm.to_org_id', 'p.name'])
    .where('m.from_org_id', 'is not', null)
    .where('m.to_org_id', 'is not', null)
    .orderBy('m.date_sort', (ob) => ob.asc().nullsLast())
    .orderBy('m.id')
    .execute();
  // Flows cut by the limit are in the map too; naming their people is wasted but harmless.
  for (const r of rows) byIds.get(`${r.from_org_id},${r.to_org_id}`)?.people.add(r.name);
}
