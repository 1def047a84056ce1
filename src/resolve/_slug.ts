/** ASCII slugs for keys, Hangul romanized first, and a helper that keeps keys unique. */
import { romanizeHangul } from './romanize-hangul.ts';

/** "Nova Reason Inc." → "nova-reason-inc", "노바리즌" → "nobarijeun". */
export function slugify(text: string): string {
  const ascii = romanizeHangul(text.normalize('NFC'))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/gi, 'o')
    .replace(/ł/gi, 'l')
    .replace(/ß/g, 'ss')
    .toLowerCase();
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'x';
}

/** Returns `base`, or `base-2`, `base-3` … whichever `taken` lacks, and records it. */
export function claimUniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}
