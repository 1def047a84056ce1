/** Builds an organization's summary: inflow, outflow, net, top counterparts and recent moves. */
import type { Kysely } from 'kysely';
import type { PartialDate } from '../core/types.ts';
import { boundWindow } from './_date-bounds.ts';
import { selectMoveRows, whereMoves } from './_move-rows.ts';
import { loadOrgIndex } from './_org-index.ts';
import { lookupOrg } from './_org-match.ts';
import type { Database } from './schema.ts';
import type { MoveRow, OrgSummary } from './store.ts';

// How many entries each top and recent list holds.
const LIST_SIZE = 10;

interface LightMove {
  id: number;
  date_sort: string | null;
}

/**
 * Counts non-history moves in the window that cross the organization's boundary (the organization
 * with its sub-units and teams, as listMoves' `org` filter matches it): a move between two of its
 * own units is neither inflow nor outflow. Counterparts are named by their top-level organization.
 * Null when no organization has that name.
 */
export async function summariseOrg(db: Kysely<Database>, name: string, window?: { since?: PartialDate; until?: PartialDate }): Promise<OrgSummary | null> {
  const match = await lookupOrg(db, name, 'org');
  const org = match.named[0];
  if (!org) return null;
  // Light rows first: only the few recent moves are loaded whole, with their sources.
  const rows = await whereMoves(db.selectFrom('moves as m'), { org: match, window: boundWindow(window), includeHistory: false })
    .select(['m.id', 'm.from_org_id', 'm.to_org_id', 'm.from_team_key', 'm.to_team_key', 'm.date_sort'])
    .execute();
  const ids = new Set(match.orgIds);
  const teams = new Set(match.teamKeys);
  const inside = (orgId: number | null, teamKey: string | null) => (orgId !== null && ids.has(orgId)) || (teamKey !== null && teams.has(teamKey));
  const index = await loadOrgIndex(db);
  const departures: LightMove[] = [];
  const arrivals: LightMove[] = [];
  const destinations = new Map<string, number>();
  const sources = new Map<string, number>();
  for (const r of rows) {
    const fromInside = inside(r.from_org_id, r.from_team_key);
    const toInside = inside(r.to_org_id, r.to_team_key);
    if (fromInside && !toInside) {
      departures.push(r);
      if (r.to_org_id !== null) bump(destinations, index.topName(r.to_org_id));
    } else if (toInside && !fromInside) {
      arrivals.push(r);
      if (r.from_org_id !== null) bump(sources, index.topName(r.from_org_id));
    }
  }
  return {
    key: org.key,
    name: org.name,
    verified: org.verified === 1,
    aliases: JSON.parse(org.aliases),
    parent: org.parent_key,
    inflow: arrivals.length,
    outflow: departures.length,
    net: arrivals.length - departures.length,
    topDestinations: topCounts(destinations),
    topSources: topCounts(sources),
    recentDepartures: await selectRecent(db, departures),
    recentArrivals: await selectRecent(db, arrivals),
  };
}

async function selectRecent(db: Kysely<Database>, rows: LightMove[]): Promise<MoveRow[]> {
  const newest = [...rows].sort((a, b) => compareNewest(a.date_sort, b.date_sort) || a.id - b.id).slice(0, LIST_SIZE);
  return selectMoveRows(db, { moveIds: newest.map((r) => r.id), includeHistory: false }, { order: 'newest' });
}

// Newest first, undated last: the order listMoves uses.
function compareNewest(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function topCounts(counts: Map<string, number>): Array<{ org: string; count: number }> {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, LIST_SIZE)
    .map(([org, count]) => ({ org, count }));
}
