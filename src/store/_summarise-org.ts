/** Builds an organization's summary: inflow, outflow, net, top counterparts and recent moves. */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { PartialDate } from '../core/types.ts';
import { boundWindow, type Window } from './_date-bounds.ts';
import { selectMoveRows, sideMatches, whereMoves, type OrgMatch } from './_move-rows.ts';
import { loadOrgIndex } from './_org-index.ts';
import { lookupOrg } from './_org-match.ts';
import type { Database } from './schema.ts';
import type { MoveRow, OrgSummary } from './store.ts';

// How many entries each top and recent list holds.
const LIST_SIZE = 10;

/**
 * Counts non-history moves in the window that cross the organization's boundary (the organization
 * with its sub-units and teams, as listMoves' `org` filter matches it): a move between two of its
 * own units is neither inflow nor outflow. Counterparts are named by their top-level organization.
 * Null when no organization has that name.
 *
 * The counting is a GROUP BY in the database (a few rows per counterpart, however many moves), and
 * only the LIST_SIZE most recent departures and arrivals are loaded whole, with their sources.
 */
export async function summariseOrg(db: Kysely<Database>, name: string, window?: { since?: PartialDate; until?: PartialDate }): Promise<OrgSummary | null> {
  const match = await lookupOrg(db, name, 'org');
  const org = match.named[0];
  if (!org) return null;
  const bounds = boundWindow(window);
  // CASE turns a NULL side (unknown organization, no team) into "not inside" on both engines.
  const groups = await whereMoves(db.selectFrom('moves as m'), { org: match, window: bounds, includeHistory: false })
    .select((eb) => [
      'm.from_org_id',
      'm.to_org_id',
      eb.case().when(sideMatches(eb, 'from', match)).then(1).else(0).end().as('from_inside'),
      eb.case().when(sideMatches(eb, 'to', match)).then(1).else(0).end().as('to_inside'),
      eb.fn.countAll().as('n'),
    ])
    // Positions: both engines group by a result column's number, and the CASE need not be written twice.
    .groupBy([sql`1`, sql`2`, sql`3`, sql`4`])
    .execute();
  const index = await loadOrgIndex(db);
  let inflow = 0;
  let outflow = 0;
  const destinations = new Map<string, number>();
  const sources = new Map<string, number>();
  for (const g of groups) {
    // PostgreSQL returns count(*) as a bigint string, and the CASE as an integer.
    const count = Number(g.n);
    const fromInside = Number(g.from_inside) === 1;
    const toInside = Number(g.to_inside) === 1;
    if (fromInside && !toInside) {
      outflow += count;
      if (g.to_org_id !== null) bump(destinations, index.topName(g.to_org_id), count);
    } else if (toInside && !fromInside) {
      inflow += count;
      if (g.from_org_id !== null) bump(sources, index.topName(g.from_org_id), count);
    }
  }
  return {
    key: org.key,
    name: org.name,
    verified: org.verified === 1,
    aliases: JSON.parse(org.aliases),
    parent: org.parent_key,
    inflow,
    outflow,
    net: inflow - outflow,
    topDestinations: topCounts(destinations),
    topSources: topCounts(sources),
    recentDepartures: outflow ? await selectRecent(db, match, bounds, 'from') : [],
    recentArrivals: inflow ? await selectRecent(db, match, bounds, 'to') : [],
  };
}

/** The newest LIST_SIZE moves whose `inside` side is the organization and whose other side is not (newest first, undated last, then by id). */
async function selectRecent(db: Kysely<Database>, match: OrgMatch, bounds: Window, inside: 'from' | 'to'): Promise<MoveRow[]> {
  const outside = inside === 'from' ? 'to' : 'from';
  const newest = await whereMoves(db.selectFrom('moves as m'), { window: bounds, includeHistory: false })
    .where((eb) => eb.and([sideMatches(eb, inside, match), eb(eb.case().when(sideMatches(eb, outside, match)).then(1).else(0).end(), '=', 0) as Expression<SqlBool>]))
    .select('m.id')
    .orderBy('m.date_sort', (ob) => ob.desc().nullsLast())
    .orderBy('m.id')
    .limit(LIST_SIZE)
    .execute();
  return selectMoveRows(db, { moveIds: newest.map((r) => r.id), includeHistory: false }, { order: 'newest' });
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

function topCounts(counts: Map<string, number>): Array<{ org: string; count: number }> {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, LIST_SIZE)
    .map(([org, count]) => ({ org, count }));
}
