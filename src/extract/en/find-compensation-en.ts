/** Stated pay in English text: "$100 million signing bonus", "more than 3 billion won a year", "tens of millions of dollars". */
import type { Compensation } from '../../core/types.ts';

const SYMBOL_MONEY_RE = /([$€£¥₩])\s?(\d+(?:[.,]\d+)*)(?:\s?(million|billion|thousand|trillion|mn|bn|[mbk])\b)?/gi;
const WORD_MONEY_RE = /\b(\d+(?:\.\d+)?|several|a few|a|one|two|three|four|five|six|seven|eight|nine|ten|tens of|hundreds of)\s+(million|billion|thousand)s?\s+(?:of\s+)?(dollars|euros|won|yuan|yen|pounds)\b/gi;
const LEFT_RE = /(?:(?:\b(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?)?\b(?:package|bonus|deal|offer|salary|pay|contract|grant|equity|stock|compensation)\s+(?:worth\s+|valued at\s+|of\s+)|\b(?:a|an)\s+)?(?:\b(?:more than|over|about|roughly|nearly|up to|at least|around|almost|some|upwards of)\s+)?$/i;
const RIGHT_RE = /^(?:\s+(?:(?:signing|retention|joining) bonus|a year|per year|annually|over (?:the next )?(?:\w+ )?years?|in (?:restricted )?(?:stock|equity|cash)))+/i;

const UNITS: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12 };
const CURRENCY: Record<string, string> = { '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', dollars: 'USD', euros: 'EUR', pounds: 'GBP', won: 'KRW', yuan: 'CNY', yen: 'JPY' };
const SMALL: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * The first compensation phrase in `sentence` (offsets relative to it), or null.
 * @example findCompensationEn('a package worth more than $200 million')?.usd // 200000000
 */
export function findCompensationEn(sentence: string): (Compensation & { start: number; end: number }) | null {
  let best: { start: number; end: number; amount: number | null; currency: string } | null = null;
  SYMBOL_MONEY_RE.lastIndex = 0;
  const s = SYMBOL_MONEY_RE.exec(sentence);
  if (s) {
    const num = parseFloat(s[2].replace(/,/g, ''));
    const unit = s[3] ? UNITS[s[3].toLowerCase()] ?? 1 : 1;
    best = { start: s.index, end: s.index + s[0].length, amount: num * unit, currency: CURRENCY[s[1]] };
  }
  WORD_MONEY_RE.lastIndex = 0;
  const w = WORD_MONEY_RE.exec(sentence);
  if (w && (!best || w.index < best.start)) {
    const q = w[1].toLowerCase();
    const base = /^\d/.test(q) ? parseFloat(q) : SMALL[q];
    best = { start: w.index, end: w.index + w[0].length, amount: base === undefined ? null : base * UNITS[w[2].toLowerCase()], currency: CURRENCY[w[3].toLowerCase()] };
  }
  if (!best) return null;
  const left = LEFT_RE.exec(sentence.slice(Math.max(0, best.start - 80), best.start));
  const start = left && left[0] ? best.start - left[0].length : best.start;
  const right = RIGHT_RE.exec(sentence.slice(best.end, best.end + 60));
  const end = right ? best.end + right[0].length : best.end;
  const amount = best.amount === null ? null : Math.round(best.amount);
  return { text: sentence.slice(start, end).trim(), usd: best.currency === 'USD' ? amount : null, amount, currency: best.currency, start, end };
}
