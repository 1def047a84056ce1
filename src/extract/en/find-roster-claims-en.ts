/** Roster sentences after a counted hiring ("hired five researchers … The new recruits are X; Y, who …; and Z"): one claim per listed person. */
import { findDatesEn } from './find-dates-en.ts';
import { personsIn } from './_clause-en.ts';
import { originInSubject } from './find-sides-en.ts';
import { sideOf, type DocState, type RawClaim, type Sentence, type Side } from './_doc-en.ts';

/** Verbs that open the list: "The new hires are …", "The recruits include …". */
const LIST_VERBS = new Set(['are', 'were', 'include', 'included', 'includes', 'including']);
/** Head nouns of the roster's subject: the counted people themselves. */
const GROUP_HEADS = new Set(['recruits', 'hires', 'additions', 'arrivals', 'newcomers', 'researchers', 'engineers', 'scientists', 'executives', 'people', 'members', 'staffers', 'group', 'five', 'four', 'three', 'six', 'seven', 'eight']);
/** How many sentences after the count a roster may come. */
const MAX_GAP = 3;

/** "hired four researchers from Google": the origin the counted hiring names for the whole group. */
function originOfCount(st: DocState, sentence: number, avoid: string): Side | null {
  const s = st.sentences[sentence];
  const o = s.mentions.orgs.find((x) => x.org !== avoid && s.tokens[x.tokStart - 1]?.lower === 'from');
  return o ? sideOf(o) : null;
}

/**
 * Claims for the people a roster sentence lists after a counted hiring: each goes to the hirer; its own item
 * ("former Google DeepMind researcher X", "X, who previously led … at Anthropic", "OpenAI's X") gives the origin,
 * the last organization named in the item (the most recent one). Items split on ";" when the list uses them, else on ",".
 * @example findRosterClaimsEn(st, s).map((c) => c.person)
 */
export function findRosterClaimsEn(st: DocState, s: Sentence): RawClaim[] {
  const frame = st.countFrame;
  if (!frame || !frame.to || s.idx <= frame.sentence || s.idx - frame.sentence > MAX_GAP) return [];
  const toks = s.tokens;
  // The subject: a group noun before the list verb, no person before it.
  let verb = -1;
  let head = false;
  for (let i = s.contentStart; i < Math.min(toks.length, s.contentStart + 30); i++) {
    if (s.personStart[i] >= 0) return [];
    if (GROUP_HEADS.has(toks[i].lower)) head = true;
    if (LIST_VERBS.has(toks[i].lower) && head && !s.quoted[i]) { verb = i; break; }
  }
  if (verb < 0) return [];
  const listed = personsIn(s, verb + 1, toks.length);
  if (listed.length < 2) return [];
  const sep = toks.some((t, i) => i > verb && t.text === ';') ? ';' : ',';
  const dates = findDatesEn(toks, s.contentStart, verb, st.published, false).filter((d) => d.value);
  const date = dates[0]?.value ?? frame.date;
  const groupFrom = frame.from ?? originOfCount(st, frame.sentence, frame.to.org);
  const out: RawClaim[] = [];
  let start = verb + 1;
  for (let k = verb + 1; k <= toks.length; k++) {
    // Items end at the separator; in a comma list, also at "and" ("X, Y and Z").
    if (k < toks.length && toks[k].text !== sep && !(sep === ',' && toks[k].lower === 'and')) continue;
    const person = personsIn(s, start, k).find((p) => !p.poss);
    if (person && !out.some((c) => c.person === person.name)) {
      const from = originInSubject(s, start, k, frame.to.org) ?? groupFrom;
      out.push({
        person: person.name, from, to: frame.to, fromExplicit: false, dates: date ? [{ value: date, kind: 'join' }] : [], back: false, weak: false,
        dateOnly: false, background: false, noFrom: false, sentence: s.idx, evidence: [{ start: s.start, end: s.end, text: st.text.slice(s.start, s.end) }],
        role: null, confidence: 0.75,
      });
    }
    start = k + 1;
  }
  return out;
}
