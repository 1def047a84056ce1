/** Turns partial dates (YYYY, YYYY-MM, YYYY-MM-DD) into sortable first and last days for window tests. */
import { InputError } from '../core/errors.ts';
import type { PartialDate } from '../core/types.ts';

export interface DateBounds {
  /** First day the date can mean: '2025' → '2025-01-01'. */
  first: string;
  /** Last day it can mean: '2025' → '2025-12-31', '2025-02' → '2025-02-31'. Only ever compared as a string, so every month may end on 31. */
  last: string;
  precision: 'year' | 'month' | 'day';
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Bounds of a partial date, or null when it is absent or not in one of the three forms. */
export function boundDate(date: PartialDate | null | undefined): DateBounds | null {
  if (!date) return null;
  const m = PARTIAL_DATE.exec(date);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return { first: `${y}-${mo}-${d}`, last: `${y}-${mo}-${d}`, precision: 'day' };
  if (mo) return { first: `${y}-${mo}-01`, last: `${y}-${mo}-31`, precision: 'month' };
  return { first: `${y}-01-01`, last: `${y}-12-31`, precision: 'year' };
}

export interface Window {
  /** Moves whose last possible day is on or after this day. */
  sinceFirst: string | null;
  /** Moves whose first possible day is on or before this day. */
  untilLast: string | null;
}

/**
 * Checks a query window and turns it into day bounds. A move is inside when its own span overlaps
 * the window's span (so a move dated '2025' is inside 2025-03..2025-09); an undated move is inside
 * only an unbounded window.
 */
export function boundWindow(window: { since?: PartialDate; until?: PartialDate } | undefined): Window {
  return {
    sinceFirst: window?.since === undefined ? null : checkedBounds('since', window.since).first,
    untilLast: window?.until === undefined ? null : checkedBounds('until', window.until).last,
  };
}

function checkedBounds(label: string, value: string): DateBounds {
  const bounds = boundDate(value);
  if (!bounds) {
    const shown = String(value).length > 40 ? `${String(value).slice(0, 40)}…` : String(value);
    throw new InputError('usage', `${label}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got '${shown}' (e.g. 2025-07)`);
  }
  return bounds;
}
