/** Checks the values of query filters where they enter the store, with messages saying what was expected. */
import { InputError } from '../core/errors.ts';
import { foldNameKey } from './_name-key.ts';

/** The folded key of a name to search for; InputError('usage') when nothing searchable is left. */
export function checkNameKey(label: string, name: string): string {
  const key = foldNameKey(String(name));
  if (key === '') throw new InputError('usage', `${label}: expected a name with at least one letter or digit, got '${String(name).slice(0, 40)}' (e.g. Ruoming Pang)`);
  return key;
}

/** A limit or offset: undefined, or a whole number ≥ 0. */
export function checkCount(label: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) throw new InputError('usage', `${label}: expected a whole number ≥ 0, got ${String(value).slice(0, 40)} (e.g. 50)`);
  return value;
}
