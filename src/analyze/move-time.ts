/** The shared dating rule: when a move happened, as an interval of days and as a single point. */
import type { AnalysisMove } from './analysis-move.ts';

/**
 * Days covered by a move, both ends at 00:00 UTC and inclusive: `start` is the first day the move
 * can have happened, `end` the last.
 */
export interface MoveInterval {
  start: Date;
  end: Date;
  precision: 'day' | 'month' | 'year' | 'reported';
}

export const DAY_MS = 86_400_000;

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Midnight UTC of a calendar day, or null when the day does not exist (2025-02-30). */
function utcDay(y: number, mo: number, d: number): Date | null {
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return t;
}

/**
 * Parses YYYY, YYYY-MM or YYYY-MM-DD into the inclusive span of days it can mean, or null when
 * the text is none of those or names a day that does not exist.
 */
export function parseDateSpan(date: string | null | undefined): MoveInterval | null {
  if (!date) return null;
  const m = PARTIAL.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  // Date.UTC reads years below 100 as 19xx; no move is dated before the year 1000 anyway.
  if (y < 1000) return null;
  if (m[3]) {
    const day = utcDay(y, Number(m[2]), Number(m[3]));
    return day ? { start: day, end: day, precision: 'day' } : null;
  }
  if (m[2]) {
    const mo = Number(m[2]);
    const start = utcDay(y, mo, 1);
    if (!start) return null;
    return { start, end: new Date(Date.UTC(y, mo, 0)), precision: 'month' };
  }
  return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y, 11, 31)), precision: 'year' };
}

/**
 * When a move happened. A day-dated move is that day; a month-dated one spans the whole month; a
 * year-dated one the whole year. An undated move is placed on its `reported` day (the earliest
 * publication among its sources): it happened on or before that day, and the report is the first
 * time it is known, so that is when it counts (precision 'reported'). A move with neither a
 * readable date nor a reported day is undatable: null. Callers list those as "undatable" rather
 * than dropping them silently.
 */
export function moveInterval(m: Pick<AnalysisMove, 'date' | 'reported'>): MoveInterval | null {
  const own = parseDateSpan(m.date);
  if (own) return own;
  const reported = parseDateSpan(m.reported);
  if (!reported) return null;
  // A coarse reported date still means "by the last day of it".
  return { start: reported.end, end: reported.end, precision: 'reported' };
}

/**
 * One instant for point processes: the day itself for day-dated and undated (reported) moves, the
 * midpoint of the month or year otherwise. Null when the move is undatable.
 */
export function movePoint(m: Pick<AnalysisMove, 'date' | 'reported'>): Date | null {
  const span = moveInterval(m);
  if (!span) return null;
  if (span.precision === 'day' || span.precision === 'reported') return span.start;
  return new Date((span.start.getTime() + span.end.getTime()) / 2);
}

/** True when the move's span overlaps the inclusive window [since, until] (either end open). */
export function overlapsWindow(span: MoveInterval, since: Date | null, until: Date | null): boolean {
  if (since && span.end.getTime() < since.getTime()) return false;
  if (until && span.start.getTime() > until.getTime()) return false;
  return true;
}

/** 'YYYY-MM-DD' of a UTC midnight date. */
export function formatDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
