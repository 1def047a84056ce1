/** Folds a person's or organization's name into the key the store looks names up by. */

// One character class, applied once per character: linear on any input.
const IGNORED = /[\s\p{P}\p{S}]/gu;

/**
 * Folds width, case, spacing and punctuation, so "Tom Gunter", "tom  gunter" and "Tom-Gunter" meet,
 * and "루오밍 팡" meets "루오밍팡". Scripts are kept: transliteration is resolve's job.
 */
export function foldNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(IGNORED, '');
}

/** A LIKE pattern matching keys that contain `key`, with LIKE's wildcards escaped by `\`. */
export function containsPattern(key: string): string {
  let out = '%';
  for (const ch of key) out += ch === '%' || ch === '_' || ch === '\\' ? `\\${ch}` : ch;
  return `${out}%`;
}
