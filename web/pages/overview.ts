/** `/`: flows of a window as a Sankey diagram, net-flow ranking, latest moves, bursts and fired alerts. */
import { h, replaceChildren } from '../dom.ts';
import { t, type MessageKey } from '../i18n.ts';
import { getJsonOr, itemsOf, type Query } from '../api.ts';
import { formatNumber, formatP, formatSigned } from '../format.ts';
import { navigate } from '../router.ts';
import { netRanking, orgHref, readFlows, type Burst, type Flow, type Move } from '../model.ts';
import { orgLabel } from '../org-names.ts';
import { renderFlowTable, renderSankey } from '../sankey.ts';
import { emptyNote, movesTable, section } from '../ui.ts';
import type { PageContext, PageResult } from './page.ts';

const PRESETS: Array<{ value: string; label: MessageKey }> = [
  { value: '30d', label: 'preset30d' },
  { value: '90d', label: 'preset90d' },
  { value: '1y', label: 'preset1y' },
  { value: 'all', label: 'presetAll' },
];
const SANKEY_FLOWS = 30;

/** The window in the address: `?window=90d`, or `?since=…&until=…` for custom dates; default all. */
function readWindow(query: URLSearchParams): { preset: string | null; since: string | null; until: string | null } {
  const preset = query.get('window');
  if (preset && PRESETS.some((p) => p.value === preset)) return { preset, since: preset === 'all' ? null : preset, until: null };
  const since = query.get('since'), until = query.get('until');
  if (since || until) return { preset: null, since, until };
  return { preset: 'all', since: null, until: null };
}

function windowControls(current: ReturnType<typeof readWindow>): HTMLElement {
  const fromInput = h('input', { type: 'date', id: 'win-from', name: 'since', value: current.preset ? '' : current.since ?? '' });
  const toInput = h('input', { type: 'date', id: 'win-to', name: 'until', value: current.preset ? '' : current.until ?? '' });
  const form = h('form', { class: 'custom-window' },
    h('label', { for: 'win-from' }, t('from')), fromInput,
    h('label', { for: 'win-to' }, t('to')), toInput,
    h('button', { type: 'submit', class: 'btn' }, t('apply')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = new URLSearchParams();
    if (fromInput.value) q.set('since', fromInput.value);
    if (toInput.value) q.set('until', toInput.value);
    navigate(`/${q.toString() ? `?${q}` : ''}`, { replace: true });
  });
  return h('div', { class: 'window-bar', role: 'group', 'aria-label': t('window') },
    h('span', { class: 'window-label' }, t('window')),
    h('div', { class: 'segmented' }, PRESETS.map((p) => h('button', {
      type: 'button', class: 'seg', 'aria-pressed': String(current.preset === p.value), 'data-window': p.value,
      onclick: () => navigate(p.value === 'all' ? '/' : `/?window=${p.value}`, { replace: true }),
    }, t(p.label)))),
    form);
}

function netTable(flows: Flow[]): HTMLElement {
  const rows = netRanking(flows);
  if (!rows.length) return emptyNote('empty');
  const top = [...rows.slice(0, 8), ...rows.slice(Math.max(8, rows.length - 8))];
  const maxAbs = Math.max(1, ...top.map((r) => Math.abs(r.net)));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'net' },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('org')), h('th', { scope: 'col', class: 'num' }, t('inflow')), h('th', { scope: 'col', class: 'num' }, t('outflow')), h('th', { scope: 'col', class: 'num' }, t('net')), h('th', { scope: 'col', class: 'bar-col' }, h('span', { class: 'visually-hidden' }, t('net'))))),
    h('tbody', null, top.map((r) => {
      const bar = h('span', { class: `bar ${r.net >= 0 ? 'pos' : 'neg'}` });
      bar.style.width = `${(Math.abs(r.net) / maxAbs) * 50}%`;
      return h('tr', null,
        h('td', null, h('a', { href: orgHref(r.key, r.name) }, orgLabel(r.name, r.key))),
        h('td', { class: 'num' }, formatNumber(r.inflow)),
        h('td', { class: 'num' }, formatNumber(r.outflow)),
        h('td', { class: `num ${r.net > 0 ? 'pos-text' : r.net < 0 ? 'neg-text' : ''}` }, formatSigned(r.net)),
        h('td', { class: 'bar-col', 'aria-hidden': 'true' }, h('span', { class: 'diverging' }, bar)));
    }))));
}

export function burstList(bursts: Burst[]): HTMLElement {
  if (!bursts.length) return emptyNote('noBursts');
  return h('ul', { class: 'plain-list' }, bursts.slice(0, 12).map((b) => {
    const days = Math.max(1, Math.round((Date.parse(b.end) - Date.parse(b.start)) / 86_400_000) + 1);
    return h('li', null,
      h('a', { href: orgHref(null, b.org) }, orgLabel(b.org)), b.team ? ` · ${b.team}` : '', ' — ',
      t('burstLine', { count: b.count, days, expected: formatNumber(b.expected, 1), p: formatP(b.pValue) }),
      h('span', { class: 'muted' }, ` ${b.start} – ${b.end}`),
      b.people?.length ? h('div', { class: 'muted small' }, b.people.join(', ')) : null);
  }));
}

interface AlertItem {
  id: number; firedAt: string; windowStart: string; windowEnd: string; count: number; people: string[]; reason: string;
  rule: { name: string; org: string | null; team: string | null };
}

function alertList(alerts: AlertItem[]): HTMLElement {
  if (!alerts.length) return emptyNote('noAlerts');
  return h('ul', { class: 'plain-list alerts' }, alerts.slice(0, 10).map((a) => h('li', null,
    h('strong', null, a.rule?.name ?? ''), a.rule?.org ? [' · ', h('a', { href: orgHref(null, a.rule.org) }, orgLabel(a.rule.org))] : null,
    h('div', null, a.reason),
    h('div', { class: 'muted small' }, `${a.windowStart} – ${a.windowEnd}`, a.people?.length ? ` · ${a.people.join(', ')}` : ''))));
}

function readBursts(body: unknown): Burst[] {
  const b = body as { bursts?: Burst[] } | null;
  return Array.isArray(b?.bursts) ? b!.bursts : itemsOf<Burst>(body);
}

export async function renderOverview(ctx: PageContext): Promise<PageResult> {
  const win = readWindow(ctx.query);
  const q: Query = { since: win.since, until: win.until };
  // Bursts and alerts fill in when they come: the diagram and the tables do not wait for them.
  const burstsBox = h('div', { 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('loading')));
  const alertsBox = h('div', { 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('loading')));
  const fill = (box: HTMLElement, content: () => Node) => {
    if (ctx.signal.aborted) return;
    replaceChildren(box, content());
    box.removeAttribute('aria-busy');
  };
  const [flowsBody, movesBody] = await Promise.all([
    getJsonOr<unknown>('/flows', { ...q, limit: 500 }, [], ctx.signal),
    getJsonOr<unknown>('/moves', { ...q, limit: 15 }, [], ctx.signal),
  ]);
  // Asked for only now: on a cold server the whole-store burst analysis would hold up the window's flows.
  getJsonOr<unknown>('/bursts', undefined, {}, ctx.signal).then((body) => fill(burstsBox, () => burstList(readBursts(body))), () => {});
  getJsonOr<unknown>('/alerts', { limit: 10 }, [], ctx.signal).then((body) => fill(alertsBox, () => alertList(itemsOf<AlertItem>(body))), () => {});
  const flows = readFlows(flowsBody);
  const moves = itemsOf<Move>(movesBody);

  const sankeyHolder = h('div', { class: 'sankey-holder' });
  const shown = Math.min(SANKEY_FLOWS, flows.length);
  const node = h('div', { class: 'page overview' },
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('overviewTitle')), windowControls(win)),
    section(t('flowsHeading'), [
      flows.length ? sankeyHolder : emptyNote('sankeyEmpty'),
      flows.length > shown ? h('p', { class: 'hint' }, t('moreFlows', { shown, total: flows.length })) : null,
      flows.length ? h('details', { class: 'table-alt' }, h('summary', null, t('showTable')), renderFlowTable(flows)) : null,
    ], { className: 'wide' }),
    h('div', { class: 'grid' },
      section(t('netRanking'), netTable(flows), { hint: t('netHint') }),
      section(t('latestMoves'), moves.length ? movesTable(moves) : emptyNote('empty')),
      section(t('bursts'), burstsBox),
      section(t('alerts'), alertsBox)));

  const draw = () => {
    if (!flows.length) return;
    const width = Math.max(300, Math.floor(sankeyHolder.clientWidth || 900));
    replaceChildren(sankeyHolder, renderSankey(flows, width, SANKEY_FLOWS));
  };
  return { title: t('overviewTitle'), node, mounted: draw };
}

