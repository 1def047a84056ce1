/** English date expressions in a token range, resolved against the publication date ("on Monday", "last month", "in January", "May 12", "two weeks ago", "mid-March", "effective February 2, 2026"). */
import type { Token } from './tokenize-en.ts';
import { MONTHS, WEEKDAYS } from './_lexicon-en.ts';

export interface DateExpr {
  tokStart: number;
  tokEnd: number;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when it is relative and the article has no date. */
  value: string | null;
  /** True when the expression needs the publication date ("last month", "on Monday", "in July"). */
  relative: boolean;
}

interface Ymd { y: number; m: number; d: number | null }

const pad = (x: number) => String(x).padStart(2, '0');
const ym = (y: number, m: number) => `${y}-${pad(m)}`;
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function parsePublished(p: string | null): Ymd | null {
  if (!p) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(p);
  if (!m) return null;
  return { y: +m[1], m: m[2] ? +m[2] : 1, d: m[3] ? +m[3] : null };
}

function shiftDays(p: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d ?? 1) + days * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function shiftMonths(p: Ymd, months: number): string {
  const idx = p.y * 12 + (p.m - 1) + months;
  return ym(Math.floor(idx / 12), (idx % 12) + 1);
}

/**
 * Which way a date without a year (or a bare weekday) lies from publication: `past` for what happened, `future` for what
 * will ("will join in January", "starts on Monday"), `near` when the text does not say ("left Meta, effective March 31").
 */
export type DateDirection = 'past' | 'future' | 'near';

/** The year a month (and day) without a year falls in: the latest one not after publication, the next one on or after it, or the nearer of the two. */
function yearFor(pub: Ymd, month: number, day: number | null, dir: DateDirection): number {
  // The publication's own month is this year's, whatever the tense.
  if (month === pub.m) return pub.y;
  const pubKey = pub.m * 100 + (pub.d ?? 15);
  if (dir === 'near') {
    // Within half a year either way: the closer calendar occurrence.
    const ahead = ((month - pub.m + 12) % 12) * 31 + ((day ?? 15) - (pub.d ?? 15));
    return ahead >= 0 && ahead <= 183 ? (month >= pub.m ? pub.y : pub.y + 1) : (month <= pub.m ? pub.y : pub.y - 1);
  }
  const future = dir === 'future';
  const key = month * 100 + (day ?? (future ? 31 : 1));
  if (future) return key >= pubKey ? pub.y : pub.y + 1;
  return key <= pubKey ? pub.y : pub.y - 1;
}

function pushDate(out: DateExpr[], hasPub: boolean, a: number, b: number, value: string | null, relative: boolean): void {
  out.push({ tokStart: a, tokEnd: b, value: relative && !hasPub ? null : value, relative });
}

const AGO_UNITS = new Map([['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year']]);
const COUNTS = new Map([['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12]]);
const MID_YEAR = /^mid-(?:19|20)\d\d$/;
const isNum = (t: Token | undefined, lo: number, hi: number) => !!t && t.kind === 'num' && /^\d+$/.test(t.text) && +t.text >= lo && +t.text <= hi;

/**
 * Finds date expressions among `tokens[from..to)`.
 * `direction` says whether the clause speaks of what will happen ("will join in January" → the next January); a boolean
 * stands for `future` (true) or `past` (false).
 */
export function findDatesEn(tokens: Token[], from: number, to: number, published: string | null, direction: DateDirection | boolean): DateExpr[] {
  const pub = parsePublished(published);
  const dir: DateDirection = direction === true ? 'future' : direction === false ? 'past' : direction;
  const future = dir === 'future';
  const out: DateExpr[] = [];
  if (from >= to) return out;
  // A plain function, not a closure: this runs for every trigger, and a closure per call costs more than the scan.
  const push = pushDate.bind(null, out, pub !== null);
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const l = t.lower;
    const prev = i > from ? tokens[i - 1].lower : '';
    // "mid-March" is one token: the month, at month precision.
    const month = t.cap ? MONTHS.get(l) : l.startsWith('mid-') && (l.length > 7 || l === 'mid-may') ? MONTHS.get(l.slice(4)) : undefined;
    if (month !== undefined) {
      const abbrev = l.length <= 4 && l !== 'june' && l !== 'july' && l !== 'may';
      let j = i + 1;
      if (tokens[j]?.text === '.') j++;
      if (isNum(tokens[j], 1, 31)) {
        const day = +tokens[j].text;
        let k = j + 1;
        if (tokens[k] && /^(st|nd|rd|th)$/.test(tokens[k].lower)) k++;
        if (tokens[k]?.text === ',') k++;
        if (isNum(tokens[k], 1900, 2100)) { push(i, k + 1, ymd(+tokens[k].text, month, day), false); i = k; continue; }
        push(i, j + 1, pub ? ymd(yearFor(pub, month, day, dir), month, day) : null, true);
        i = j;
        continue;
      }
      if (abbrev && l !== 'sept') continue;
      if (isNum(tokens[j], 1900, 2100)) { push(i, j + 1, ym(+tokens[j].text, month), false); i = j; continue; }
      if (tokens[j]?.lower === 'of' && isNum(tokens[j + 1], 1900, 2100)) { push(i, j + 2, ym(+tokens[j + 1].text, month), false); i = j + 1; continue; }
      if ((tokens[j]?.lower === 'last' || tokens[j]?.lower === 'next') && tokens[j + 1]?.lower === 'year' && pub) {
        push(i, j + 2, ym(pub.y + (tokens[j].lower === 'last' ? -1 : 1), month), true);
        i = j + 1;
        continue;
      }
      if (prev === 'this' && pub) { push(i - 1, i + 1, ym(pub.y, month), true); continue; }
      push(i, i + 1, pub ? ym(yearFor(pub, month, null, dir), month) : null, true);
      continue;
    }
    if (isNum(t, 1, 31) && tokens[i + 1]?.cap && MONTHS.has(tokens[i + 1].lower)) {
      const m = MONTHS.get(tokens[i + 1].lower)!;
      if (isNum(tokens[i + 2], 1900, 2100)) { push(i, i + 3, ymd(+tokens[i + 2].text, m, +t.text), false); i += 2; continue; }
      push(i, i + 2, pub ? ymd(yearFor(pub, m, +t.text, dir), m, +t.text) : null, true);
      i += 1;
      continue;
    }
    if (l.length === 8 && MID_YEAR.test(l)) {
      push(i, i + 1, l.slice(4), false);
      continue;
    }
    if (isNum(t, 1900, 2100) && /^(in|since|by|until|of|early|late|mid|during|from|around)$/.test(prev)) {
      push(i, i + 1, t.text, false);
      continue;
    }
    const wd = t.cap ? WEEKDAYS.get(l) : undefined;
    if (wd !== undefined) {
      if (!pub || pub.d === null) { push(i, i + 1, pub ? ym(pub.y, pub.m) : null, true); continue; }
      const pubWd = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
      const forward = future || prev === 'next';
      let diff = forward ? (wd - pubWd + 7) % 7 : -((pubWd - wd + 7) % 7);
      // With no tense to go by, the nearer of last and next such day (a tie goes to the past).
      if (dir === 'near' && prev !== 'last' && (wd - pubWd + 7) % 7 < (pubWd - wd + 7) % 7) diff = (wd - pubWd + 7) % 7;
      if (prev === 'last' && diff === 0) diff = -7;
      const r = shiftDays(pub, diff);
      push(prev === 'last' || prev === 'next' || prev === 'this' ? i - 1 : i, i + 1, ymd(r.y, r.m, r.d!), true);
      continue;
    }
    if (l === 'today' || l === 'yesterday') {
      if (pub && pub.d !== null) { const r = shiftDays(pub, l === 'today' ? 0 : -1); push(i, i + 1, ymd(r.y, r.m, r.d!), true); } else push(i, i + 1, null, true);
      continue;
    }
    if (l === 'immediately' && prev === 'effective') {
      push(i - 1, i + 1, pub ? (pub.d !== null ? ymd(pub.y, pub.m, pub.d) : ym(pub.y, pub.m)) : null, true);
      continue;
    }
    // "at the end of the month", "by the end of the year": the publication's month or year.
    if ((l === 'month' || l === 'year') && prev === 'the' && tokens[i - 2]?.lower === 'of' && /^(end|start|beginning|middle)$/.test(tokens[i - 3]?.lower ?? '')) {
      push(i - 3, i + 1, pub ? (l === 'month' ? ym(pub.y, pub.m) : String(pub.y)) : null, true);
      continue;
    }
    // "two weeks ago", "three days ago", "a month ago": counted back from publication, at the precision the unit allows.
    if (tokens[i + 1]?.lower === 'ago' && AGO_UNITS.has(l)) {
      const n = COUNTS.get(prev) ?? (isNum(tokens[i - 1], 1, 99) ? +tokens[i - 1].text : undefined);
      if (n !== undefined) {
        let value: string | null = null;
        if (pub) {
          const unit = AGO_UNITS.get(l)!;
          if (unit === 'day' && pub.d !== null) { const r = shiftDays(pub, -n); value = ymd(r.y, r.m, r.d!); }
          else if (unit === 'week') { const r = shiftDays({ ...pub, d: pub.d ?? 15 }, -7 * n); value = ym(r.y, r.m); }
          else if (unit === 'month') value = shiftMonths(pub, -n);
          else if (unit === 'year') value = String(pub.y - n);
          else value = ym(pub.y, pub.m);
        }
        push(i - 1, i + 2, value, true);
        i++;
        continue;
      }
    }
    if ((l === 'week' || l === 'month' || l === 'year') && (prev === 'this' || prev === 'last' || prev === 'next')) {
      let value: string | null = null;
      if (pub) {
        if (l === 'week') {
          const r = prev === 'this' ? pub : shiftDays({ ...pub, d: pub.d ?? 15 }, prev === 'last' ? -7 : 7);
          value = ym(r.y, r.m);
        } else if (l === 'month') value = shiftMonths(pub, prev === 'this' ? 0 : prev === 'last' ? -1 : 1);
        else value = String(pub.y + (prev === 'this' ? 0 : prev === 'last' ? -1 : 1));
      }
      push(i - 1, i + 1, value, true);
    }
  }
  return out;
}
