/** Bucket keys for person names: two names that may match share at least one key. */
import { analyzeName } from './_name-info.ts';
import { consonantPrefixes } from './_consonant-keys.ts';

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
 * `S:` the first three consonant classes of a solid name, `SUB:` first and last Latin tokens.
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
    if (info.script === 'hangul' && info.raw.indexOf(' ') < 0) for (const k of consonantPrefixes(info.tokenSyms.flat(), 3)) keys.push(`S:${k}`);
  }
  for (const parse of info.korean) {
    for (const family of parse.families) {
      for (const c of consonantPrefixes(parse.given)) keys.push(`KO:${family}:${c}`);
      if (info.script === 'latin') keys.push(`KOL:${family}:${parse.givenText}`);
    }
  }
  if (info.script === 'latin' && info.tokens.length >= 2) {
    keys.push(`SUB:${[info.tokens[0], info.tokens[info.tokens.length - 1]].sort().join(' ')}`);
  }
  return [...new Set(keys)];
}
