/** Analysis endpoints (flows, series, bursts, cascades, forecast, compensation, net ranking), cached per request and store generation. */
import { queryBursts, queryCascades, queryCompensation, queryFlowCounts, queryFlows, queryForecast, querySeries, type FlowsQuery } from '../../queries/index.ts';
import type { Store } from '../../store/index.ts';
import type { ApiContext } from '../api-context.ts';
import { choice, integer, numberBetween, paging, partialDate, requiredText, text, window } from '../query-params.ts';
import type { Router } from '../router.ts';

// Flows name their people; a page shows a few, and says how many in all.
const PEOPLE_SHOWN = 20;
const CONFLICTS_SHOWN = 50;

/** One computation per distinct query and store generation; pages of it are cut per request. */
const cachedFor = (api: ApiContext) => <T>(name: string, args: unknown, compute: () => Promise<T>) => api.cache.get(`${name} ${JSON.stringify(args)}`, compute);

/**
 * Computes, in the background, what the dashboard's overview asks for first (flows and net ranking,
 * bursts), so that its first view is answered from the cache. Failures surface on the real request.
 */
export function warmAnalyses(api: ApiContext): void {
  const cached = cachedFor(api);
  const store = api.analysisStore;
  void cached('flows', {}, () => flowsFor(store, {}))
    .then(() => cached('bursts', {}, () => queryBursts(store, {})))
    .then(() => orgKeysByName(api))
    .catch(() => {});
}

export function addAnalysisRoutes(router: Router, api: ApiContext): void {
  const store = api.analysisStore;
  const cached = cachedFor(api);

  router.add('GET', '/api/flows', async ({ query }) => {
    const { limit, offset } = paging(query);
    const args = { ...window(query), level: choice(query, 'level', ['org', 'team'] as const), org: text(query, 'org') };
    const result = await cached('flows', args, () => flowsFor(store, args));
    const keys = await orgKeysByName(api);
    const items = result.flows.slice(offset, offset + limit).map((f) => ({
      from: f.from, fromKey: keys.get(f.from) ?? null, fromTeam: f.fromTeam,
      to: f.to, toKey: keys.get(f.to) ?? null, toTeam: f.toTeam,
      count: f.count, people: f.people.slice(0, PEOPLE_SHOWN), peopleCount: f.peopleCount, uncertain: f.uncertain,
    }));
    return {
      body: {
        items, total: result.flows.length, limit, offset,
        level: result.level, since: result.since, until: result.until, org: result.org,
        oneSided: result.oneSided, internal: result.internal,
      },
      csv: () => ({
        columns: ['from', 'from_team', 'to', 'to_team', 'count', 'uncertain', 'people'],
        rows: items.map((f) => [f.from, f.fromTeam, f.to, f.toTeam, f.count, f.uncertain, f.people.join('; ')]),
      }),
    };
  });

  router.add('GET', '/api/net', async ({ query }) => {
    const { limit, offset } = paging(query);
    const order = choice(query, 'order', ['gain', 'loss', 'volume'] as const) ?? 'gain';
    const args = window(query);
    const result = await cached('flows', args, () => flowsFor(store, args));
    const byOrg = new Map<string, { inflow: number; outflow: number }>();
    const tally = (name: string) => {
      let t = byOrg.get(name);
      if (!t) byOrg.set(name, (t = { inflow: 0, outflow: 0 }));
      return t;
    };
    for (const f of result.flows) {
      tally(f.from).outflow += f.count;
      tally(f.to).inflow += f.count;
    }
    const keys = await orgKeysByName(api);
    const ranked = [...byOrg].map(([name, t]) => ({ key: keys.get(name) ?? null, name, inflow: t.inflow, outflow: t.outflow, net: t.inflow - t.outflow }));
    const measure = { gain: (r: (typeof ranked)[number]) => -r.net, loss: (r: (typeof ranked)[number]) => r.net, volume: (r: (typeof ranked)[number]) => -(r.inflow + r.outflow) }[order];
    ranked.sort((a, b) => measure(a) - measure(b) || a.name.localeCompare(b.name));
    const items = ranked.slice(offset, offset + limit);
    return {
      body: { items, total: ranked.length, limit, offset, order, since: result.since, until: result.until },
      csv: () => ({ columns: ['key', 'name', 'inflow', 'outflow', 'net'], rows: items.map((r) => [r.key, r.name, r.inflow, r.outflow, r.net]) }),
    };
  });

  router.add('GET', '/api/series', async ({ query }) => {
    const { limit, offset } = paging(query, 500, 5000);
    const args = { ...window(query), org: text(query, 'org'), from: text(query, 'from'), to: text(query, 'to'), level: choice(query, 'level', ['org', 'team'] as const) };
    const result = await cached('series', args, () => querySeries(store, args));
    if (result.kind === 'org') {
      const body = { ...result, undatable: result.undatable.length };
      return {
        body,
        csv: () => ({
          columns: ['period', 'arrivals', 'departures', 'net', 'by_reported_day'],
          rows: [...result.months.map((m) => [m.month, m.arrivals, m.departures, m.net, m.byReportedDay]), ...result.yearOnly.map((y) => [y.year, y.arrivals, y.departures, y.net, y.byReportedDay])],
        }),
      };
    }
    const cells = result.cells.slice(offset, offset + limit);
    return {
      body: { ...result, cells, cellTotal: result.cells.length, limit, offset, uncounted: result.uncounted.length, undatable: result.undatable.length },
      csv: () => ({
        columns: ['period', 'from', 'from_team', 'to', 'to_team', 'count'],
        rows: cells.map((c) => [c.period, c.from, c.fromTeam, c.to, c.toTeam, c.count]),
      }),
    };
  });

  router.add('GET', '/api/bursts', async ({ query }) => {
    const { limit, offset } = paging(query);
    const args = {
      windowDays: integer(query, 'window', { min: 1, max: 3650, example: 30 }),
      threshold: integer(query, 'threshold', { min: 1, max: 100000, example: 3 }),
      alpha: numberBetween(query, 'alpha', 0, 1, 0.01),
      level: choice(query, 'level', ['org', 'team'] as const),
      org: text(query, 'org'),
    };
    const result = await cached('bursts', args, () => queryBursts(store, args));
    return { body: { items: result.bursts.slice(offset, offset + limit), total: result.bursts.length, limit, offset, undatable: result.undatable.length, coarse: result.coarse.length } };
  });

  router.add('GET', '/api/cascades', async ({ query }) => {
    const { limit, offset } = paging(query);
    const args = { days: integer(query, 'days', { min: 1, max: 3650, example: 90 }), org: text(query, 'org') };
    const result = await cached('cascades', args, () => queryCascades(store, args));
    return { body: { items: result.cascades.slice(offset, offset + limit), total: result.cascades.length, limit, offset, undatable: result.undatable.length, coarse: result.coarse.length } };
  });

  router.add('GET', '/api/forecast', async ({ query }) => {
    const args = { org: requiredText(query, 'org', 'Apple'), team: text(query, 'team'), now: partialDate(query, 'now') };
    const f = await cached('forecast', args, () => queryForecast(store, args));
    return {
      body: {
        org: f.org, team: f.team, model: f.model, reason: f.reason, events: f.events, from: f.from, until: f.until,
        horizons: f.horizons, departures: f.departures.length, undatable: f.undatable.length, outsideWindow: f.outsideWindow.length,
        poisson: f.poisson, hawkes: f.hawkes,
      },
    };
  });

  router.add('GET', '/api/compensation', async ({ query }) => {
    const { limit, offset } = paging(query);
    const args = { ...window(query), to: text(query, 'to'), period: choice(query, 'period', ['year', 'quarter', 'month'] as const) };
    const result = await cached('compensation', args, () => queryCompensation(store, args));
    const strip = <F extends { sources?: unknown }>(f: F) => {
      const { sources: _sources, ...rest } = f;
      return rest;
    };
    const groups = result.groups.slice(offset, offset + limit).map((g) => ({ ...g, figures: g.figures.map(strip), otherCurrencies: g.otherCurrencies.map(strip) }));
    const conflicts = result.conflicts.slice(0, CONFLICTS_SHOWN).map((c) => ({ moveId: c.moveId, person: c.person, date: c.date, figures: c.figures.map(strip) }));
    return {
      body: { items: groups, total: result.groups.length, limit, offset, period: args.period ?? 'year', conflicts, conflictCount: result.conflicts.length },
      csv: () => ({
        columns: ['destination', 'period', 'count', 'min_usd', 'median_usd', 'max_usd', 'other_currencies'],
        rows: groups.map((g) => [g.destination, g.period, g.count, g.min, g.median, g.max, g.otherCurrencies.map((o) => o.text).join('; ')]),
      }),
    };
  });
}

/** Organization name → key (top-level and verified organizations win a shared name), cached like an analysis. */
function orgKeysByName(api: ApiContext): Promise<Map<string, string>> {
  return api.cache.get('org keys by name', async () => {
    const { items } = await api.store.documents.searchOrgs(undefined, {});
    const keys = new Map<string, string>();
    for (const org of items) if (!keys.has(org.name)) keys.set(org.name, org.key);
    return keys;
  });
}

interface FlowsPage {
  level: 'org' | 'team';
  since: string | null;
  until: string | null;
  org: string | null;
  /** `people` holds at least the first PEOPLE_SHOWN; `peopleCount` counts them all. */
  flows: Array<{ from: string; fromTeam: string | null; to: string; toTeam: string | null; count: number; people: string[]; peopleCount: number; uncertain: number | null }>;
  oneSided: number | null;
  internal: number | null;
}

/**
 * Organization-level flows come from the store's SQL counts (one GROUP BY: about 0.3 s over 50,000
 * moves where loading every move for the analysis takes seconds); team-level flows need the moves
 * themselves. Both follow the store's window rule, so the counts agree (src/queries/queries.test.ts).
 */
async function flowsFor(store: Store, args: FlowsQuery): Promise<FlowsPage> {
  if ((args.level ?? 'org') === 'org') {
    // A page shows PEOPLE_SHOWN people per flow: naming the rest would cost most of the time on a large store.
    const r = await queryFlowCounts(store, { since: args.since, until: args.until, org: args.org, peopleLimit: PEOPLE_SHOWN });
    return {
      level: 'org', since: r.since, until: r.until, org: r.org,
      flows: r.flows.map((f) => ({ from: f.from, fromTeam: null, to: f.to, toTeam: null, count: f.count, people: f.people, peopleCount: f.peopleCount, uncertain: null })),
      oneSided: null, internal: null,
    };
  }
  const r = await queryFlows(store, args);
  return { ...r, flows: r.flows.map((f) => ({ ...f, peopleCount: f.people.length })), oneSided: r.oneSided.length, internal: r.internal.length };
}
