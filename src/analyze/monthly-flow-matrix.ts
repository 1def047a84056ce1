/** Month × flow counts: how many moves went from each origin to each destination, month by month. */
import type { PartialDate } from '../core/types.ts';
import type { AnalysisMove } from './analysis-move.ts';
import { flowEnds } from './_flow-ends.ts';
import { parseWindow } from './_window.ts';
import { moveInterval, overlapsWindow } from './move-time.ts';

export interface FlowMatrixOptions {
  since?: PartialDate;
  until?: PartialDate;
  /** Between organizations (default) or between teams where the move names them. */
  level?: 'org' | 'team';
}

export interface FlowMatrixCell {
  /** 'YYYY-MM', or 'YYYY' for moves known only to the year. */
  period: string;
  from: string;
  fromTeam: string | null;
  to: string;
  toTeam: string | null;
  count: number;
  moveIds: number[];
}

export interface FlowMatrix {
  /** Every month from the first to the last with a move (or the window's months when both bounds are given). */
  months: string[];
  /** Years holding year-only moves, each its own bucket, never spread over months. */
  years: string[];
  /** Non-empty cells, by period (months first, then year buckets), then most moves first, then names. */
  cells: FlowMatrixCell[];
  /** Moves in the window with an unknown side, or inside one organization (team): no flow to count. */
  uncounted: AnalysisMove[];
  /** Moves with neither a date nor a reported day. */
  undatable: AnalysisMove[];
}

/**
 * Counts flows per month with the placement rule of `monthlyFlowSeries`: a day- or month-dated
 * move in its month, an undated one in the month of its reported day, a year-only one in its
 * year's own bucket, an undatable one in `undatable`. A window keeps moves whose span overlaps it.
 * @example monthlyFlowMatrix(moves, { since: '2025-01', level: 'org' }).cells
 */
export function monthlyFlowMatrix(moves: readonly AnalysisMove[], options: FlowMatrixOptions = {}): FlowMatrix {
  const { since, until } = parseWindow(options);
  const level = options.level ?? 'org';
  const cells = new Map<string, FlowMatrixCell>();
  const monthKeys = new Set<string>();
  const yearKeys = new Set<string>();
  const out: FlowMatrix = { months: [], years: [], cells: [], uncounted: [], undatable: [] };
  for (const m of moves) {
    const span = moveInterval(m);
    if (!span) {
      out.undatable.push(m);
      continue;
    }
    if (!overlapsWindow(span, since, until)) continue;
    if (!m.from || !m.to) {
      out.uncounted.push(m);
      continue;
    }
    const { fromTeam, toTeam, fromKey, toKey } = flowEnds(m.from, m.to, level);
    if (fromKey === toKey) {
      out.uncounted.push(m);
      continue;
    }
    const iso = span.start.toISOString();
    const period = span.precision === 'year' ? iso.slice(0, 4) : iso.slice(0, 7);
    (span.precision === 'year' ? yearKeys : monthKeys).add(period);
    const key = `${period}\u0001${fromKey}\u0001${toKey}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { period, from: m.from.org, fromTeam, to: m.to.org, toTeam, count: 0, moveIds: [] }));
    cell.count++;
    cell.moveIds.push(m.id);
  }
  out.months = monthRange([...monthKeys].sort(), since, until);
  out.years = [...yearKeys].sort();
  const rank = (p: string) => (p.length === 4 ? 1 : 0);
  out.cells = [...cells.values()].sort((a, b) => rank(a.period) - rank(b.period) || a.period.localeCompare(b.period) || b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return out;
}

/** Months from the window's start (or the first key) to its end (or the last key), gaps included. */
function monthRange(keys: string[], since: Date | null, until: Date | null): string[] {
  const first = since ? since.toISOString().slice(0, 7) : keys[0];
  const last = until ? until.toISOString().slice(0, 7) : keys[keys.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let mo = Number(first.slice(5, 7));
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}`;
    if (key > last) break;
    out.push(key);
    if (++mo > 12) {
      mo = 1;
      y++;
    }
  }
  return out;
}
