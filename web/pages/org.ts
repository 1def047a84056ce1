/** `/org/:key`: in/out timeline, teams, bursts, cascades, forecast with its interval, counterparts, compensation. */
import { h, replaceChildren, scriptLang } from '../dom.ts';
import { t } from '../i18n.ts';
import { ApiError, getJson, getJsonOr, itemsOf } from '../api.ts';
import { formatNumber, formatSigned, formatUsd } from '../format.ts';
import { orgPath } from '../router.ts';
import { orgHref, type Cascade, type CompensationGroup, type Forecast, type Move, type Series } from '../model.ts';
import { orgLabel } from '../org-names.ts';
import { renderForecastBars, renderTimeline, seriesTable } from '../charts.ts';
import { emptyNote, movesTable, nameSpan, section } from '../ui.ts';
import { burstList } from './overview.ts';
import { NotFound, type PageContext, type PageResult } from './page.ts';

interface OrgSummary {
  key: string; name: string; verified: boolean; aliases?: string[]; parent: string | null;
  inflow: number; outflow: number; net: number;
  topDestinations?: Array<{ org: string; key?: string; count: number }>;
  topSources?: Array<{ org: string; key?: string; count: number }>;
  teams?: Array<{ team: string; inflow: number; outflow: number }>;
  recentDepartures?: Move[]; recentArrivals?: Move[];
}

/** The summary by key; an address holding a name (links from flows) is looked up among the organizations. */
async function loadSummary(keyOrName: string, signal: AbortSignal): Promise<OrgSummary> {
  try {
    return await getJson<OrgSummary>(`/orgs/${encodeURIComponent(keyOrName)}`, undefined, signal);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
  }
  const found = itemsOf<{ key: string; name: string; aliases?: string[] }>(await getJson<unknown>('/orgs', { q: keyOrName, limit: 20 }, signal));
  const fold = (x: string) => x.normalize('NFKC').toLowerCase();
  const match = found.find((o) => fold(o.name) === fold(keyOrName) || (o.aliases ?? []).some((a) => fold(a) === fold(keyOrName))) ?? (found.length === 1 ? found[0] : undefined);
  if (!match) throw new NotFound(keyOrName);
  history.replaceState(null, '', orgPath(match.key));
  return await getJson<OrgSummary>(`/orgs/${encodeURIComponent(match.key)}`, undefined, signal);
}

function readSeries(body: unknown): Series {
  const b = body as Partial<Series> & { series?: Series } | null;
  const src = b?.series ?? b;
  return { months: Array.isArray(src?.months) ? src!.months : itemsOf(body), yearOnly: Array.isArray(src?.yearOnly) ? src!.yearOnly : [] };
}

function kpis(o: OrgSummary): HTMLElement {
  const item = (label: string, value: string, cls = '') => h('div', { class: `kpi ${cls}` }, h('dt', null, label), h('dd', null, value));
  return h('dl', { class: 'kpis' },
    item(t('inflow'), formatNumber(o.inflow)),
    item(t('outflow'), formatNumber(o.outflow)),
    item(t('net'), formatSigned(o.net), o.net > 0 ? 'pos-text' : o.net < 0 ? 'neg-text' : ''));
}

function counterpartList(rows: Array<{ org: string; key?: string; count: number }> | undefined): HTMLElement {
  if (!rows?.length) return emptyNote('empty');
  return h('ol', { class: 'plain-list counts' }, rows.slice(0, 10).map((r) => h('li', null, h('a', { href: orgHref(r.key, r.org) }, nameSpan(orgLabel(r.org, r.key))), h('span', { class: 'count' }, formatNumber(r.count)))));
}

function teamsTable(teams: OrgSummary['teams']): HTMLElement {
  if (!teams?.length) return emptyNote('noTeams');
  return h('div', { class: 'table-wrap' }, h('table', null,
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('team')), h('th', { scope: 'col', class: 'num' }, t('inflow')), h('th', { scope: 'col', class: 'num' }, t('outflow')))),
    h('tbody', null, teams.map((tm) => h('tr', null, h('td', { lang: scriptLang(tm.team) }, tm.team), h('td', { class: 'num' }, tm.inflow), h('td', { class: 'num' }, tm.outflow))))));
}

function cascadeList(cascades: Cascade[]): HTMLElement {
  if (!cascades.length) return emptyNote('noCascades');
  return h('ul', { class: 'plain-list' }, cascades.map((c) => h('li', null,
    t('cascadeLine', { leader: c.leader.person, to: orgLabel(c.to), n: c.followers.length, days: c.spanDays }),
    h('span', { class: 'muted' }, ` (${c.confidence}, ${c.leader.date})`),
    h('div', { class: 'muted small' }, c.followers.map((f) => `${f.person} ${f.date}`).join(', ')))));
}

function forecastPanel(f: Forecast | null, holder: HTMLElement): HTMLElement {
  if (!f?.horizons?.length) return emptyNote('noForecast');
  return h('div', null,
    h('ul', { class: 'plain-list' }, f.horizons.map((hz) => h('li', null, t('forecastLine', {
      h: hz.horizon, expected: formatNumber(hz.expected, 1), level: Math.round(hz.level * 100), lower: formatNumber(hz.lower), upper: formatNumber(hz.upper),
    })))),
    holder,
    h('p', { class: 'muted small' }, `${t('model')}: ${f.model} — ${f.reason}`));
}

function compensationTable(groups: CompensationGroup[]): HTMLElement {
  if (!groups.length) return emptyNote('noCompensation');
  return h('div', { class: 'table-wrap' }, h('table', null,
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('destination')), h('th', { scope: 'col' }, t('period')), h('th', { scope: 'col', class: 'num' }, t('count')), h('th', { scope: 'col', class: 'num' }, t('median')), h('th', { scope: 'col' }, t('range')))),
    h('tbody', null, groups.map((g) => h('tr', null,
      h('td', null, g.destination === null ? t('unknown') : orgLabel(g.destination)), h('td', null, g.period), h('td', { class: 'num' }, g.count),
      h('td', { class: 'num' }, formatUsd(g.median)), h('td', null, g.min === null ? '–' : `${formatUsd(g.min)} – ${formatUsd(g.max)}`))))));
}

export async function renderOrg(ctx: PageContext): Promise<PageResult> {
  const o = await loadSummary(ctx.params.key!, ctx.signal);
  const name = o.name;
  // The canonical name asks the API; the title is the interface language's, and the other names stay listed.
  const title = orgLabel(name, o.key);
  const otherNames = [...new Set([name, ...(o.aliases ?? [])])].filter((a) => a !== title);
  const [seriesBody, burstsBody, cascadesBody, forecastBody, compBody] = await Promise.all([
    getJsonOr<unknown>('/series', { org: name }, {}, ctx.signal),
    getJsonOr<unknown>('/bursts', { org: name }, {}, ctx.signal),
    getJsonOr<unknown>('/cascades', { org: name }, {}, ctx.signal),
    getJsonOr<Forecast | null>('/forecast', { org: name }, null, ctx.signal),
    getJsonOr<unknown>('/compensation', { to: name }, {}, ctx.signal),
  ]);
  const series = readSeries(seriesBody);
  const bursts = (burstsBody as { bursts?: [] })?.bursts ?? itemsOf(burstsBody);
  const cascades = (cascadesBody as { cascades?: Cascade[] })?.cascades ?? itemsOf<Cascade>(cascadesBody);
  const groups = (compBody as { groups?: CompensationGroup[] })?.groups ?? itemsOf<CompensationGroup>(compBody);

  const timelineHolder = h('div', { class: 'chart-holder' });
  const forecastHolder = h('div', { class: 'chart-holder' });
  const node = h('div', { class: 'page org' },
    h('div', { class: 'page-head' },
      h('p', { class: 'eyebrow' }, t('orgPage'), ' · ', h('span', { class: o.verified ? 'badge' : 'badge badge-muted' }, o.verified ? t('verified') : t('unverified'))),
      h('h1', { tabindex: '-1', lang: scriptLang(title) }, title),
      o.parent ? h('p', null, `${t('parent')}: `, h('a', { href: orgHref(o.parent, o.parent) }, orgLabel(o.parent, o.parent))) : null,
      o.aliases?.length ? h('p', { class: 'aliases' }, `${t('aliases')}: `, otherNames.map((a, i) => [i ? ', ' : '', nameSpan(a)])) : null,
      kpis(o)),
    section(t('timeline'), [
      series.months.length ? timelineHolder : emptyNote('empty'),
      series.months.length ? h('details', { class: 'table-alt' }, h('summary', null, t('showSeriesTable')), seriesTable(series.months)) : null,
      series.yearOnly.length ? h('p', { class: 'muted small' }, `${t('yearOnly')}: `, series.yearOnly.map((y) => `${y.year} +${y.arrivals}/−${y.departures}`).join(', ')) : null,
    ], { className: 'wide' }),
    h('div', { class: 'grid' },
      section(t('forecast'), forecastPanel(forecastBody, forecastHolder)),
      section(t('counterparts'), h('div', { class: 'two-col' },
        h('div', null, h('h3', null, t('destinations')), counterpartList(o.topDestinations)),
        h('div', null, h('h3', null, t('sources')), counterpartList(o.topSources)))),
      section(t('teams'), teamsTable(o.teams)),
      section(t('bursts'), burstList(bursts)),
      section(t('cascades'), cascadeList(cascades)),
      section(t('compensation'), compensationTable(groups))),
    section(t('recentDepartures'), o.recentDepartures?.length ? movesTable(o.recentDepartures) : emptyNote('empty'), { className: 'wide' }),
    section(t('recentArrivals'), o.recentArrivals?.length ? movesTable(o.recentArrivals) : emptyNote('empty'), { className: 'wide' }));

  const mounted = () => {
    if (series.months.length) replaceChildren(timelineHolder, renderTimeline(series.months, Math.max(280, timelineHolder.clientWidth || 900)));
    if (forecastBody?.horizons?.length) replaceChildren(forecastHolder, renderForecastBars(forecastBody.horizons, Math.max(260, forecastHolder.clientWidth || 400)));
  };
  return { title, node, mounted };
}

