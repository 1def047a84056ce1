/** Korean particles and the short suffixes that may follow an organization name inside one written word. */
import { isHangul, isHangulCode } from './_scripts.ts';

/** Grammatical particles and copula endings; sequences of up to three stack ("에서" + "는"). */
const PARTICLES = [
  '이', '가', '은', '는', '을', '를', '의', '에', '에서', '에선', '엔', '에게', '에게서', '께', '께서', '한테',
  '으로', '로', '으론', '론', '와', '과', '도', '만', '까지', '부터', '보다', '처럼', '이나', '나', '이랑', '랑',
  '이며', '며', '이자', '인', '이다', '다', '였다', '이었다', '였던', '이었던', '였고', '이었고', '였으며', '이었으며',
  '이고', '이라는', '라는', '이라고', '라고', '이란', '란', '이라', '라', '입니다', '이에요', '예요', '에요', '조차', '마저', '뿐',
];

/**
 * Nouns Korean writes fused to a company name without changing what it names:
 * "애플측" (Apple's side), "구글행" (bound for Google), "삼성그룹", "구글러" (a Googler).
 */
const NAME_SUFFIXES = [
  '측', '쪽', '출신', '소속', '행', '사', '그룹', '코리아', '내', '내부', '산하', '계열', '계열사', '본사', '팀', '등', '발', '식', '러',
  // "스탠퍼드대학", "하버드대": a university's name with the word for university fused on.
  '대', '대학', '대학교', '대학원',
];

/** Keyed by UTF-16 code unit (every entry is Hangul, one unit per syllable), so walking the text makes no strings. */
interface TokenNode { next: Map<number, TokenNode>; end: boolean }

function buildTokenTrie(tokens: readonly string[]): TokenNode {
  const root: TokenNode = { next: new Map(), end: false };
  for (const t of tokens) {
    let node = root;
    for (let k = 0; k < t.length; k++) {
      const ch = t.charCodeAt(k);
      let child = node.next.get(ch);
      if (!child) { child = { next: new Map(), end: false }; node.next.set(ch, child); }
      node = child;
    }
    node.end = true;
  }
  return root;
}

const suffixTrie = buildTokenTrie([...PARTICLES, ...NAME_SUFFIXES]);
const MAX_TOKENS = 3;

/** True when `text[from, to)` is a sequence of 1..MAX_TOKENS tokens of `trie`; constant work per call. */
function isTokenRun(trie: TokenNode, text: string, from: number, to: number, depth = 0): boolean {
  if (from === to) return depth > 0;
  if (depth === MAX_TOKENS) return false;
  let node: TokenNode | undefined = trie;
  for (let j = from; j < to; j++) {
    node = node.next.get(text.charCodeAt(j));
    if (!node) return false;
    if (node.end && isTokenRun(trie, text, j + 1, to, depth + 1)) return true;
  }
  return false;
}

/** True when the Hangul that starts at `pos` is only particles/suffixes up to the end of the word. */
export function isKoreanSuffixAt(text: string, pos: number): boolean {
  let end = pos;
  // A run of more than MAX_TOKENS * 4 syllables cannot be suffixes only; stop scanning early to stay linear.
  while (end < text.length && isHangulCode(text.charCodeAt(end)) && end - pos <= MAX_TOKENS * 4) end++;
  if (end - pos > MAX_TOKENS * 4) return false;
  return isTokenRun(suffixTrie, text, pos, end);
}

/*
 * Stripping an unknown name must not eat its last syllable ("딥그레인" ends in the copula 인, "닌텐도" in 도), so
 * the particle next to the stem comes from a stricter list, and Korean's own allomorphy decides: 이/은/을/과/으로
 * follow a final consonant, 가/는/를/와/로 a vowel. Syllables that often end transliterated names (인 나 다 라 도
 * 만 …) are not stripped on their own.
 */
const FIRST_ANY = ['의', '에', '에서', '에선', '에게', '에게서', '께', '께서', '한테', '까지', '부터', '보다', '처럼', '조차', '마저'];
const FIRST_AFTER_CONSONANT = [
  '이', '은', '을', '과', '으로', '으론', '이나', '이랑', '이며', '이자', '이라는', '이라고', '이란', '이라', '이다',
  '이었다', '이었던', '이었고', '이었으며', '이고', '이에요',
];
const FIRST_AFTER_VOWEL = ['가', '는', '를', '와', '로', '론', '였다', '였던', '였고', '였으며', '예요'];

/** What may stack after the first particle: "에서는", "으로부터", "과의". */
const FOLLOWERS = ['는', '은', '도', '만', '의', '에', '서', '부터', '까지', '보다'];

const followTrie = buildTokenTrie(FOLLOWERS);
const firstAnyTrie = buildTokenTrie(FIRST_ANY);
const firstConsonantTrie = buildTokenTrie(FIRST_AFTER_CONSONANT);
const firstVowelTrie = buildTokenTrie(FIRST_AFTER_VOWEL);

/** 0 when a Hangul syllable ends in a vowel, its final consonant index (1..27) otherwise; -1 for non-Hangul. */
function finalConsonantOf(c: string): number {
  const code = c.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 ? code % 28 : -1;
}

/** True when `w[from..]` is a particle run that may follow a stem ending in `w[from - 1]`. */
function isStrippableRun(w: string, from: number): boolean {
  const final = finalConsonantOf(w[from - 1]!);
  // After Latin letters or digits ("오픈AI가") both allomorphs occur, depending on how the name is read.
  const firsts = final < 0 ? [firstAnyTrie, firstConsonantTrie, firstVowelTrie]
    : final === 0 ? [firstAnyTrie, firstVowelTrie]
      : final === 8 ? [firstAnyTrie, firstConsonantTrie, buildLieulTrie()]
        : [firstAnyTrie, firstConsonantTrie];
  for (const trie of firsts) {
    let node: TokenNode | undefined = trie;
    for (let j = from; j < w.length; j++) {
      node = node.next.get(w.charCodeAt(j));
      if (!node) break;
      if (node.end && (j + 1 === w.length || isTokenRun(followTrie, w, j + 1, w.length, 1))) return true;
    }
  }
  return false;
}

let lieulTrie: TokenNode | undefined;
/** After a final ㄹ, Korean writes 로 ("서울로"), not 으로. */
function buildLieulTrie(): TokenNode {
  lieulTrie ??= buildTokenTrie(['로', '론']);
  return lieulTrie;
}

/**
 * Removes trailing Korean particles from one word, keeping at least two characters.
 * @example stripKoreanParticle('노바리즌에서는') // '노바리즌'
 * @example stripKoreanParticle('딥그레인') // '딥그레인' (인 here ends the name)
 */
export function stripKoreanParticle(word: string): string {
  const w = word.trimEnd();
  for (let k = Math.max(2, w.length - MAX_TOKENS * 4); k < w.length; k++) {
    if (!/[\p{L}\p{N}]/u.test(w[k - 1]!) || !isHangul(w[k])) continue;
    if (isStrippableRun(w, k)) return w.slice(0, k);
  }
  return w;
}
