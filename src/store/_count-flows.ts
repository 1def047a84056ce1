/** Counts moves between pairs of top-level organizations over a time window. */
import type { Kysely } from 'kysely';
import type { PartialDate } from '../core/types.ts';
import { checkCount } from './_check-filter.ts';
import { boundWindow } from './_date-bounds.ts';
import { whereMoves } from './_move-rows.ts';
import { loadOrgIndex } from './_org-index.ts';
import type { Database } from './schema.ts';
import type { FlowRow } from './store.ts';

/**
 * Non-history moves in the window with both sides known, counted per pair of top-level
 * organizations (moves inside one organization left out), most moves first, then by names;
 * each pair's people in date order, once each.
 */
export async function countFlows(db: Kysely<Database>, window?: { since?: PartialDate; until?: PartialDate; limit?: number }): Promise<FlowRow[]> {
  const limit = checkCount('limit', window?.limit);
  const rows = await whereMoves(db.selectFrom('moves as m'), { window: boundWindow(window), includeHistory: false })
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['m.from_org_id', 'm.to_org_id', 'p.name'])
    .where('m.from_org_id', 'is not', null)
    .where('m.to_org_id', 'is not', null)
    .orderBy('m.date_sort', (ob) => ob.asc().nullsLast())
    .orderBy('m.id')
    .execute();
  const index = await loadOrgIndex(db);
  const byPair = new Map<string, { from: string; to: string; count: number; people: Set<string> }>();
  for (const r of rows) {
    const from = index.topName(r.from_org_id as number);
    const to = index.topName(r.to_org_id as number);
    if (from === to) continue;
    const pairKey = JSON.stringify([from, to]);
    let flow = byPair.get(pairKey);
    if (!flow) byPair.set(pairKey, (flow = { from, to, count: 0, people: new Set() }));
    flow.count++;
    flow.people.add(r.name);
  }
  const flows = [...byPair.values()]
    .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .map((f) => ({ from: f.from, to: f.to, count: f.count, people: [...f.people] }));
  return limit === undefined ? flows : flows.slice(0, limit);
}
