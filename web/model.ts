/**
 * The API's shapes as the pages use them (see src/server/openapi.ts), and links to the app's pages.
 * Readers are lenient: an optional field missing from an answer degrades a panel, never the page.
 */
import { orgPath, personPath, searchPath } from './router.ts';

export interface Span { start: number; end: number; text: string }
export interface OrgRef { key?: string | null; name: string; team: string | null; verified?: boolean }
export interface MoveSource {
  documentId: number; source: string; url: string | null; title: string | null; published: string | null;
  lang: string; claimId: number; confidence: number; evidence: Span[];
}
export interface Compensation { text: string; usd: number | null; amount?: number | null; currency?: string | null; claimId?: number }
export interface Move {
  id: number;
  person: { id?: number; key?: string | null; name: string; aliases?: string[] };
  from: OrgRef | null;
  to: OrgRef | null;
  date: string | null;
  role: string | null;
  compensation?: Compensation[];
  confidence?: number;
  history?: boolean;
  sources?: MoveSource[];
}
export interface Flow { from: string; to: string; fromKey: string | null; toKey: string | null; count: number; people: string[] }

export interface Claim {
  id: number;
  documentId: number;
  source: string;
  published: string | null;
  person: string;
  aliases: string[];
  from: { org: string; team: string | null } | null;
  to: { org: string; team: string | null } | null;
  date: string | null;
  role: string | null;
  compensation: Compensation | null;
  confidence: number;
  history: boolean;
  evidence: Span[];
  personKey?: string | null;
  moveId?: number | null;
}

/** A recorded human decision (GET/POST /api/curation). */
export interface Decision {
  id: number; action: string; claimId: number; otherClaimId: number | null;
  fields: Record<string, string | null> | null; by?: string; note: string | null; createdAt: string;
}

export interface Burst { org: string; team: string | null; start: string; end: string; count: number; expected: number; pValue: number; people: string[] }
export interface CascadeMember { person: string; date: string; team: string | null; role: string | null }
export interface Cascade { org: string; team: string | null; to: string; confidence: string; leader: CascadeMember; followers: CascadeMember[]; spanDays: number }
export interface HorizonForecast { horizon: number; expected: number; lower: number; upper: number; level: number }
export interface Forecast { model: string; reason: string; events?: number; horizons: HorizonForecast[] }
export interface SeriesMonth { month: string; arrivals: number; departures: number; net: number }
export interface Series { months: SeriesMonth[]; yearOnly: Array<{ year: string; arrivals: number; departures: number }> }
export interface CompensationGroup { destination: string | null; period: string; count: number; min: number | null; median: number | null; max: number | null }

/** A link to an organization's page: by key when the answer carries one, else by name (the page resolves it). */
export function orgHref(key: string | null | undefined, name: string): string {
  return orgPath(key || name);
}

export function personHref(key: string | null | undefined, name: string): string {
  return key ? personPath(key) : searchPath(name);
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** Flows from GET /api/flows, whatever the envelope (`items`, `flows`, or a bare array). */
export function readFlows(body: unknown): Flow[] {
  const b = body as { items?: unknown[]; flows?: unknown[] } | unknown[] | null;
  const rows = (Array.isArray(b) ? b : b?.items ?? b?.flows ?? []) as Array<Record<string, unknown>>;
  return rows.map((r) => {
    const from = r.from as unknown, to = r.to as unknown;
    const fromName = typeof from === 'object' && from ? str((from as Record<string, unknown>).name) ?? '' : str(from) ?? '';
    const toName = typeof to === 'object' && to ? str((to as Record<string, unknown>).name) ?? '' : str(to) ?? '';
    return {
      from: fromName,
      to: toName,
      fromKey: str(r.fromKey) ?? (typeof from === 'object' && from ? str((from as Record<string, unknown>).key) : null),
      toKey: str(r.toKey) ?? (typeof to === 'object' && to ? str((to as Record<string, unknown>).key) : null),
      count: Number(r.count) || 0,
      people: Array.isArray(r.people) ? (r.people as unknown[]).map(String) : [],
    };
  }).filter((f) => f.from && f.to && f.count > 0);
}

/** Arrivals minus departures per organization, from the flows of a window. */
export function netRanking(flows: Flow[]): Array<{ name: string; key: string | null; inflow: number; outflow: number; net: number }> {
  const acc = new Map<string, { name: string; key: string | null; inflow: number; outflow: number; net: number }>();
  const get = (name: string, key: string | null) => {
    let row = acc.get(name);
    if (!row) acc.set(name, row = { name, key, inflow: 0, outflow: 0, net: 0 });
    return row;
  };
  for (const f of flows) {
    get(f.from, f.fromKey).outflow += f.count;
    get(f.to, f.toKey).inflow += f.count;
  }
  for (const row of acc.values()) row.net = row.inflow - row.outflow;
  return [...acc.values()].sort((a, b) => b.net - a.net || b.inflow - a.inflow || a.name.localeCompare(b.name));
}
