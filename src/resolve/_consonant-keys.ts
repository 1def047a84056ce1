/** Coarse consonant keys of phonetic symbol strings, for bucketing names that may match. */
import type { Sym } from './_sym.ts';

/**
 * The classes a token's first consonant may stand for: those of every cheap-to-drop consonant
 * (a glide-like w, a post-vocalic r) up to the first firm one, glides and h left out; `_` stands
 * for "no consonant" when no firm one follows.
 */
export function leadingConsonantClasses(syms: Sym[]): string {
  let out = '';
  for (const s of syms) {
    if (s.vowel) continue;
    for (const x of s.k) if (!'WYHR'.includes(x) && !out.includes(x)) out += x;
    if (s.del >= 1 && /[^WYHR]/.test(s.k)) return out;
  }
  return out + '_';
}

const MAX_PREFIXES = 12;
const MAX_STEPS = 400;

/**
 * The first `length` consonant classes a token may start with, as strings ("LK" for
 * Lucas / 뤼카): cheap consonants (a glide-like w, a post-vocalic r, h, a silent final s) may be
 * skipped or kept, ambiguous ones ("th": T or S) fan out; `_` when no consonant remains.
 */
export function consonantPrefixes(syms: Sym[], length = 2): string[] {
  const out = new Set<string>();
  // Each cheap consonant doubles the paths; the step budget keeps a freak token linear.
  let steps = 0;
  const walk = (i: number, acc: string) => {
    if (out.size >= MAX_PREFIXES || ++steps > MAX_STEPS) return;
    if (acc.length === length) return void out.add(acc);
    let j = i;
    while (j < syms.length && syms[j].vowel) j++;
    if (j >= syms.length) return void out.add(acc || '_');
    const s = syms[j];
    const classes = [...s.k].filter((x) => !'WYHR'.includes(x));
    for (const x of classes) if (!acc.endsWith(x)) walk(j + 1, acc + x);
    else walk(j + 1, acc);
    // Glides, h and cheap consonants may be absent from the other spelling.
    if (s.del < 1 || classes.length === 0) walk(j + 1, acc);
  };
  walk(0, '');
  return [...out];
}
