/** Numbers, dates and money in the interface language. */
import { getLang, t } from './i18n.ts';

function locale(): string {
  return getLang() === 'ko' ? 'ko-KR' : 'en-GB';
}

// Building an Intl formatter costs far more than using one: a page formats hundreds of numbers.
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) formatters.set(key, f = make());
  return f;
}

export function formatNumber(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–';
  const loc = locale();
  return numberFormat(`${loc} ${digits}`, () => new Intl.NumberFormat(loc, { maximumFractionDigits: digits, minimumFractionDigits: 0 })).format(n);
}

export function formatSigned(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : '0';
}

/** A PartialDate shown at its own precision. */
export function formatDate(date: string | null | undefined): string {
  return date ? date : t('undated');
}

export function formatUsd(n: number | null | undefined): string {
  if (n === null || n === undefined) return '–';
  const loc = locale();
  return numberFormat(`${loc} usd`, () => new Intl.NumberFormat(loc, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 })).format(n);
}

export function formatP(p: number): string {
  return p < 0.0001 ? p.toExponential(1) : formatNumber(p, 4);
}
