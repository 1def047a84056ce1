/** Spans back from a day ("30d", "12w", "6m", "1y"), as window bounds on the CLI and in the API take them. */

const SPAN = /^(\d{1,4})([dwmy])$/;

/**
 * The day (YYYY-MM-DD, UTC) that `value` counts back to from `today`, or undefined when `value` is
 * not such a span. Months and years step the calendar month or year (one rule for the CLI and the API).
 */
export function dayBackFrom(value: string, today = new Date()): string | undefined {
  const rel = SPAN.exec(value.trim());
  if (!rel) return undefined;
  const n = Number(rel[1]);
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  if (rel[2] === 'd') d.setUTCDate(d.getUTCDate() - n);
  if (rel[2] === 'w') d.setUTCDate(d.getUTCDate() - 7 * n);
  if (rel[2] === 'm') d.setUTCMonth(d.getUTCMonth() - n);
  if (rel[2] === 'y') d.setUTCFullYear(d.getUTCFullYear() - n);
  return d.toISOString().slice(0, 10);
}
