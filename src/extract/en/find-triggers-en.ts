/** The English trigger lexicon: words that state a move, with the role they give to the people and organizations around them. */
import type { Token } from './tokenize-en.ts';

/**
 * - depart: the subject leaves (object or "from" org = origin; "for" org = destination);
 * - join: the subject arrives (object or "at" org = destination; "from" org = origin);
 * - start: "started", a join when an organization follows, a founding when it is the direct object;
 * - found: the subject founds the object organization;
 * - hire: the subject organization takes the object person (weak ones, "named", "appointed", may be promotions);
 * - joinBy: passive hiring, "was hired by Meta";
 * - lose: the subject organization loses the object person ("to" org = destination).
 */
export type TriggerKind = 'depart' | 'join' | 'start' | 'found' | 'hire' | 'joinBy' | 'lose';

export interface Trigger {
  kind: TriggerKind;
  tokStart: number;
  tokEnd: number;
  /** A return to an earlier employer ("rejoined", "is back at", "brought back"). */
  back: boolean;
  /** A naming that may be internal ("named", "appointed"). */
  weak: boolean;
  /** Says only that someone went ("moved earlier this month", "was the first to go"): the sides must come from the article's framing. */
  bare?: boolean;
}

interface Pattern { kind: TriggerKind; words: string[]; back: boolean; weak: boolean; bare: boolean }

const table: Array<[TriggerKind, string, string?]> = [
  ['depart', 'left|leaves|leave|leaving|departed|departs|depart|departing|quit|quits|quitting|resigned|resigns|resign|resigning|exited'],
  ['depart', 'stepped down|steps down|step down|stepping down'],
  // Intransitive goings: in an article about one flow of people they tell that this person is part of it.
  ['depart', 'moved', 'bare'],
  ['join', 'joined|joins|join|joining|moved to|moves to|move to|moving to|moved over to|move over to|went to|goes to|headed to|heads to|is now at|now works at|now at|came to|comes to|signed with|signs with|defected to|defects to|landed at|lands at|started at|starts at|start at|starting at|followed * to|follows * to|follow * to|ended up at|jumped to|jumps to|jumped ship to|jumps ship to|switched to|switches to|decamped to|decamps to|hopped to|is headed to|will head|moved from|moves from|moving from|switched from|switches from|jumped from|jumps from|defected from|made the jump from|made the jump to|makes the jump from|makes the jump to|made the move from|made the move to|made the switch from|made the switch to|making the jump to|making the move to'],
  // "begins her new role at Mistral", "took up a post with Cohere": a new job at the organization that follows.
  ['join', 'begins ~ new role at|began ~ new role at|begin ~ new role at|starts ~ new role at|started ~ new role at|start ~ new role at|begins ~ new job at|began ~ new job at|starts ~ new job at|started ~ new job at|takes up ~ role at|took up ~ role at|takes up ~ post at|took up ~ post at|takes up ~ position at|took up ~ position at|begins ~ new position at|began ~ new position at'],
  // "came on board in March": a join with the destination left to the context.
  ['join', 'came on board|comes on board|coming on board|came aboard|comes aboard|coming aboard'],
  ['join', 'rejoined|rejoins|rejoin|rejoining|returned to|returns to|return to|returning to|is back at|back at|went back to|is returning to|headed back to|heading back to|came back to|boomeranged to', 'back'],
  ['start', 'started|starts|start|starting'],
  ['found', 'founded|co-founded|cofounded|launched|launch|launches|set up|sets up|co-found|found'],
  ['hire', 'hired|hires|hire|poached|poaches|poach|recruited|recruits|recruit|lured|lures|lure|added|adds|snapped up|snaps up|picked up|picks up|nabbed|nabs|signed|signs|brought on|brings on|landed|lands'],
  ['hire', 'brought back|brings back|bring back|rehired|rehires|rehire|re-hired|re-hires|welcomed back|welcomes back', 'back'],
  ['hire', 'tapped|taps|named|names|appointed|appoints|appoint|announced the appointment of|announces the appointment of|announced the hiring of|the appointment of|appointment of', 'weak'],
  ['joinBy', 'hired by|poached by|recruited by|lured by|tapped by|snapped up by|picked up by|named by|appointed by'],
  // "to become chief executive of Harbor Labs": a destination, but as likely an internal step, so weak.
  ['joinBy', 'become|became|becomes|becoming', 'weak'],
  ['lose', 'lost|loses|lose|losing|fired|fires|ousted|ousts|dismissed|dismisses|sacked|let go'],
];

const NOT_BARE_MOVE = new Set(['on', 'into', 'up', 'back', 'forward', 'ahead', 'away', 'in', 'out', 'quickly', 'swiftly', 'fast', 'closer', 'toward', 'towards', 'as', 'with', 'across', 'between', 'within', 'inside', 'under', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'some', 'several']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);
const PRONOUN_SLOT = new Set(['her', 'him', 'them', 'us', 'me']);

// Patterns indexed by their first word; longest first so "moved over to" wins over "moved".
const byFirst = new Map<string, Pattern[]>();
for (const [kind, alts, flag] of table) {
  for (const alt of alts.split('|')) {
    const words = alt.split(' ');
    const p: Pattern = { kind, words, back: flag === 'back', weak: flag === 'weak', bare: flag === 'bare' };
    const list = byFirst.get(words[0]) ?? [];
    list.push(p);
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(words[0], list);
  }
}

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'latest', 'last', 'newest']);
const GOING_VERBS = new Set(['go', 'leave', 'depart', 'exit', 'quit', 'defect']);

/** "the first to go", "the latest to leave", "the third to depart": the end of the phrase at `i`, or -1. */
function ordinalGoingAt(tokens: Token[], i: number): number {
  if (tokens[i].lower !== 'the' || !ORDINALS.has(tokens[i + 1]?.lower ?? '') || tokens[i + 2]?.lower !== 'to') return -1;
  const verb = tokens[i + 3]?.lower ?? '';
  if (GOING_VERBS.has(verb)) return i + 4;
  return verb === 'jump' && tokens[i + 4]?.lower === 'ship' ? i + 5 : -1;
}

/** True when `word` can start a trigger (used to keep trigger words out of names). */
export const isTriggerWord = (word: string) => byFirst.has(word);

function matchAt(tokens: Token[], i: number, p: Pattern): number {
  let j = i;
  for (const w of p.words) {
    if (j >= tokens.length) return -1;
    if (w === '~') {
      // A determiner slot: "begins her new role", "took up a role".
      if (!DETERMINERS.has(tokens[j].lower)) return -1;
      j++;
      continue;
    }
    if (w === '*') {
      if (PRONOUN_SLOT.has(tokens[j].lower)) j++;
      continue;
    }
    if (tokens[j].lower !== w) return -1;
    j++;
  }
  return j;
}

/**
 * Finds trigger phrases in `tokens`; a passive auxiliary before a hiring verb ("was hired by") makes it `joinBy`.
 * @example findTriggersEn(tokenizeEn('Voss left OpenAI', 0, 16))[0].kind // 'depart'
 */
export function findTriggersEn(tokens: Token[]): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const going = ordinalGoingAt(tokens, i);
    if (going > 0) {
      out.push({ kind: 'depart', tokStart: i, tokEnd: going, back: false, weak: false, bare: true });
      i = going - 1;
      continue;
    }
    const list = byFirst.get(tokens[i].lower);
    if (!list || tokens[i].kind !== 'word') continue;
    // "the start of October", "a return", "his hire": nouns, not verbs.
    if (DETERMINERS.has(tokens[i - 1]?.lower ?? '') && list[0].words[0] !== 'the') continue;
    for (const p of list) {
      const end = matchAt(tokens, i, p);
      if (end < 0) continue;
      // "people left behind", "the left", "left-wing": not departures.
      if (tokens[i].lower === 'left' && (tokens[end]?.lower === 'behind' || tokens[i - 1]?.lower === 'the')) break;
      // "moved on", "moved quickly to hire", "moved into a new role": not a departure.
      if (p.bare && p.words.length === 1 && NOT_BARE_MOVE.has(tokens[end]?.lower ?? '')) break;
      const trig: Trigger = { kind: p.kind, tokStart: i, tokEnd: end, back: p.back, weak: p.weak };
      if (p.bare) trig.bare = true;
      out.push(trig);
      i = end - 1;
      break;
    }
  }
  return out;
}
