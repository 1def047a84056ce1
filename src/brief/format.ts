/** Dates, counts and numbers as a Korean or an English news briefing writes them. */
import type { PartialDate } from '../core/types.ts';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(date: PartialDate): { y: string; m: number | null; d: number | null } {
  const [y, m, d] = date.split('-');
  return { y: y!, m: m ? Number(m) : null, d: d ? Number(d) : null };
}

/** '2025-07-30' → '2025년 7월 30일', '2025-07' → '2025년 7월', '2025' → '2025년'. */
export function koDate(date: PartialDate): string {
  const { y, m, d } = parts(date);
  return [`${y}년`, m === null ? '' : `${m}월`, d === null ? '' : `${d}일`].filter(Boolean).join(' ');
}

/** `date` without the year (and month) it shares with `ref`: koDateAfter('2025-07-31', '2025-07-01') → '31일'. */
export function koDateAfter(date: PartialDate, ref: PartialDate): string {
  const a = parts(date);
  const b = parts(ref);
  if (a.y !== b.y || a.m === null) return koDate(date);
  if (a.m !== b.m || a.d === null) return [`${a.m}월`, a.d === null ? '' : `${a.d}일`].filter(Boolean).join(' ');
  return `${a.d}일`;
}

/** '2025-07-30' → 'July 30, 2025', '2025-07' → 'July 2025', '2025' → '2025'. */
export function enDate(date: PartialDate): string {
  const { y, m, d } = parts(date);
  if (m === null) return y;
  return d === null ? `${MONTHS_EN[m - 1]} ${y}` : `${MONTHS_EN[m - 1]} ${d}, ${y}`;
}

/** An expected count with one decimal: 1.2, 0.1, 3.0 → '3.0' stays, as a forecast is not a head count. */
export function decimal(x: number): string {
  return x.toFixed(1);
}

/** A small probability in scientific notation with superscripts: 2.1×10⁻⁶ (plain when ≥ 0.001). */
export function probability(p: number): string {
  if (p >= 0.001) return p.toFixed(3);
  const [mantissa, exponent] = p.toExponential(1).split('e');
  const sup: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
  return `${mantissa}×10${[...String(Number(exponent))].map((c) => sup[c] ?? c).join('')}`;
}

/** US dollars, short: $200M, $1.5M, $350,000. */
export function usd(x: number): string {
  if (x >= 1e9) return `$${trim(x / 1e9)}B`;
  if (x >= 1e6) return `$${trim(x / 1e6)}M`;
  return `$${Math.round(x).toLocaleString('en-US')}`;
}

/** US dollars as Korean writes them: 2억 달러, 1500만 달러, 35만 달러. */
export function koUsd(x: number): string {
  const eok = Math.floor(x / 1e8);
  const man = Math.round((x % 1e8) / 1e4);
  const out = [eok ? `${eok.toLocaleString('en-US')}억` : '', man ? `${man.toLocaleString('en-US')}만` : ''].filter(Boolean).join(' ');
  return `${out || Math.round(x).toLocaleString('en-US')} 달러`;
}

const trim = (x: number) => (Math.round(x * 10) / 10).toString();

/** English count with its noun: plural('departure', 1) → '1 departure'. */
export function plural(noun: string, n: number, many = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : many}`;
}
