/** The organization page's charts: monthly arrivals/departures and the forecast interval, as plain SVG. */
import { h, s } from './dom.ts';
import { t } from './i18n.ts';
import { formatNumber } from './format.ts';
import type { HorizonForecast, SeriesMonth } from './model.ts';

/** Arrivals above the axis, departures below, one column per month. */
export function renderTimeline(months: SeriesMonth[], width: number): SVGSVGElement {
  const height = 180, top = 8, bottom = 22, left = 28, right = 6;
  const plotH = height - top - bottom;
  const maxUp = Math.max(1, ...months.map((m) => m.arrivals));
  const maxDown = Math.max(1, ...months.map((m) => m.departures));
  const scale = plotH / (maxUp + maxDown);
  const axisY = top + maxUp * scale;
  const step = (width - left - right) / Math.max(1, months.length);
  const barW = Math.max(1, Math.min(18, step * 0.7));
  const totalIn = months.reduce((a, m) => a + m.arrivals, 0), totalOut = months.reduce((a, m) => a + m.departures, 0);
  const svg = s('svg', {
    class: 'timeline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': months.length ? t('timelineSummary', { arrivals: totalIn, departures: totalOut, first: months[0]!.month, last: months[months.length - 1]!.month }) : t('empty'),
  });
  svg.appendChild(s('line', { x1: left, x2: width - right, y1: axisY, y2: axisY, class: 'axis' }));
  svg.appendChild(s('text', { x: left - 4, y: top + 8, 'text-anchor': 'end', class: 'tick' }, String(maxUp)));
  svg.appendChild(s('text', { x: left - 4, y: height - bottom, 'text-anchor': 'end', class: 'tick' }, `−${maxDown}`));
  const labelEvery = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor((width - left) / 48))));
  months.forEach((m, i) => {
    const x = left + i * step + (step - barW) / 2;
    const g = s('g', null, s('title', null, `${m.month}: ${t('arrivals')} ${m.arrivals}, ${t('departures')} ${m.departures}`));
    if (m.arrivals) g.appendChild(s('rect', { x, y: axisY - m.arrivals * scale, width: barW, height: m.arrivals * scale, class: 'bar-in' }));
    if (m.departures) g.appendChild(s('rect', { x, y: axisY, width: barW, height: m.departures * scale, class: 'bar-out' }));
    svg.appendChild(g);
    if (i % labelEvery === 0) svg.appendChild(s('text', { x: x + barW / 2, y: height - 6, 'text-anchor': 'middle', class: 'tick' }, m.month));
  });
  return svg;
}

/** Each horizon as an interval bar with a dot at the expected count. */
export function renderForecastBars(horizons: HorizonForecast[], width: number): SVGSVGElement {
  const rowH = 30, left = 70, right = 40, height = horizons.length * rowH + 20;
  const max = Math.max(1, ...horizons.map((f) => f.upper));
  const x = (v: number) => left + (v / max) * (width - left - right);
  const svg = s('svg', { class: 'forecast-chart', width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true' });
  horizons.forEach((f, i) => {
    const y = 10 + i * rowH + rowH / 2;
    svg.append(
      s('text', { x: left - 8, y, dy: '0.35em', 'text-anchor': 'end', class: 'tick' }, t('daysShort', { n: f.horizon })),
      s('line', { x1: x(f.lower), x2: x(f.upper), y1: y, y2: y, class: 'interval' }),
      s('line', { x1: x(f.lower), x2: x(f.lower), y1: y - 6, y2: y + 6, class: 'interval' }),
      s('line', { x1: x(f.upper), x2: x(f.upper), y1: y - 6, y2: y + 6, class: 'interval' }),
      s('circle', { cx: x(f.expected), cy: y, r: 5, class: 'expected' }),
      s('text', { x: x(f.upper) + 8, y, dy: '0.35em', class: 'tick' }, formatNumber(f.expected, 1)),
    );
  });
  return svg;
}

/** The series as a table (the chart's alternative), busiest months visible without scrolling the chart. */
export function seriesTable(months: SeriesMonth[]): HTMLElement {
  return h('div', { class: 'table-wrap' }, h('table', null,
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('month')), h('th', { scope: 'col', class: 'num' }, t('arrivals')), h('th', { scope: 'col', class: 'num' }, t('departures')), h('th', { scope: 'col', class: 'num' }, t('net')))),
    h('tbody', null, months.filter((m) => m.arrivals || m.departures).map((m) => h('tr', null,
      h('td', null, m.month), h('td', { class: 'num' }, m.arrivals), h('td', { class: 'num' }, m.departures), h('td', { class: 'num' }, m.net ?? m.arrivals - m.departures))))));
}
