/** Calendar arithmetic on partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) for resolving relative dates. */

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also with dots); null when the string is none of them. */
export function parsePartialDate(s: string | null | undefined): DateParts | null {
  if (!s) return null;
  const m = /^(\d{4})(?:[-.](\d{1,2})(?:[-.](\d{1,2}))?)?/.exec(s);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** Formats parts at the precision they carry. */
export function formatPartialDate(d: DateParts): string {
  if (d.month == null) return String(d.year);
  if (d.day == null) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Moves a year/month by `delta` months; the day is dropped. */
export function shiftMonth(year: number, month: number, delta: number): DateParts {
  const idx = year * 12 + (month - 1) + delta;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1, day: null };
}

/** Adds days to a full date (negative to go back). */
export function addDays(year: number, month: number, day: number, delta: number): DateParts {
  const t = new Date(Date.UTC(year, month - 1, day + delta));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Orders two partial dates by their shared precision: negative, 0 (equal or one is a prefix of the other) or positive. */
export function comparePartialDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n); const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}
