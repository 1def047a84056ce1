/** Checks a since/until window given as partial dates and turns it into inclusive UTC day bounds. */
import { InputError } from '../core/errors.ts';
import type { PartialDate } from '../core/types.ts';
import { parseDateSpan } from './move-time.ts';

export interface DayWindow { since: Date | null; until: Date | null }

/**
 * `since` means its first day, `until` its last ('2025' → 2025-01-01..2025-12-31), as in the store.
 * Throws InputError naming the bound when either is not YYYY, YYYY-MM or YYYY-MM-DD.
 */
export function parseWindow(window: { since?: PartialDate; until?: PartialDate } | undefined): DayWindow {
  return {
    since: window?.since === undefined ? null : checkedSpan('since', window.since).start,
    until: window?.until === undefined ? null : checkedSpan('until', window.until).end,
  };
}

function checkedSpan(label: string, value: string) {
  const span = parseDateSpan(value);
  if (!span) {
    const shown = String(value).length > 40 ? `${String(value).slice(0, 40)}…` : String(value);
    throw new InputError('usage', `${label}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got '${shown}' (e.g. 2025-07)`);
  }
  return span;
}
