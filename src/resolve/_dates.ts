/** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD): precision, month ranges and the gap between two. */
import type { PartialDate } from '../core/types.ts';

/** 0 for none or unreadable, 1 year, 2 month, 3 day. */
export function datePrecision(d: PartialDate | null | undefined): number {
  if (!d) return 0;
  if (d.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(d)) return 3;
  if (d.length === 7 && /^\d{4}-\d{2}$/.test(d)) return 2;
  if (d.length === 4 && /^\d{4}$/.test(d)) return 1;
  return 0;
}

/** The months a date covers, as [first, last] month numbers (year * 12 + month - 1). */
export function monthRange(d: PartialDate): [number, number] | undefined {
  const p = datePrecision(d);
  if (!p) return undefined;
  const year = Number(d.slice(0, 4));
  if (p === 1) return [year * 12, year * 12 + 11];
  const m = year * 12 + Number(d.slice(5, 7)) - 1;
  return [m, m];
}

/** Months between two dates' ranges (0 when they overlap); undefined when either is unknown. */
export function monthGap(a: PartialDate | null, b: PartialDate | null): number | undefined {
  const ra = a ? monthRange(a) : undefined;
  const rb = b ? monthRange(b) : undefined;
  if (!ra || !rb) return undefined;
  if (ra[1] < rb[0]) return rb[0] - ra[1];
  if (rb[1] < ra[0]) return ra[0] - rb[1];
  return 0;
}
