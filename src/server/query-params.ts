/** Reads query parameters into typed values, answering 400 with a message that names the parameter, what arrived and an example. */
import type { PartialDate } from '../core/types.ts';
import { dayBackFrom } from '../core/relative-span.ts';
import { httpError } from './problem.ts';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

const show = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
const bad = (name: string, expected: string, value: string, example: string) =>
  httpError(400, `${name}: expected ${expected}, got '${show(value)}' (e.g. ${name}=${example})`);

/** The parameter's value, or undefined when absent; an empty value counts as absent (a cleared form field). */
export function text(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null || value.trim() === '' ? undefined : value.trim();
}

export function requiredText(query: URLSearchParams, name: string, example: string): string {
  const value = text(query, name);
  if (value === undefined) throw httpError(400, `${name}: required (e.g. ${name}=${example})`);
  return value;
}

/** A whole number within [min, max]. */
export function integer(query: URLSearchParams, name: string, opts: { min: number; max?: number; example: number }): number | undefined {
  const value = text(query, name);
  if (value === undefined) return undefined;
  const range = opts.max === undefined ? `≥ ${opts.min}` : `from ${opts.min} to ${opts.max}`;
  if (!/^\d{1,15}$/.test(value)) throw bad(name, `a whole number ${range}`, value, String(opts.example));
  const n = Number(value);
  if (n < opts.min || (opts.max !== undefined && n > opts.max)) throw bad(name, `a whole number ${range}`, value, String(opts.example));
  return n;
}

/** A number strictly between two bounds. */
export function numberBetween(query: URLSearchParams, name: string, low: number, high: number, example: number): number | undefined {
  const value = text(query, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^[0-9.eE+-]+$/.test(value) || !(n > low && n < high)) throw bad(name, `a number between ${low} and ${high}`, value, String(example));
  return n;
}

export function choice<T extends string>(query: URLSearchParams, name: string, choices: readonly T[]): T | undefined {
  const value = text(query, name);
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) throw bad(name, `one of ${choices.join(', ')}`, value, choices[0]);
  return value as T;
}

export function flag(query: URLSearchParams, name: string): boolean | undefined {
  const value = choice(query, name, ['true', 'false', '1', '0'] as const);
  return value === undefined ? undefined : value === 'true' || value === '1';
}

/** limit (1..500, default 50) and offset (≥ 0, default 0). */
export function paging(query: URLSearchParams, defaultLimit = DEFAULT_LIMIT, maxLimit = MAX_LIMIT): { limit: number; offset: number } {
  return {
    limit: integer(query, 'limit', { min: 1, max: maxLimit, example: defaultLimit }) ?? defaultLimit,
    offset: integer(query, 'offset', { min: 0, example: 100 }) ?? 0,
  };
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
export function partialDate(query: URLSearchParams, name: string): PartialDate | undefined {
  const value = text(query, name);
  if (value === undefined) return undefined;
  if (!isCalendarDate(value)) throw bad(name, 'a date YYYY, YYYY-MM or YYYY-MM-DD', value, '2025-07');
  return value;
}

/** A window bound: a partial date, or a span back from `today` (30d, 12w, 6m, 1y), which becomes the day it names. */
export function windowBound(query: URLSearchParams, name: string, today = new Date()): PartialDate | undefined {
  const value = text(query, name);
  if (value === undefined) return undefined;
  const back = dayBackFrom(value, today);
  if (back !== undefined) return back;
  if (!isCalendarDate(value)) throw bad(name, 'a date (2025, 2025-07, 2025-07-30) or a span back from today (30d, 12w, 6m, 1y)', value, '6m');
  return value;
}

/** The window (since, until) of a request. */
export function window(query: URLSearchParams): { since?: PartialDate; until?: PartialDate } {
  return { since: windowBound(query, 'since'), until: windowBound(query, 'until') };
}

/** A numeric id in a path. */
export function pathId(params: Record<string, string>, name: string): number {
  const value = params[name] ?? '';
  if (!/^\d{1,15}$/.test(value) || !Number.isSafeInteger(Number(value))) throw bad(name, 'a numeric id', value, '12');
  return Number(value);
}

function isCalendarDate(value: string): boolean {
  const m = PARTIAL.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCDate() !== Number(d)) return false;
  }
  return true;
}
