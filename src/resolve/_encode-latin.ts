/** Encodes a Latin name token as phonetic symbols, following how Korean transcribes foreign names. */
import { collapse, con, vow, type PhoneticMode, type Sym } from './_sym.ts';

const SPECIAL_FOLD: Record<string, string> = { ç: 's', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th', ð: 'd' };

/** Lowercase ASCII letters of a Latin token: diacritics and punctuation dropped (é→e, ø→o, ł→l). */
export function foldLatin(token: string): string {
  let out = '';
  for (const whole of token.toLowerCase()) {
    if (SPECIAL_FOLD[whole]) {
      out += SPECIAL_FOLD[whole];
      continue;
    }
    for (const ch of whole.normalize('NFD')) if (ch >= 'a' && ch <= 'z') out += ch;
  }
  return out;
}

const isVowelLetter = (ch: string | undefined) => ch !== undefined && 'aeiouy'.includes(ch);

// In romanized Korean a glide is part of the syllable (건/권, 연/언), so dropping it is dear.
const KOREAN_DIGRAPHS: Array<[string, Sym[]]> = [
  ['woo', [vow('u')]],
  ['yeo', [con('Y', 0.8), vow('ɘ')]],
  ['ng', [con('G')]],
  ['eo', [vow('ɘ')]],
  ['eu', [vow('ɨ', 0.3)]],
  ['ae', [vow('æ')]],
  ['oe', [vow('ø')]],
  ['wi', [vow('ü')]],
  ['oo', [vow('u')]],
  ['ee', [vow('i')]],
  ['ou', [vow('u')]],
];

/** Encodes one Latin name token (any case, diacritics allowed) as phonetic symbols. */
export function encodeLatin(token: string, mode: PhoneticMode = 'foreign'): Sym[] {
  const s = foldLatin(token);
  const n = s.length;
  const out: Sym[] = [];
  let i = 0;
  while (i < n) {
    const c = s[i];
    const next = s[i + 1];
    const prev = s[i - 1];
    const starts = (p: string) => s.startsWith(p, i);
    if (mode === 'korean') {
      const hit = KOREAN_DIGRAPHS.find(([p]) => starts(p));
      if (hit) {
        out.push(...hit[1].map((x) => ({ ...x })));
        i += hit[0].length;
        continue;
      }
    } else {
      if (starts('eau')) { out.push(vow('o')); i += 3; continue; }
      if (starts('ee')) { out.push(vow('i')); i += 2; continue; }
      // "aa" is a long a in Dutch but å (an o) in Danish and Norwegian.
      if (starts('aa')) { out.push(vow('å')); i += 2; continue; }
      if (starts('oo')) { out.push(vow('u')); i += 2; continue; }
      // English "ea" inside a word is one long vowel (Dean, Reason); at the end two (Andrea).
      if (starts('ea') && i + 2 < n) { out.push(vow('i')); i += 2; continue; }
      // English "ew"/"ow"/"aw" at the end (Andrew, Marlow): the w is a vowel glide.
      if ((c === 'e' || c === 'o' || c === 'a') && next === 'w' && (i + 2 === n || (i + 3 === n && s[i + 2] === 's'))) {
        out.push(c === 'e' ? vow('u') : vow('o'));
        i += 2;
        continue;
      }
      // French final "oi(s|x|t)" is "wa" (Dubois, François, Lacroix).
      if (starts('oi') && (i + 2 === n || (i + 3 === n && 'sxt'.includes(s[i + 2])))) {
        out.push(con('W', 0.3), vow('a'));
        i += 2;
        continue;
      }
    }
    if (c === 'y') {
      // Before a vowel y is a glide; in romanized Korean also after a consonant (hyun, kyung).
      if ((i === 0 || isVowelLetter(prev) || mode === 'korean') && isVowelLetter(next)) out.push(con('Y', mode === 'korean' ? 0.8 : 0.3));
      else out.push(vow('i'));
      i++;
      continue;
    }
    if ('aeiou'.includes(c)) {
      // A silent final "e" after a consonant (Nicole, Claire) is cheap to drop.
      const silent = c === 'e' && i === n - 1 && n > 3 && !isVowelLetter(prev);
      // The second half of a diphthong (ai, ei, oi) is cheap to lose.
      const offglide = c === 'i' && isVowelLetter(prev) && prev !== 'i';
      out.push(vow(c, silent ? 0.1 : offglide ? 0.2 : 0.4));
      i++;
      continue;
    }
    const finalAfterVowel = i === n - 1 && (isVowelLetter(prev) || ((c === 't' || c === 'd') && prev === 'r'));
    // English "-tion"/"-sion" is 션 (Reflection 리플렉션).
    if ((starts('tion') || starts('sion')) && i > 0) { out.push(con('S'), vow('ə'), con('N')); i += 4; continue; }
    if (starts('tsch')) { out.push(con('C')); i += 4; continue; }
    if (starts('sch')) { out.push(con('S')); i += 3; continue; }
    if (starts('sh') || starts('sz')) { out.push(con('S')); i += 2; continue; }
    if (starts('ch')) { out.push(con('CSK')); i += 2; continue; }
    if (starts('cz') || starts('zh') || starts('dj') || starts('rz')) { out.push(con('C')); i += 2; continue; }
    if (starts('dzh')) { out.push(con('C')); i += 3; continue; }
    if (starts('dz')) { out.push(con('C')); i += 2; continue; }
    if (starts('dg') && i + 2 < n && 'eiy'.includes(s[i + 2])) { out.push(con('C')); i += 2; continue; }
    if (starts('ts') || starts('tz')) { out.push(con('CS')); i += 2; continue; }
    if (starts('th')) { out.push(con('TS')); i += 2; continue; }
    if (starts('ph')) { out.push(con('P')); i += 2; continue; }
    if (starts('gh')) { out.push(con('K', 0.5)); i += 2; continue; }
    if (starts('kh') || starts('ck')) { out.push(con('K')); i += 2; continue; }
    if (starts('qu')) { out.push(con('K'), con('W', 0.3)); i += 2; continue; }
    switch (c) {
      case 'b': case 'p': case 'f': case 'v':
        out.push(con('P'));
        break;
      case 'w':
        // English w is a glide (웨이), German and Polish w a v (코발스키).
        out.push(con('WP', mode === 'korean' ? 0.8 : 0.3));
        break;
      case 't': case 'd':
        out.push(con('T', finalAfterVowel ? 0.35 : 1));
        break;
      case 'k':
        out.push(con('K'));
        break;
      case 'g':
        // After "n" the g is the velar nasal's tail ("Wang" = 왕), cheap to lose.
        out.push(con(next && 'eiy'.includes(next) ? 'KC' : 'K', prev === 'n' ? 0.7 : 1));
        break;
      case 'c':
        out.push(con(next && 'eiy'.includes(next) ? 'SC' : 'KC'));
        break;
      case 'q':
        out.push(con('KC'));
        break;
      case 'j':
        // English j is ㅈ, German and Scandinavian j a y (옌센), Spanish j an h (호세); romanized Korean j only ㅈ.
        out.push(con(mode === 'korean' ? 'C' : 'CYH'));
        break;
      case 'z':
        out.push(con('CS', finalAfterVowel ? 0.35 : 1));
        break;
      case 'x':
        if (i === 0) out.push(con('S'));
        else out.push(con('K'), con('S', finalAfterVowel ? 0.35 : 1));
        break;
      case 's':
        // Between vowels an s is often voiced, and Korean writes /z/ with ㅈ.
        out.push(con(isVowelLetter(prev) && isVowelLetter(next) ? 'SC' : 'S', finalAfterVowel ? 0.35 : 1));
        break;
      case 'l':
        out.push(con('L'));
        break;
      case 'r':
        // A post-vocalic r is silent in the English Korean transcribes, or colours the vowel
        // (Shazeer 셰이저): R lets it stand for ㅓ, and dropping it is cheap.
        if (isVowelLetter(prev) && (!isVowelLetter(next) || (next === 'e' && i + 2 === n && n > 3))) out.push(con('LR', 0.2));
        else out.push(con('L'));
        break;
      case 'm':
        out.push(con('M'));
        break;
      case 'n':
        out.push(con('N'));
        break;
      case 'h':
        // Silent before a consonant and at the end (Sarah, Noah); spoken, but easily dropped, before a vowel.
        if (i === 0 || isVowelLetter(next)) out.push(con('H', 0.4));
        break;
      default:
        break;
    }
    i++;
  }
  return collapse(out);
}
