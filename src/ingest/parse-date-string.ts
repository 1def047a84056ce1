/** Reads the date part of a machine- or human-written timestamp (meta tags, JSON-LD, <time>). */
import type { PartialDate } from '../core/types.ts';
import { formatDate, scanDateTokens } from './scan-date-tokens.ts';

/**
 * Returns the calendar date a timestamp names, as written (no time-zone shift: the outlet's own day),
 * or null when the value holds no recognisable date.
 * @example parseDateString('2025-08-14T09:12:00+09:00') // '2025-08-14'
 * @example parseDateString('Thu, 14 Aug 2025 00:12:00 GMT') // '2025-08-14'
 */
export function parseDateString(value: string): PartialDate | null {
  const v = value.trim().slice(0, 200);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(v);
  if (iso) return formatDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // Korean portals write compact stamps such as 20250814091200.
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\d{2}){0,3}$/.exec(v);
  if (compact) return formatDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const token = scanDateTokens(v)[0];
  if (token) return token.date;
  const month = /^(\d{4})-(\d{2})$/.exec(v);
  if (month && formatDate(Number(month[1]), Number(month[2]), 1)) return v;
  if (/^\d{4}$/.test(v) && formatDate(Number(v), 1, 1)) return v;
  return null;
}
