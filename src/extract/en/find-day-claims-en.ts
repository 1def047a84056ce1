/** Dates stated about a person's job change without a move verb: "her last day … was in mid-March", "Last Friday was my first day", "Nakamura's departure was effective on October 2". */
import { findDatesEn, type DateDirection } from './find-dates-en.ts';
import type { DateKind, DocState, RawClaim, Sentence } from './_doc-en.ts';

const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'their', 'my']);
const FUTURE_WORDS = new Set(['is', 'will', "'s", 'be', 'starts', 'begins']);
/** Nouns that date a departure or an arrival when a person owns them. */
const DAY_NOUNS = new Map<string, DateKind>([['departure', 'depart'], ['exit', 'depart'], ['resignation', 'depart']]);
const DAY_PHRASES = new Map<string, DateKind>([['last day', 'depart'], ['final day', 'depart'], ['first day', 'join'], ['start date', 'join']]);
/** First words of DAY_PHRASES: every other token is ruled out without building the two-word key. */
const DAY_PHRASE_FIRSTS = new Set([...DAY_PHRASES.keys()].map((p) => p.slice(0, p.indexOf(' '))));
/** How far (in tokens) from the noun the date may sit. */
const REACH = 20;

/** The person who owns the noun at `at`: "X's exit", or "her exit" for the sentence's or a recent sentence's subject, or "my" for the author. */
function ownerOf(st: DocState, s: Sentence, at: number): string | null {
  const p = s.persons.find((x) => x.poss && x.tokEnd === at && !s.quoted[x.tokStart]);
  if (p) return p.name;
  const pron = s.tokens[at - 1]?.lower ?? '';
  if (!POSSESSIVE_PRONOUNS.has(pron)) return null;
  if (pron === 'my') return st.author ?? null;
  for (let k = s.persons.length - 1; k >= 0; k--) if (s.persons[k].tokEnd <= at && !s.quoted[s.persons[k].tokStart]) return s.persons[k].name;
  for (let j = s.idx - 1; j >= Math.max(0, s.idx - 3); j--) {
    const subj = st.subjects[j];
    if (subj?.length) return subj.length === 1 || pron === 'their' ? subj[0] : null;
  }
  return null;
}

/** The noun (or two-word phrase) at token `i` and the kind of date it gives, with the index after it. */
function dayNounAt(s: Sentence, i: number): { kind: DateKind; end: number } | null {
  const l = s.tokens[i].lower;
  const phrase = i + 1 < s.tokens.length && DAY_PHRASE_FIRSTS.has(l) ? DAY_PHRASES.get(`${l} ${s.tokens[i + 1].lower}`) : undefined;
  if (phrase) return { kind: phrase, end: i + 2 };
  const noun = DAY_NOUNS.get(l);
  return noun ? { kind: noun, end: i + 1 } : null;
}

/**
 * Date-only claims for a person's "last day", "first day", "start date", "departure", "exit" or "resignation" with a date
 * after it ("was in mid-March") or before it ("Last Friday was my first day"); they date the person's move, never make one.
 * @example findDayClaimsEn(st, sentence) // [{ person: 'Jia Wen', dateOnly: true, dates: [{ value: '2026-03', kind: 'depart' }], … }]
 */
export function findDayClaimsEn(st: DocState, s: Sentence): RawClaim[] {
  for (let i = s.contentStart; i < s.tokens.length; i++) {
    if (s.quoted[i]) continue;
    const noun = dayNounAt(s, i);
    if (!noun) continue;
    const person = ownerOf(st, s, i);
    if (!person) continue;
    const end = Math.min(s.tokens.length, noun.end + REACH);
    const words = s.tokens.slice(noun.end, end);
    const direction: DateDirection = words.some((t) => FUTURE_WORDS.has(t.lower)) ? 'future' : words.some((t) => t.lower === 'effective') ? 'near' : 'past';
    let date = findDatesEn(s.tokens, noun.end, end, st.published, direction).find((d) => d.value);
    // "Last Friday was my first day": the date is the subject of the copula before the noun.
    if (!date && ['was', 'is'].includes(s.tokens[i - 2]?.lower ?? '')) {
      date = findDatesEn(s.tokens, Math.max(s.contentStart, i - 2 - 6), i - 2, st.published, s.tokens[i - 2].lower === 'is' ? 'near' : 'past').pop();
    }
    if (!date?.value) continue;
    return [{
      person, from: null, to: null, fromExplicit: false, dates: [{ value: date.value, kind: noun.kind }], back: false, weak: false,
      dateOnly: true, background: false, noFrom: false, sentence: s.idx, evidence: [{ start: s.start, end: s.end, text: st.text.slice(s.start, s.end) }],
      role: null, confidence: 0.7,
    }];
  }
  return [];
}
