/** A phonetic key that lets the Latin and Hangul spellings of one unknown organization meet ("Nova Reason" / "노바리즌"). */
import { normalizeOrgName } from './normalize-org-name.ts';
import { orgKey } from './org-key.ts';

/*
 * Both scripts become a consonant skeleton in one small alphabet, the way Korean transliterates English:
 *   b = p b f v ph (ㅂ ㅍ)   d = d (ㄷ)   t = t, final ㅅ (ㅌ)   g = hard g (ㄱ ㄲ)   k = k, hard c, q, final ㄱ (ㅋ)
 *   s = s z j ch sh, soft c and g (ㅅ ㅆ ㅈ ㅉ ㅊ)   l = l, r before a vowel (ㄹ)   m n h   N = ng, n before k (final ㅇ)
 * Vowels only separate consonants and are then dropped (English spelling and Korean vowels rarely agree);
 * an English r that is not followed by a vowel is silent ("Naver" → 네이버), as is a word-final e; Korean ㅡ is
 * the vowel Korean inserts between English consonants ("그레인" for "grain"), so it separates nothing. Equal
 * consonants with no vowel between collapse ("ll", "헬릭" ㄹ+ㄹ). "th" (ㅌ or ㅅ) and a soft-looking g
 * (ㅈ or ㄱ) are genuinely ambiguous, so a name has a few variant keys; `orgNameKey` returns the first.
 */

const VOWEL = 'V';
const MAX_VARIANTS = 16;

const INITIALS = ['g', 'g', 'n', 'd', 'd', 'l', 'm', 'b', 'b', 's', 's', '', 's', 's', 's', 'k', 't', 'b', 'h'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'm', 'b', 'b', 't', 't', 'N', 't', 't', 'k', 't', 'b', 't'];
/** Index of ㅡ among the 21 medial vowels. */
const EU = 18;

type Token = string | string[];

function hangulTokens(ch: string, out: Token[]): void {
  const code = ch.charCodeAt(0) - 0xac00;
  const initial = Math.floor(code / 588);
  const medial = Math.floor((code % 588) / 28);
  const final = code % 28;
  if (INITIALS[initial]) out.push(INITIALS[initial]!);
  if (medial !== EU) out.push(VOWEL);
  if (FINALS[final]) out.push(FINALS[final]!);
}

const isVowelLetter = (c: string | undefined) => c !== undefined && 'aeiouyw'.includes(c);

/** English letters of one word (lower case, no diacritics) to tokens. */
function latinTokens(word: string, out: Token[]): void {
  // A final e after a consonant is silent: "Cohere", "Upstage", "Google".
  const silentE = word.length > 2 && word.endsWith('e') && !isVowelLetter(word[word.length - 2]) ? word.length - 1 : -1;
  const vowelAt = (k: number) => k !== silentE && isVowelLetter(word[k]);
  for (let k = 0; k < word.length; k++) {
    const c = word[k]!;
    const next = word[k + 1];
    if (/[0-9]/.test(c)) { out.push(c); continue; }
    if (isVowelLetter(c)) { if (k !== silentE) out.push(VOWEL); continue; }
    switch (c) {
      case 'b': case 'p': case 'f': case 'v':
        if (c === 'p' && next === 'h') k++;
        out.push('b'); break;
      case 't':
        if (next === 'h') { out.push(['t', 's']); k++; } else out.push('t');
        break;
      case 'd': out.push('d'); break;
      case 'c':
        if (next === 'h') { out.push('s'); k++; } else if (next === 'k') { out.push('k'); k++; } else if (next === 'e' || next === 'i' || next === 'y') out.push('s');
        else out.push('k');
        break;
      case 'k': case 'q': out.push('k'); break;
      case 'g':
        // "gg" stays hard ("hugging" 허깅); a lone g before e/i/y may be soft ("intelligence" 인텔리전스) or not.
        if (word[k - 1] !== 'g' && (next === 'e' || next === 'i' || next === 'y')) out.push(['s', 'g']);
        else out.push('g');
        break;
      case 'x': out.push('k', 's'); break;
      case 's':
        if (next === 'h') k++;
        out.push('s'); break;
      case 'z': case 'j': out.push('s'); break;
      case 'l': out.push('l'); break;
      case 'r':
        // Silent before a consonant ("Naver" 네이버); before a final e Korean writes either ("Cohere" 코히어, "Singapore" 싱가포르).
        if (vowelAt(k + 1)) out.push('l');
        else if (k + 1 === silentE) out.push(['', 'l']);
        break;
      case 'h': if (vowelAt(k + 1)) out.push('h'); break;
      case 'm': out.push('m'); break;
      case 'n':
        if (next === 'g') { out.push('N'); k++; if (vowelAt(k + 1)) out.push('g'); } else if (next === 'k' || next === 'q' || (next === 'c' && !'eiy'.includes(word[k + 2] ?? ''))) out.push('N');
        else out.push('n');
        break;
      default: out.push(c);
    }
  }
}

function tokensOf(name: string): Token[] {
  const out: Token[] = [];
  const text = name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
  let word = '';
  const flush = () => { if (word) latinTokens(word, out); word = ''; };
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xac00 && code <= 0xd7a3) { flush(); hangulTokens(ch, out); }
    else if (/[a-z0-9]/.test(ch)) word += ch;
    else if (/[\p{L}\p{N}]/u.test(ch)) { flush(); out.push(ch); }
    else flush();
  }
  flush();
  return out;
}

/** Expands the alternatives into keys: collapse equal neighbours, drop vowel marks. */
function expandKeys(tokens: Token[]): string[] {
  let partial: string[][] = [[]];
  for (const t of tokens) {
    const options = typeof t === 'string' ? [t] : t;
    const next: string[][] = [];
    for (const p of partial) for (const o of options) if (next.length < MAX_VARIANTS) next.push([...p, o]);
    partial = next;
  }
  const keys = partial.map((seq) => {
    let key = '';
    let prev = '';
    for (const s of seq) {
      if (s === '') continue;
      if (s !== VOWEL && s !== prev) key += s;
      prev = s;
    }
    return key;
  });
  return [...new Set(keys)];
}

/**
 * The phonetic key of an organization name (after `normalizeOrgName`), equal for the Latin and Hangul spellings
 * of one name where Korean transliteration is regular.
 * @example orgNameKey('Nova Reason') === orgNameKey('노바리즌') // true ("nblsn")
 */
export function orgNameKey(name: string): string {
  return expandKeys(tokensOf(normalizeOrgName(name)))[0] ?? '';
}

const hasHangul = (s: string) => /\p{Script=Hangul}/u.test(s);
const hasLatin = (s: string) => /[A-Za-z]/.test(s);

/**
 * True when two spellings name the same organization: equal after `normalizeOrgName` and `orgKey`, or, across
 * scripts (Latin against Hangul), sharing a phonetic key of at least two consonants. Two Hangul spellings may
 * differ in vowels ("스탠퍼드" / "스탠포드") when the key has four consonants or more; two Latin spellings must
 * agree letter for letter, since a skeleton alone would make "Meta" and "Mota" one name.
 */
export function sameOrgName(a: string, b: string): boolean {
  const na = normalizeOrgName(a);
  const nb = normalizeOrgName(b);
  if (na === '' || nb === '') return false;
  if (orgKey(na) === orgKey(nb)) return true;
  const crossScript = hasHangul(na) !== hasHangul(nb);
  const bothHangul = hasHangul(na) && hasHangul(nb) && !hasLatin(na) && !hasLatin(nb);
  if (!crossScript && !bothHangul) return false;
  const minLength = crossScript ? 2 : 4;
  const keysB = new Set(expandKeys(tokensOf(nb)));
  return expandKeys(tokensOf(na)).some((k) => k.length >= minLength && keysB.has(k));
}
