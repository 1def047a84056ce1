/** Bucket keys for person names: two names that may match share at least one key. */
import { analyzeName, type NameInfo } from './_name-info.ts';
import { consonantPrefixes } from './_consonant-keys.ts';
import { encodeHangul } from './_encode-hangul.ts';
import { con, type Sym } from './_sym.ts';

const MAX_KEYS = 32;

/** Every sorted combination of one prefix per token ("CN|_" for Chen Wei / 첸 웨이), capped. */
function combine(perToken: string[][]): string[] {
  let acc: string[][] = [[]];
  for (const opts of perToken) {
    const next: string[][] = [];
    for (const a of acc) for (const o of opts) if (next.length < MAX_KEYS) next.push([...a, o]);
    acc = next;
  }
  return [...new Set(acc.map((a) => a.sort().join('|')))];
}

/**
 * Bucket keys of a person name, for finding candidates without comparing all pairs:
 * `P:` the first two consonant classes of each token (order-free), `KO:` a Korean family name
 * with the given name's first consonants, `KOL:` a romanized Korean name spelled out,
 * `S:` the first three consonant classes of a solid name, `SUB:` first and last Latin tokens,
 * `ZH:` a Chinese reading's family name with its given name's first consonants (see {@link chineseKeys}).
 * Names that {@link samePersonName} accepts share a key (bar rare edits of a first consonant).
 * @example personNameKeys('첸 웨이') // ['P:CN|_']
 */
export function personNameKeys(name: string): string[] {
  const info = analyzeName(name);
  const keys: string[] = [];
  // A solid Korean-looking Hangul name gets these too, split after its family name: 장하오 may be Zhang Hao.
  if ((info.script === 'latin' || info.script === 'hangul') && info.tokenSyms.length) {
    for (const k of combine(info.tokenSyms.map((t) => consonantPrefixes(t)))) keys.push(`P:${k}`);
    // Two short Latin tokens may meet one solid Hangul token, in either order (Shengjia Zhao / 자오성자):
    // keyed on three consonants, as solid names are long and plentiful.
    if (info.script === 'latin' && info.tokens.length === 2 && info.tokens.every((t) => t.length <= 8)) {
      const [x, y] = info.tokenSyms;
      for (const k of [...consonantPrefixes([...x, ...y], 3), ...consonantPrefixes([...y, ...x], 3)]) keys.push(`S:${k}`);
    }
    // Only a Hangul name left whole: one split as Korean (family + given) meets Latin names token by token, in P and KO buckets.
    if (info.script === 'hangul' && info.tokenSyms.length === 1) for (const k of consonantPrefixes(info.tokenSyms[0], 3)) keys.push(`S:${k}`);
  }
  for (const parse of info.korean) {
    for (const family of parse.families) {
      for (const c of consonantPrefixes(parse.given)) keys.push(`KO:${family}:${c}`);
      if (info.script === 'latin') keys.push(`KOL:${family}:${parse.givenText}`);
    }
  }
  keys.push(...chineseKeys(info.chinese));
  if (info.script === 'latin' && info.tokens.length >= 2) {
    keys.push(`SUB:${[info.tokens[0], info.tokens[info.tokens.length - 1]].sort().join(' ')}`);
  }
  return [...new Set(keys)];
}

// s and ch as one class: the only consonant edit a Chinese given name's comparison lets through.
const foldS = (s: Sym): Sym => (s.vowel || !s.k.includes('S') ? s : con([...new Set(s.k.replaceAll('S', 'C'))].join(''), s.del));

/**
 * `ZH:` keys of a name's Chinese readings: the consonants of the family name (any of its Hangul
 * forms) and the first two of the given name, all as Hangul. Two names that both read as Chinese
 * link only when the comparison of their readings allows it, and that admits no consonant edit in
 * a family name and none but s/ch (0.6, folded here) in a given one, so they always share a key:
 * they meet here alone, not in the crowded `P:` buckets where every two-syllable name met.
 */
function chineseKeys(readings: NameInfo['chinese']): string[] {
  const keys: string[] = [];
  for (const r of readings) {
    const given = consonantPrefixes(encodeHangul(r.given.join('')).map(foldS));
    for (const family of r.families) for (const f of consonantPrefixes(encodeHangul(family))) for (const g of given) keys.push(`ZH:${f}:${g}`);
  }
  return keys;
}
