/** The gazetteer's matcher: a character trie over every name, walked once per word start (linear in the text). */
import { classifyChar, classifyCode, type CharClass } from './_scripts.ts';
import { isKoreanSuffixAt } from './korean-particles.ts';
import type { OrgEntry, OrgMention } from './types.ts';

/*
 * Case rule for Latin names (why: "apple", "scale", "oracle", "Ms." are words, "OPENAI" in a headline is not):
 *  - a name always matches as written, and in all capitals ("GOOGLE DEEPMIND");
 *  - an ambiguous name, or a short one (≤ 3 letters, or an acronym of ≤ 4 capitals), matches only that way;
 *  - any other name also matches with other letters in another case ("Deepmind", "Bytedance", "Github"),
 *    provided its first letter is written in the same case: lower-case "intel", "oracle" stay words.
 * Boundaries: a name that starts (ends) with a Latin letter or digit needs a non-word character before (after)
 * it, and may not start right after Hangul. A Hangul name must not follow a Hangul syllable, and may be followed only by the end of the word or by
 * Korean particles and fused suffixes ("구글에서", "애플측은"), so "메타버스" and "애플리케이션" do not match.
 * A Kana name must not touch other Kana; Han names need no boundary (no spaces in Chinese or Japanese).
 */

interface Candidate {
  /** The name as the gazetteer writes it (possibly a space-less Hangul variant). */
  name: string;
  entry: OrgEntry;
  ambiguous: boolean;
  /** Only as written or in capitals. */
  strictCase: boolean;
  /** Index of the first letter of `name`, where the case must agree in relaxed mode. */
  firstLetter: number;
  /** `name` with whitespace, dashes and apostrophes folded, and its all-capitals form. */
  plain: string;
  capitals: string;
  endClass: CharClass;
}

interface TrieNode {
  /** Children keyed by the folded UTF-16 code unit: numbers, so the hot loop allocates no strings. */
  next: Map<number, TrieNode>;
  candidates?: Candidate[];
}

const FOLD_SPACE = new Set([' ', '\u00a0', '\t', '\n', '\r', '\u2009', '\u202f', '\u3000']);
const FOLD_DASH = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014']);

/**
 * Folds one UTF-16 code unit: whitespace to a space, dashes to '-', curly apostrophes to ', letters
 * to lower case. Works on numbers so the matcher's hot loop builds no strings.
 */
function foldCode(code: number): number {
  if (code < 0x80) {
    // ASCII fast path: most of an English article.
    if (code >= 65 && code <= 90) return code + 32;
    return code === 9 || code === 10 || code === 13 ? 32 : code;
  }
  // Kana, Han and Hangul have no case (fullwidth Latin, from U+FF00, does).
  if (code > 0x3000 && code < 0xff00) return code;
  const c = String.fromCharCode(code);
  if (FOLD_SPACE.has(c)) return 32;
  if (FOLD_DASH.has(c)) return 45;
  if (code === 0x2019 || code === 0x2018) return 39;
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

function foldPunct(s: string): string {
  let out = '';
  for (const c of s) out += FOLD_SPACE.has(c) ? ' ' : FOLD_DASH.has(c) ? '-' : c === '\u2019' || c === '\u2018' ? "'" : c;
  return out;
}

function isAmbiguousName(entry: OrgEntry, name: string): boolean {
  const a = entry.ambiguous;
  if (a === true) return true;
  return Array.isArray(a) && a.includes(name);
}

function makeCandidate(entry: OrgEntry, name: string, ambiguous: boolean): Candidate {
  const latin = [...name].filter((c) => /[A-Za-z\u00c0-\u024f]/.test(c));
  const upper = latin.filter((c) => c !== c.toLowerCase()).length;
  const acronym = upper === latin.length && latin.length <= 4;
  let firstLetter = -1;
  for (let k = 0; k < name.length; k++) {
    if (/\p{L}/u.test(name[k]!)) { firstLetter = k; break; }
  }
  return {
    name, entry, ambiguous,
    strictCase: ambiguous || latin.length <= 3 || acronym,
    firstLetter,
    plain: foldPunct(name),
    capitals: foldPunct(name).toUpperCase(),
    endClass: classifyChar(name[name.length - 1]),
  };
}

/** True when the text's spelling of a candidate obeys the case rule above. */
function acceptsCase(c: Candidate, text: string, start: number, end: number): boolean {
  if (text.startsWith(c.name, start)) return true;
  const written = foldPunct(text.slice(start, end));
  if (written === c.plain || written === c.capitals) return true;
  if (c.strictCase) return false;
  return c.firstLetter < 0 || written[c.firstLetter] === c.plain[c.firstLetter];
}

/**
 * `text.charCodeAt(i)`, with -1 (class `other`, like NaN) outside the text: an out-of-bounds read deoptimised the
 * matcher ("out of bounds" in --trace-deopt), and recompiling it costs more CPU than a bounds check.
 */
const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** True when the characters after a match end the name (see the boundary rules above). */
function acceptsEnd(c: Candidate, text: string, end: number): boolean {
  const next = classifyCode(codeAt(text, end));
  switch (c.endClass) {
    case 'word': return next !== 'word';
    case 'kana': return next !== 'kana';
    case 'hangul': return next !== 'hangul' || isKoreanSuffixAt(text, end);
    default: return true;
  }
}

function acceptsStart(text: string, i: number): boolean {
  const first = classifyCode(text.charCodeAt(i));
  if (first === 'han' || first === 'other') return true;
  const prev = classifyCode(codeAt(text, i - 1));
  // Latin glued to a Hangul word is part of a Korean name ("하이퍼클로바X", "카카오i"), not a company of its own.
  return prev !== first && !(first === 'word' && prev === 'hangul');
}

/** Every spelling the matcher indexes for one name: itself, and for Hangul with spaces the fused form. */
function spellingsOf(name: string): string[] {
  const out = [name];
  if (name.includes(' ') && /\p{Script=Hangul}/u.test(name)) out.push(name.replace(/ /g, ''));
  return out;
}

/**
 * Builds the `findMentions` function of a gazetteer over `entries`: leftmost-longest, non-overlapping matches
 * in text order; each start position walks at most the longest name, so the cost is linear in the text.
 * Earlier entries win ties between identical spellings.
 */
export function buildMentionFinder(entries: readonly OrgEntry[]): (text: string) => OrgMention[] {
  const root: TrieNode = { next: new Map() };
  // Folded code units some name starts with: one array read rules out most positions of a text.
  const startsName = new Uint8Array(0x10000);
  let longest = 0;
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const ambiguous = isAmbiguousName(entry, name);
      for (const spelling of spellingsOf(name)) {
        const dedupe = `${entry.id}\u0000${spelling}`;
        if (seen.has(dedupe) || spelling.trim() === '') continue;
        seen.add(dedupe);
        let node = root;
        for (let k = 0; k < spelling.length; k++) {
          const ch = foldCode(spelling.charCodeAt(k));
          let child = node.next.get(ch);
          if (!child) { child = { next: new Map() }; node.next.set(ch, child); }
          node = child;
        }
        (node.candidates ??= []).push(makeCandidate(entry, spelling, ambiguous));
        startsName[foldCode(spelling.charCodeAt(0))] = 1;
        longest = Math.max(longest, spelling.length);
      }
    }
  }

  return (text: string): OrgMention[] => {
    const out: OrgMention[] = [];
    let i = 0;
    while (i < text.length) {
      // Most positions start no name: an array read and the boundary check (inside a word, in English) rule
      // them out before any map lookup.
      const first = foldCode(text.charCodeAt(i));
      const firstNode = startsName[first] === 1 && acceptsStart(text, i) ? root.next.get(first) : undefined;
      let bestEnd = -1;
      let bestC: Candidate | undefined;
      if (firstNode) {
        let node: TrieNode | undefined = firstNode;
        for (let j = i; ;) {
          if (node.candidates) {
            for (const c of node.candidates) {
              if (acceptsCase(c, text, i, j + 1) && acceptsEnd(c, text, j + 1)) { bestEnd = j + 1; bestC = c; break; }
            }
          }
          j++;
          if (!(j < text.length && j - i < longest)) break;
          node = node.next.get(foldCode(text.charCodeAt(j)));
          if (!node) break;
        }
      }
      if (bestC) {
        out.push({
          start: i, end: bestEnd, text: text.slice(i, bestEnd),
          entry: bestC.entry, alias: bestC.name, ambiguous: bestC.ambiguous,
        });
        i = bestEnd;
      } else {
        i++;
      }
    }
    return out;
  };
}
