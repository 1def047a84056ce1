/** Hangul-only foreign names with no title or clause before them, read from their place as the subject of a move verb ("… 뒤 케빈 브래드쇼가 메타로 옮겼다"). */
import { isTitleWord, LEAD_WORDS, NOT_NAME_WORDS, PERSON_NOUNS, SUBJECT_PARTICLES } from './ko-lexicon.ts';
import { matchTrigger } from './find-events-ko.ts';
import type { KoOrgMention } from './find-orgs-ko.ts';
import { isHangulWord, tokenParts, type Token } from './tokenize-ko.ts';


/** Word endings of Korean nouns and verb forms that transliterated names rarely have. */
const NOUNISH_END = /[적성화가회력감류권층계별급용품들측쪽용팀부실원장님씨]$/;
const VERB_END = /(했|한|할|된|될|던|는|해|하고|하며|으며|지만|는데|면서|다|고|며|서|게|기|음|함|됨|듯|히|이|께|적)$/;
const PERSON_NOUN_SET = new Set(PERSON_NOUNS);

/** A word that can be part of a transliterated name: Hangul, short, not a common word, title, organization or verb form. */
function isNameWord(w: string, min: number, max: number): boolean {
  return w.length >= min && w.length <= max && isHangulWord(w) && !NOT_NAME_WORDS.has(w) && !LEAD_WORDS.has(w) && !isTitleWord(w)
    && !PERSON_NOUN_SET.has(w) && !NOUNISH_END.test(w) && !(w.length > 1 && VERB_END.test(w));
}

const NO_ORGS = new Map<number, KoOrgMention>();
const MOVER_KINDS = new Set(['join', 'leave', 'move', 'found', 'return', 'hired']);

/**
 * Finds "A B가 … (move verb)": two Hangul words as the subject of a move verb later in the same clause, each shaped
 * like a transliterated name, whose last word the text also uses alone ("슐먼은").
 * @example findSubjectNamesKo(tokens, …) // ['존 슐먼'] for "1년 만에 존 슐먼이 회사를 떠났다. 슐먼은 …"
 */
export function findSubjectNamesKo(
  tokens: Token[],
  orgTokenMask: Uint8Array,
  sentenceOfToken: Int32Array,
  triggerTokens: number[],
  isKnown: (name: string) => boolean,
): string[] {
  const out: string[] = [];
  let stems: Map<string, number> | null = null;
  let t = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const b = tokens[i + 1];
    const { stem, particle } = tokenParts(b);
    if (!SUBJECT_PARTICLES.has(particle)) continue;
    const a = tokens[i];
    if (b.start - a.end !== 1 || orgTokenMask[i] || orgTokenMask[i + 1] || a.next !== ' ') continue;
    if (!isNameWord(a.text, 1, 4) || !isNameWord(stem, 2, 5) || a.text.length + stem.length < 3) continue;
    // The move verb follows in the same clause, with no other subject between.
    while (t < triggerTokens.length && triggerTokens[t] <= i + 1) t++;
    const trig = triggerTokens[t];
    if (trig === undefined || trig - (i + 1) > 8 || sentenceOfToken[trig] !== sentenceOfToken[i + 1]) continue;
    let clear = true;
    for (let k = i + 2; k < trig && clear; k++) {
      const p = tokenParts(tokens[k]).particle;
      if (SUBJECT_PARTICLES.has(p) || /(다|고|며|는데|지만|으나)$/.test(tokens[k].text)) clear = false;
    }
    const hit = clear ? matchTrigger(tokens, trig, NO_ORGS, true) : null;
    if (!hit || !MOVER_KINDS.has(hit.kind) || hit.nominal) continue;
    const name = `${a.text} ${stem}`;
    if (isKnown(name) || isKnown(stem)) continue;
    // Shape alone does not tell "케빈 브래드쇼" from "유명 유튜버" (both mostly open syllables): the last word must stand
    // alone elsewhere too ("브래드쇼는", "브래드쇼 연구원"), the way news refers back to a person by surname.
    stems ??= countStems(tokens);
    if ((stems.get(stem) ?? 0) < 2) continue;
    out.push(name);
  }
  return out;
}

/** How often each stem stands as a whole token ("슐먼은", "슐먼"), for confirming surnames. */
function countStems(tokens: Token[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) {
    const s = tokenParts(t).stem;
    m.set(s, (m.get(s) ?? 0) + 1);
  }
  return m;
}
