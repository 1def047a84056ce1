/** Finds full calendar dates written out in text (numeric, Korean and English styles) with linear scans. */

export interface DateToken {
  /** Offset of the first character of the date in the scanned string. */
  start: number;
  end: number;
  /** `YYYY-MM-DD`. */
  date: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

// Every pattern is a fixed sequence of bounded pieces, so each match attempt costs O(1)
// and a scan is linear in the input, whatever the input looks like.
const NUMERIC = /(?<!\d)(\d{4}) ?([.\-/]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?!\d)/g;
const KOREAN = /(?<!\d)(\d{4})년 ?(\d{1,2})월 ?(\d{1,2})일/g;
const MONTH_DAY_YEAR = /(?<![A-Za-z])([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)/g;
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2}) ([A-Z][a-z]{2,8})\.?,? (\d{4})(?!\d)/g;

/** Returns every plausible full date in `text`, in order of position. */
export function scanDateTokens(text: string): DateToken[] {
  const found: DateToken[] = [];
  for (const m of text.matchAll(NUMERIC)) push(found, m, m[1], m[3], m[4]);
  for (const m of text.matchAll(KOREAN)) push(found, m, m[1], m[2], m[3]);
  for (const m of text.matchAll(MONTH_DAY_YEAR)) push(found, m, m[3], monthNumber(m[1]), m[2]);
  for (const m of text.matchAll(DAY_MONTH_YEAR)) push(found, m, m[3], monthNumber(m[2]), m[1]);
  return found.sort((a, b) => a.start - b.start);
}

/** Formats a year, month and day as `YYYY-MM-DD` when they make a real date in a plausible range, else null. */
export function formatDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): string {
  return String(MONTHS[name.toLowerCase()] ?? 0);
}

function push(out: DateToken[], m: RegExpMatchArray, y: string, mo: string, d: string): void {
  const date = formatDate(Number(y), Number(mo), Number(d));
  if (date && m.index !== undefined) out.push({ start: m.index, end: m.index + m[0].length, date });
}
