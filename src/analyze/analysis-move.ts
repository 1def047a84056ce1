/** The flat move shape every analysis takes, and its conversion from the store's MoveRow. */
import type { PartialDate } from '../core/types.ts';
import type { MoveRow } from '../store/store.ts';
import { deriveSeniority } from './derive-seniority.ts';
import { formatDay, parseDateSpan } from './move-time.ts';

export interface AnalysisSide { org: string; team: string | null }

export interface AnalysisMove {
  id: number;
  person: string;
  personId: number;
  from: AnalysisSide | null;
  to: AnalysisSide | null;
  /** YYYY | YYYY-MM | YYYY-MM-DD, or null when no report dates the move. */
  date: PartialDate | null;
  /** Earliest day by which a source had published the move (YYYY-MM-DD); dates undated moves. */
  reported: string | null;
  role: string | null;
  seniority?: 'senior' | 'other';
  compensation: Array<{ text: string; usd: number | null; amount?: number | null; currency?: string | null; claimId: number }>;
  /** Where the move was reported; `claimId` (extra, optional) ties a source to the compensation figure it states. */
  sources: Array<{ source: string; url: string | null; published: string | null; claimId?: number }>;
  /** Career history rather than news (extra, optional: analyses may leave such moves out). */
  history?: boolean;
}

/**
 * The earliest day by which any of the sources had published the move. Coarse publication dates
 * count at their last possible day, since that is the only day the move is sure to precede.
 */
export function findReportedDay(sources: ReadonlyArray<{ published: string | null }>): string | null {
  let best: string | null = null;
  for (const s of sources) {
    // A source published in '2025-07' had reported the move by 2025-07-31 at the latest.
    const span = parseDateSpan(s.published);
    const day = span ? formatDay(span.end) : null;
    if (day && (best === null || day < best)) best = day;
  }
  return best;
}

/** Converts a stored move to the analysis shape, deriving `reported` and `seniority`. */
export function toAnalysisMove(row: MoveRow): AnalysisMove {
  const seniority = deriveSeniority(row.role);
  return {
    id: row.id,
    person: row.person.name,
    personId: row.person.id,
    from: row.from ? { org: row.from.name, team: row.from.team } : null,
    to: row.to ? { org: row.to.name, team: row.to.team } : null,
    date: row.date,
    reported: findReportedDay(row.sources),
    role: row.role,
    ...(seniority ? { seniority } : {}),
    compensation: row.compensation.map((c) => ({
      text: c.text,
      usd: c.usd,
      amount: c.amount ?? null,
      currency: c.currency ?? null,
      claimId: c.claimId,
    })),
    sources: row.sources.map((s) => ({ source: s.source, url: s.url, published: s.published, claimId: s.claimId })),
    history: row.history,
  };
}
