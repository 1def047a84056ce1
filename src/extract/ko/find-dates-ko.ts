/** Korean date expressions ("13일(현지시간)", "지난달", "지난해 12월", "2025년 8월", "이날", "전날") found and resolved against the publication date. */
import { addDays, formatPartialDate, parsePartialDate, shiftMonth, type DateParts } from '../common/partial-date.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** The resolved date, or null when it is relative and the article has no date. */
  value: string | null;
  /** A date given with its own year ("2019년"), which can be resolved without the publication date. */
  absolute: boolean;
}

/** What a resolution needs besides the expression: the article's date and dates seen earlier. */
export interface DateContext {
  published: string | null;
  /** The last day-precision date the text gave ("20일"), for "이날" and "전날". */
  anchorDay: string | null;
  /** The month of the last recent event, for "같은 달". */
  lastMonth: string | null;
}

// One pass over the text; every quantifier is bounded and no group repeats, so matching is linear.
const DATE_RE = new RegExp([
  '(\\d{4})\\s?년(?:\\s?(\\d{1,2})\\s?월)?(?:\\s?(\\d{1,2})\\s?일)?',
  '(지난해|작년|올해|내년|지난 해)\\s?(?:(\\d{1,2})\\s?월)?',
  '(지난달|지난 달|이달|이번 달|이번달|다음 달|다음달|같은 달|같은달|전달)',
  '(지난주|지난 주|이번 주|이번주|다음 주|다음주)',
  '(지난|오는)\\s?(\\d{1,2})\\s?(월|일)(?:\\s?(\\d{1,2})\\s?일)?',
  '(?<![\\d.,~])(\\d{1,2})\\s?월(?:\\s?(\\d{1,2})\\s?일)?',
  '(?<![\\d.,~])(\\d{1,2})일(?!\\s?간|\\s?동안|\\s?만에|\\s?이내|\\s?째)',
  '(이날|당일|그날|전날|하루 전|같은 날|같은날)',
  '(?<!\\d)(\\d{1,2})\\s?(년|개월)\\s?전(?![가-힣])',
].join('|'), 'g');

const fmt = (d: DateParts | null): string | null => (d ? formatPartialDate(d) : null);

/**
 * Finds the date expressions in `text[start, end)` and resolves each one.
 * `future` resolves bare months and days forward ("합류할 예정": the next such month).
 */
export function findDatesKo(text: string, start: number, end: number, ctx: DateContext, future = false): DateMention[] {
  const out: DateMention[] = [];
  const slice = text.slice(start, end);
  const p = parsePartialDate(ctx.published);
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(slice); m; m = DATE_RE.exec(slice)) {
    let value: string | null = null;
    let absolute = false;
    if (m[1]) {
      absolute = true;
      value = fmt({ year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[2] && m[3] ? Number(m[3]) : null });
    } else if (m[4]) {
      if (p) {
        const y = m[4] === '올해' ? p.year : m[4] === '내년' ? p.year + 1 : p.year - 1;
        value = fmt({ year: y, month: m[5] ? Number(m[5]) : null, day: null });
      }
    } else if (m[6]) {
      const w = m[6].replace(' ', '');
      if (w === '같은달') value = ctx.lastMonth;
      else if (p && p.month) value = fmt(shiftMonth(p.year, p.month, w === '지난달' || w === '전달' ? -1 : w === '다음달' ? 1 : 0));
    } else if (m[7]) {
      const w = m[7].replace(' ', '');
      if (p && p.month) {
        const delta = w === '지난주' ? -7 : w === '다음주' ? 7 : 0;
        const d = p.day ? addDays(p.year, p.month, p.day, delta) : { year: p.year, month: p.month, day: null };
        value = fmt({ year: d.year, month: d.month, day: null });
      }
    } else if (m[9]) {
      const n = Number(m[9]);
      const forward = m[8] === '오는';
      if (p && p.month) {
        if (m[10] === '월') {
          const year = forward ? (n < p.month ? p.year + 1 : p.year) : (n < p.month ? p.year : p.year - 1);
          value = fmt({ year, month: n, day: m[11] ? Number(m[11]) : null });
        } else if (p.day) {
          if (forward) value = fmt(n >= p.day ? { year: p.year, month: p.month, day: n } : { ...shiftMonth(p.year, p.month, 1), day: n });
          else value = fmt(n < p.day ? { year: p.year, month: p.month, day: n } : { ...shiftMonth(p.year, p.month, -1), day: n });
        }
      }
    } else if (m[12]) {
      const mo = Number(m[12]);
      const day = m[13] ? Number(m[13]) : null;
      if (mo >= 1 && mo <= 12 && p && p.month) {
        const later = mo > p.month || (mo === p.month && day != null && p.day != null && day > p.day);
        const earlier = mo < p.month || (mo === p.month && day != null && p.day != null && day < p.day);
        // A bare month a little ahead of the publication is this year's ("4월 1일부로 합류"); far ahead, last year's.
        const year = future ? (earlier ? p.year + 1 : p.year) : (later && mo - p.month > 2 ? p.year - 1 : p.year);
        value = fmt({ year, month: mo, day });
      }
    } else if (m[14]) {
      const n = Number(m[14]);
      if (n >= 1 && n <= 31 && p && p.month && p.day) {
        if (future) value = fmt(n >= p.day ? { year: p.year, month: p.month, day: n } : { ...shiftMonth(p.year, p.month, 1), day: n });
        else value = fmt(n <= p.day ? { year: p.year, month: p.month, day: n } : { ...shiftMonth(p.year, p.month, -1), day: n });
      }
    } else if (m[15]) {
      const anchor = parsePartialDate(ctx.anchorDay) ?? (p && p.day ? p : null);
      if (anchor && anchor.month && anchor.day) {
        value = m[15] === '전날' || m[15] === '하루 전' ? fmt(addDays(anchor.year, anchor.month, anchor.day, -1)) : fmt(anchor);
      }
    } else if (m[16]) {
      // "3년 전 구글로 떠났던": as precise as the unit, counted back from the publication date.
      const n = Number(m[16]);
      if (p && m[17] === '년') value = fmt({ year: p.year - n, month: null, day: null });
      else if (p && p.month) value = fmt({ ...shiftMonth(p.year, p.month, -n), day: null });
    }
    const s = start + m.index;
    out.push({ start: s, end: s + m[0].length, text: m[0], value, absolute });
    if (value && value.length === 10 && !m[15]) ctx.anchorDay = value;
    // "같은 달" means the month of the last recent event, not of a biography year mentioned since.
    if (value && value.length >= 7 && !m[6]?.startsWith('같은') && isRecent(value, p)) ctx.lastMonth = value.slice(0, 7);
  }
  return out;
}

/** Within half a year of the publication date. */
function isRecent(value: string, p: DateParts | null): boolean {
  if (!p || !p.month) return false;
  const y = Number(value.slice(0, 4)); const mo = Number(value.slice(5, 7));
  return Math.abs((y * 12 + mo) - (p.year * 12 + p.month)) <= 6;
}
