/** Calendar helpers over day numbers, and the relative or absolute phrases a news text uses for a day. */
import type { Rng } from './create-rng.ts';

/** Days since 1970-01-01 (UTC). */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
}

/** Day number of a `YYYY-MM-DD` date. */
export function dayOf(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function toCalendar(d: Day): CalendarDate {
  const t = new Date(d * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), weekday: t.getUTCDay() };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD`, or coarser with `precision`. */
export function formatDay(d: Day, precision: 'day' | 'month' | 'year' = 'day'): string {
  const c = toCalendar(d);
  if (precision === 'year') return String(c.year);
  if (precision === 'month') return `${c.year}-${pad(c.month)}`;
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

export function monthNameEn(month: number): string {
  return MONTHS_EN[month - 1];
}

export interface DatePhrase {
  /** How the text says it, ready to follow a verb ("on Monday", "지난달"). */
  text: string;
  /** What the answer key records: the date at the precision the phrase supports. */
  truth: string;
}

/**
 * Phrases a past day `when` as an article published on `published` would, choosing among the
 * forms that are unambiguous for that distance, and says what date each form pins down.
 * @example describePastDay('en', dayOf('2026-03-09'), dayOf('2026-03-11'), rng) // { text: 'on Monday', truth: '2026-03-09' }
 */
export function describePastDay(lang: 'ko' | 'en', when: Day, published: Day, rng: Rng): DatePhrase {
  const w = toCalendar(when);
  const p = toCalendar(published);
  const gap = published - when;
  const sameMonth = w.year === p.year && w.month === p.month;
  const prevMonth = (w.year === p.year && w.month === p.month - 1) || (w.year === p.year - 1 && w.month === 12 && p.month === 1);
  // Monday-based start of the week before the publication week.
  const lastWeekStart = published - ((p.weekday + 6) % 7) - 7;
  const lastWeekOneMonth = toCalendar(lastWeekStart).month === toCalendar(lastWeekStart + 6).month;
  const inLastWeek = when >= lastWeekStart && when <= lastWeekStart + 6 && lastWeekOneMonth;
  const day = formatDay(when);
  const month = formatDay(when, 'month');
  const options: DatePhrase[] = [];
  if (lang === 'en') {
    options.push({ text: `on ${monthNameEn(w.month)} ${w.day}${w.year === p.year ? '' : `, ${w.year}`}`, truth: day });
    if (gap >= 1 && gap <= 6) options.push({ text: `on ${WEEKDAYS_EN[w.weekday]}`, truth: day }, { text: `on ${WEEKDAYS_EN[w.weekday]}`, truth: day });
    if (gap === 0) options.push({ text: 'today', truth: day });
    if (prevMonth) options.push({ text: 'last month', truth: month });
    if (sameMonth && gap > 6) options.push({ text: 'earlier this month', truth: month });
    if (inLastWeek) options.push({ text: 'last week', truth: month });
    if (!sameMonth) options.push({ text: `in ${monthNameEn(w.month)}${w.year === p.year ? '' : ` ${w.year}`}`, truth: month });
  } else {
    options.push({ text: `${w.year}년 ${w.month}월 ${w.day}일`, truth: day });
    if (sameMonth) {
      options.push({ text: `${w.day}일(현지시간)`, truth: day });
      if (gap >= 1) options.push({ text: `지난 ${w.day}일`, truth: day });
      if (w.day <= 10 && gap > 3) options.push({ text: '이달 초', truth: month });
    }
    if (prevMonth) options.push({ text: '지난달', truth: month }, { text: `지난달 ${w.day}일`, truth: day });
    if (inLastWeek) options.push({ text: '지난주', truth: month });
    if (!sameMonth && w.year === p.year) options.push({ text: `지난 ${w.month}월`, truth: month });
    if (w.year !== p.year) options.push({ text: `${w.year}년 ${w.month}월`, truth: month });
  }
  return rng.pick(options);
}

/** The publication date as a dateline or byline writes it. */
export function describePublished(lang: 'ko' | 'en', d: Day, rng: Rng): string {
  const c = toCalendar(d);
  const hh = pad(rng.between(6, 21));
  const mm = pad(rng.int(60));
  if (lang === 'en') {
    return rng.pick([
      `${monthNameEn(c.month)} ${c.day}, ${c.year}`,
      `${WEEKDAYS_EN[c.weekday]}, ${monthNameEn(c.month)} ${c.day}, ${c.year}`,
      `${monthNameEn(c.month)} ${c.day}, ${c.year} ${hh}:${mm} UTC`,
    ]);
  }
  return rng.pick([
    `입력 ${c.year}.${pad(c.month)}.${pad(c.day)} ${hh}:${mm}`,
    `송고시간 ${c.year}-${pad(c.month)}-${pad(c.day)} ${hh}:${mm}`,
    `${c.year}년 ${c.month}월 ${c.day}일`,
  ]);
}
