/**
 * The flow diagram: d3-sankey lays it out, we draw the SVG. Origins sit in the left column and
 * destinations in the right one, so A→B and B→A never form the cycle d3-sankey cannot lay out.
 */
import { sankey, sankeyLinkHorizontal, type SankeyNode, type SankeyLink } from 'd3-sankey';
import { h, s } from './dom.ts';
import { t } from './i18n.ts';
import { formatNumber } from './format.ts';
import { orgHref, type Flow } from './model.ts';
import { orgLabel } from './org-names.ts';

/** `name` is canonical (it picks the colour, the same in both languages); `label` is what the page shows. */
interface NodeDatum { id: string; name: string; label: string; href: string; side: 'from' | 'to' }
interface LinkDatum { flow: Flow }
type Node = SankeyNode<NodeDatum, LinkDatum>;
type Link = SankeyLink<NodeDatum, LinkDatum>;

const PALETTE = ['#2f6f9f', '#c0582b', '#3f8f5a', '#8a5bb0', '#b58a1b', '#2d8f91', '#b0456e', '#5a6c7d', '#7a8f2d', '#4b5fc4'];

function colorOf(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One-sentence description of the diagram for screen readers. */
export function describeFlows(flows: Flow[]): string {
  if (!flows.length) return t('sankeyEmpty');
  const orgs = new Set(flows.flatMap((f) => [f.from, f.to]));
  const moves = flows.reduce((sum, f) => sum + f.count, 0);
  const top = [...flows].sort((a, b) => b.count - a.count)[0]!;
  return t('sankeySummary', { moves: formatNumber(moves), orgs: formatNumber(orgs.size), top: `${orgLabel(top.from, top.fromKey)} → ${orgLabel(top.to, top.toKey)} (${top.count})` });
}

/** The SVG diagram of the largest `maxFlows` flows, sized to `width` CSS pixels. */
export function renderSankey(allFlows: Flow[], width: number, maxFlows = 30): SVGSVGElement {
  const flows = [...allFlows].sort((a, b) => b.count - a.count).slice(0, maxFlows);
  const nodes: NodeDatum[] = [];
  const index = new Map<string, number>();
  const nodeFor = (side: 'from' | 'to', name: string, key: string | null): number => {
    const id = `${side}:${name}`;
    let i = index.get(id);
    if (i === undefined) {
      i = nodes.length;
      index.set(id, i);
      nodes.push({ id, name, label: orgLabel(name, key), href: orgHref(key, name), side });
    }
    return i;
  };
  const links = flows.map((flow) => ({ source: nodeFor('from', flow.from, flow.fromKey), target: nodeFor('to', flow.to, flow.toKey), value: flow.count, flow }));

  const narrow = width < 560;
  const labelSpace = Math.min(170, Math.round(width * (narrow ? 0.3 : 0.22)));
  const perSide = Math.max(...(['from', 'to'] as const).map((side) => nodes.filter((n) => n.side === side).length), 1);
  const height = Math.max(220, Math.min(900, perSide * (narrow ? 22 : 26)));
  const layout = sankey<NodeDatum, LinkDatum>()
    .nodeId((d) => index.get(d.id)!)
    .nodeWidth(10)
    .nodePadding(narrow ? 6 : 8)
    .nodeSort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .extent([[labelSpace, 4], [width - labelSpace, height - 4]]);
  const graph = layout({ nodes: nodes.map((n) => ({ ...n })), links: links.map((l) => ({ ...l })) as unknown as Link[] });

  const path = sankeyLinkHorizontal<NodeDatum, LinkDatum>();
  const maxChars = Math.max(8, Math.floor(labelSpace / 7.2));
  const svg = s('svg', {
    class: 'sankey', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': describeFlows(allFlows),
  });
  const linkGroup = s('g', { class: 'sankey-links', 'aria-hidden': 'true' });
  for (const link of graph.links as Link[]) {
    const source = link.source as Node;
    const flow = (link as unknown as LinkDatum).flow;
    const d = path(link);
    if (!d) continue;
    linkGroup.appendChild(s('path', {
      d, stroke: colorOf(source.name), 'stroke-width': Math.max(1, link.width ?? 1), fill: 'none',
    }, s('title', null, `${orgLabel(flow.from, flow.fromKey)} → ${orgLabel(flow.to, flow.toKey)}: ${flow.count}${flow.people.length ? ` (${flow.people.slice(0, 6).join(', ')}${flow.people.length > 6 ? ', …' : ''})` : ''}`)));
  }
  const nodeGroup = s('g', { class: 'sankey-nodes' });
  for (const node of graph.nodes as Node[]) {
    const x0 = node.x0 ?? 0, x1 = node.x1 ?? 0, y0 = node.y0 ?? 0, y1 = node.y1 ?? 0;
    const left = node.side === 'from';
    const count = formatNumber(node.value ?? 0);
    const label = `${truncate(node.label, maxChars - count.length - 1)} ${count}`;
    nodeGroup.appendChild(s('a', { href: node.href, 'aria-label': `${node.label}: ${formatNumber(node.value ?? 0)}` },
      s('rect', { x: x0, y: y0, width: x1 - x0, height: Math.max(1, y1 - y0), fill: colorOf(node.name) }),
      s('text', {
        x: left ? x0 - 6 : x1 + 6, y: (y0 + y1) / 2, dy: '0.35em', 'text-anchor': left ? 'end' : 'start',
      }, label),
      s('title', null, `${node.label}: ${formatNumber(node.value ?? 0)}`),
    ));
  }
  svg.append(linkGroup, nodeGroup);
  return svg;
}

/** The same flows as a table: the diagram's accessible alternative. */
export function renderFlowTable(flows: Flow[]): HTMLElement {
  return h('div', { class: 'table-wrap' }, h('table', null,
    h('caption', { class: 'visually-hidden' }, t('flowsHeading')),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('from')), h('th', { scope: 'col' }, t('to')), h('th', { scope: 'col', class: 'num' }, t('count')), h('th', { scope: 'col' }, t('people')))),
    h('tbody', null, flows.map((f) => h('tr', null,
      h('td', null, h('a', { href: orgHref(f.fromKey, f.from) }, orgLabel(f.from, f.fromKey))),
      h('td', null, h('a', { href: orgHref(f.toKey, f.to) }, orgLabel(f.to, f.toKey))),
      h('td', { class: 'num' }, formatNumber(f.count)),
      h('td', { class: 'people-cell' }, f.people.join(', ')),
    ))),
  ));
}
