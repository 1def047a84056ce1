/** Command-line parsing on node:util parseArgs, with errors that name the flag, the value and what is accepted. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.ts';
import { dayBackFrom } from '../core/relative-span.ts';
import type { PartialDate } from '../core/types.ts';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` for one verb; unknown flags and missing values become usage errors. */
export function parseVerbArgs<T extends OptionSpec>(verb: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (cause) {
    const message = (cause as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new InputError('usage', `${verb}: ${message}`, undefined, { cause });
  }
}

/** A whole number ≥ min from a flag, or a usage error naming the flag and the value. */
export function parseCount(flag: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,12}$/.test(value) || Number(value) < min) {
    throw new InputError('usage', `--${flag}: expected a whole number ≥ ${min}, got "${value.slice(0, 40)}" (e.g. --${flag} 20)`);
  }
  return Number(value);
}

/** A size such as `5MB`, `512KB` or a byte count. */
export function parseBytes(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{1,12})(?:\s*([KMG])i?B?)?$/i.exec(value.trim());
  if (!m) throw new InputError('usage', `--${flag}: expected a size such as 5MB, 512KB or 1000000, got "${value.slice(0, 40)}"`);
  const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(m[2] ?? '').toUpperCase() as 'K' | 'M' | 'G'] ?? 1;
  return Number(m[1]) * unit;
}

/** A duration such as `20s`, `500ms` or `2m`, in milliseconds. */
export function parseDuration(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{1,9})(ms|s|m)?$/.exec(value.trim());
  if (!m) throw new InputError('usage', `--${flag}: expected a duration such as 20s, 500ms or 2m, got "${value.slice(0, 40)}"`);
  return Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000 }[m[2] ?? 's'] ?? 1000);
}

const isoPartial = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Checks a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value (a real calendar date). */
export function parsePartialDate(flag: string, value: string | undefined): PartialDate | undefined {
  if (value === undefined) return undefined;
  const m = isoPartial.exec(value.trim());
  const bad = () => new InputError('usage', `--${flag}: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "${value.slice(0, 40)}" (e.g. --${flag} 2025-07-30)`);
  if (!m) throw bad();
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) throw bad();
  if (d) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCDate() !== Number(d)) throw bad();
  }
  return value.trim();
}

/**
 * A window bound: an absolute date (`2025`, `2025-07`, `2025-07-30`) or a span back from
 * today (`30d`, `12w`, `6m`, `1y`), which becomes the day it names.
 */
export function parseWindowBound(flag: string, value: string | undefined, today = new Date()): PartialDate | undefined {
  if (value === undefined) return undefined;
  const back = dayBackFrom(value, today);
  if (back !== undefined) return back;
  if (!isoPartial.test(value.trim())) {
    throw new InputError('usage', `--${flag}: expected a date (2025, 2025-07, 2025-07-30) or a span back from today (30d, 12w, 6m, 1y), got "${value.slice(0, 40)}"`);
  }
  return parsePartialDate(flag, value);
}

/** One of a fixed set of choices. */
export function parseChoice<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new InputError('usage', `--${flag}: expected one of ${choices.join(', ')}, got "${value.slice(0, 40)}"`);
  }
  return value as T;
}
