/** Stated compensation by destination and period, with conflicting reports about one move side by side. */
import type { AnalysisMove } from './analysis-move.ts';
import { foldName } from './_fold-name.ts';
import { moveInterval } from './move-time.ts';

export interface CompensationOptions {
  /** Grouping key; destination organization is the one supported. */
  by?: 'destination';
  /** Period length (default 'year'). A move dated more coarsely than the period sits in its year. */
  period?: 'year' | 'quarter' | 'month';
}

type Figure = AnalysisMove['compensation'][number];
type Source = AnalysisMove['sources'][number];

export interface StatedFigure {
  moveId: number;
  person: string;
  text: string;
  usd: number | null;
  amount: number | null;
  currency: string | null;
  claimId: number;
  /** The sources whose claim states this figure (all of the move's sources when none is tied to it). */
  sources: Source[];
}

export interface CompensationGroup {
  /** Destination organization; null when the destination is unknown. */
  destination: string | null;
  /** '2025', '2025-Q3' or '2025-07'; coarser when the move's date is ('2025' for a year-only move); 'undated' when it has none. */
  period: string;
  /** Moves with at least one figure in US dollars. */
  count: number;
  /** Over every USD figure stated (null when count is 0). */
  min: number | null;
  /** Median over moves, each move counted once at the lower middle of its own stated figures (never an average of conflicting reports). */
  median: number | null;
  max: number | null;
  /** Every USD figure, side by side. */
  figures: StatedFigure[];
  /** Figures in other currencies, not converted. */
  otherCurrencies: StatedFigure[];
}

export interface CompensationConflict {
  moveId: number;
  person: string;
  from: AnalysisMove['from'];
  to: AnalysisMove['to'];
  date: string | null;
  /** Each distinct figure with the sources that state it. */
  figures: StatedFigure[];
}

export interface CompensationSummary {
  groups: CompensationGroup[];
  /** Moves whose reports state different amounts in the same currency. */
  conflicts: CompensationConflict[];
}

/**
 * Summarises stated compensation per destination and period. Only figures the text gives in US
 * dollars enter min/median/max; other currencies are listed apart, unconverted, because a rate
 * would be a claim no source made. Placement follows the shared dating rule (undated moves by
 * their reported day; undatable ones under 'undated').
 * @example summarizeCompensation(moves, { by: 'destination', period: 'quarter' })
 */
export function summarizeCompensation(moves: readonly AnalysisMove[], options: CompensationOptions = {}): CompensationSummary {
  const period = options.period ?? 'year';
  const groups = new Map<string, CompensationGroup & { perMove: number[] }>();
  const conflicts: CompensationConflict[] = [];
  for (const m of moves) {
    const figures = distinctFigures(m);
    if (figures.length === 0) continue;
    const label = periodLabel(m, period);
    const key = `${m.to ? foldName(m.to.org) : ''}\u0000${label}`;
    let group = groups.get(key);
    if (!group) {
      group = { destination: m.to?.org ?? null, period: label, count: 0, min: null, median: null, max: null, figures: [], otherCurrencies: [], perMove: [] };
      groups.set(key, group);
    }
    const usd = figures.filter((f) => f.usd !== null);
    group.figures.push(...usd);
    group.otherCurrencies.push(...figures.filter((f) => f.usd === null && f.amount !== null));
    if (usd.length > 0) {
      const values = usd.map((f) => f.usd!).sort((a, b) => a - b);
      group.count++;
      group.min = group.min === null ? values[0] : Math.min(group.min, values[0]);
      group.max = group.max === null ? values[values.length - 1] : Math.max(group.max, values[values.length - 1]);
      group.perMove.push(values[Math.floor((values.length - 1) / 2)]);
    }
    if (isConflict(figures)) conflicts.push({ moveId: m.id, person: m.person, from: m.from, to: m.to, date: m.date, figures });
  }
  const out: CompensationGroup[] = [];
  for (const { perMove, ...group } of groups.values()) out.push({ ...group, median: median(perMove) });
  out.sort((a, b) => String(a.destination).localeCompare(String(b.destination)) || a.period.localeCompare(b.period));
  return { groups: out, conflicts };
}

/** A move's figures with repeats of one value (the same figure in two reports) kept once. */
function distinctFigures(m: AnalysisMove): StatedFigure[] {
  const seen = new Map<string, StatedFigure>();
  for (const f of m.compensation) {
    const key = valueKey(f);
    const existing = seen.get(key);
    const sources = m.sources.filter((s) => s.claimId === f.claimId);
    if (existing) {
      for (const s of sources) if (!existing.sources.includes(s)) existing.sources.push(s);
      continue;
    }
    seen.set(key, {
      moveId: m.id, person: m.person, text: f.text, usd: usdOf(f), amount: f.amount ?? null, currency: f.currency ?? null,
      claimId: f.claimId, sources,
    });
  }
  const figures = [...seen.values()];
  // Sources are tied to figures by claim id when the move carries them; otherwise show them all.
  for (const f of figures) if (f.sources.length === 0) f.sources = [...m.sources];
  return figures;
}

/** The USD value: `usd`, or an amount stated in USD when `usd` was left empty. */
function usdOf(f: Figure): number | null {
  if (f.usd !== null) return f.usd;
  return f.currency === 'USD' && f.amount !== null && f.amount !== undefined ? f.amount : null;
}

function valueKey(f: Figure): string {
  const usd = usdOf(f);
  if (usd !== null) return `USD ${usd}`;
  if (f.amount !== null && f.amount !== undefined) return `${f.currency ?? '?'} ${f.amount}`;
  return `text ${f.text.normalize('NFKC').toLowerCase().trim()}`;
}

/** Two different USD figures, or two different amounts in one other currency. */
function isConflict(figures: readonly StatedFigure[]): boolean {
  const byCurrency = new Map<string, Set<number>>();
  for (const f of figures) {
    const currency = f.usd !== null ? 'USD' : f.currency;
    const value = f.usd ?? f.amount;
    if (currency === null || value === null) continue;
    const set = byCurrency.get(currency) ?? new Set<number>();
    set.add(value);
    byCurrency.set(currency, set);
  }
  for (const set of byCurrency.values()) if (set.size > 1) return true;
  return false;
}

function periodLabel(m: AnalysisMove, period: 'year' | 'quarter' | 'month'): string {
  const span = moveInterval(m);
  if (!span) return 'undated';
  const iso = span.start.toISOString();
  if (span.precision === 'year' || period === 'year') return iso.slice(0, 4);
  if (period === 'month') return iso.slice(0, 7);
  return `${iso.slice(0, 4)}-Q${Math.floor(span.start.getUTCMonth() / 3) + 1}`;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
