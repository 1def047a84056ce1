/** Organization and name mentions in one English sentence: gazetteer matches, product owners, unknown organizations by suffix, capitalised name runs. */
import type { Gazetteer, OrgMention } from '../../orgs/index.ts';
import type { Token } from './tokenize-en.ts';
import { isTriggerWord } from './find-triggers-en.ts';
import {
  CALENDAR_WORDS, FUNCTION_WORDS, MONTHS, ORG_SUFFIXES, ORG_WORDS, PLACES, PRODUCT_OWNERS, TITLE_HEADS, TITLE_TAILS, TITLE_WORDS, WEEKDAYS,
} from './_lexicon-en.ts';

/** An organization mentioned in a sentence, already resolved to its top-level name. */
export interface OrgRef {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  /** Canonical top-level name, or the cleaned name as written when no gazetteer knows it. */
  org: string;
  team: string | null;
  verified: boolean;
  mention: string;
  poss: boolean;
  /** Known only through a product or unit it owns ("Gemini" → Google). */
  product?: boolean;
}

/** A capitalised run that may be a person's name. */
export interface NameRun {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  parts: string[];
  poss: boolean;
  /** The run starts the sentence, so its first word may be an ordinary capitalised word. */
  initial: boolean;
}

export interface SentenceMentions {
  orgs: OrgRef[];
  names: NameRun[];
  /** For each token, the index into `orgs` of the organization covering it, or -1. */
  orgAt: number[];
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'bin', 'al', 'dos', 'das', 'ter', 'ten', 'y', 'e']);
const MAX_NAME_TOKENS = 4;

// Every word that is capitalised but never part of a person's name, in one set for a single lookup per token.
const NOT_NAME = new Set<string>([
  ...FUNCTION_WORDS, ...TITLE_WORDS, ...ORG_SUFFIXES, ...ORG_WORDS, ...MONTHS.keys(), ...WEEKDAYS.keys(), ...CALENDAR_WORDS, ...PLACES,
  ...PRODUCT_OWNERS.keys(),
]);
// First words of two-word product names ("superintelligence labs"), so single words skip the pair lookup.
const PRODUCT_FIRST = new Set([...PRODUCT_OWNERS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

/** True for a word that could be part of a person's name. */
export function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !t.cap || t.text.length < 2) return false;
  const l = t.lower;
  if (NOT_NAME.has(l) || isTriggerWord(l)) return false;
  // All capitals (AI, SEOUL, CONFIRMED) or inner capitals (ChatGPT, HyperCLOVA) are acronyms, headings or brands.
  let uppers = 0;
  let lowers = 0;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text[i];
    if (c === '-' || c === '\'' || c === '’') { i++; continue; }
    if (c !== c.toLowerCase()) uppers++;
    else if (c !== c.toUpperCase()) lowers++;
  }
  if (lowers === 0) return false;
  if (uppers > 1 && !/^(Mc|Mac|De|Le|La|Di|Du|Van|Von)\p{Lu}/u.test(t.text)) return false;
  return true;
}

// "Google DeepMind", "Samsung Research": an alias naming a unit of the top-level organization.
const UNIT_END_RE = /(?:Research|Brain|DeepMind|Labs?|AI|Cloud)$/;
function unitName(mention: string, top: string): string | null {
  if (mention === top || !UNIT_END_RE.test(mention)) return null;
  return mention === 'DeepMind' ? 'Google DeepMind' : mention;
}

const orgLookupName = (gaz: Gazetteer, name: string) => {
  const e = gaz.lookup(name);
  return e ? gaz.topLevel(e).name : name;
};

interface Acc { text: string; tokens: Token[]; orgs: OrgRef[]; orgAt: number[] }

function isNameAt(nameWord: number[], i: number): boolean {
  return i >= 0 && i < nameWord.length && nameWord[i] === 1;
}

function addOrgRef(acc: Acc, a: number, b: number, org: string, team: string | null, verified: boolean): OrgRef {
  const { text, tokens, orgs, orgAt } = acc;
  const last = tokens[b - 1];
  const ref: OrgRef = {
    tokStart: a, tokEnd: b, start: tokens[a].start, end: last.end, org, team, verified,
    mention: text.slice(tokens[a].start, last.poss ? last.end - 2 : last.end).replace(/['’]$/, ''), poss: last.poss,
  };
  orgs.push(ref);
  for (let i = a; i < b; i++) orgAt[i] = orgs.length - 1;
  return ref;
}

/**
 * Finds organizations and candidate names in the tokens of one sentence.
 * `gazMentions` are the gazetteer's matches that fall inside the sentence, in order.
 */
export function findMentionsEn(text: string, tokens: Token[], gazMentions: OrgMention[], gaz: Gazetteer): SentenceMentions {
  const n = tokens.length;
  // Plain arrays: small typed arrays cost more to allocate than they save, one pair per sentence.
  const orgAt: number[] = new Array(n).fill(-1);
  const nameWord: number[] = new Array(n).fill(0);
  for (let i = 0; i < n; i++) if (tokens[i].cap && isNameWord(tokens[i])) nameWord[i] = 1;
  // "He Mingjie", "He Wei": the family name He, not the pronoun, when a given name follows at once.
  for (let i = 0; i + 1 < n; i++) if (tokens[i].text === 'He' && nameWord[i + 1] && !tokens[i].poss && tokens[i + 1].end - tokens[i].end <= tokens[i + 1].text.length + 1) nameWord[i] = 1;
  const orgs: OrgRef[] = [];
  const acc: Acc = { text, tokens, orgs, orgAt };
  // Plain helpers over `acc` rather than closures: this runs for every sentence.
  const isName = isNameAt.bind(null, nameWord);
  const addOrg = addOrgRef.bind(null, acc);

  // Gazetteer matches, mapped onto tokens with one forward pointer.
  let ti = 0;
  for (const m of gazMentions) {
    while (ti < n && tokens[ti].end <= m.start) ti++;
    let tj = ti;
    while (tj < n && tokens[tj].start < m.end) tj++;
    // "HyperCLOVA X", "Steve Harvey": a short or one-word name glued to a capitalised word belongs to that word's name.
    const glued = tj === ti + 1 && ti > 0 && tokens[ti - 1].kind === 'word' && tokens[ti - 1].cap && !tokens[ti - 1].poss && orgAt[ti - 1] < 0
      && (m.text.length <= 2 || isName(ti - 1));
    if (tj > ti && tokens[ti].start === m.start && !glued) {
      const top = gaz.topLevel(m.entry);
      const team = m.entry.parent ? m.entry.name : unitName(m.text, top.name);
      addOrg(ti, tj, top.name, team, true);
    }
  }

  // Products and units with a known owner ("Gemini", "FAIR", "Superintelligence Labs").
  for (let i = 0; i < n; i++) {
    if (orgAt[i] >= 0 || tokens[i].kind !== 'word' || !tokens[i].cap) continue;
    const two = i + 1 < n && PRODUCT_FIRST.has(tokens[i].lower) ? `${tokens[i].lower} ${tokens[i + 1].lower}` : '';
    let owner = two ? PRODUCT_OWNERS.get(two) : undefined;
    let len = 2;
    if (!owner || orgAt[i + 1] >= 0 || !tokens[i + 1].cap) { owner = PRODUCT_OWNERS.get(tokens[i].lower); len = 1; }
    if (!owner) continue;
    // "Claude Shannon": a product word followed by a name word is a person.
    if (len === 1 && isName(i + 1) && !tokens[i].poss) continue;
    const team = text.slice(tokens[i].start, tokens[i + len - 1].poss ? tokens[i + len - 1].end - 2 : tokens[i + len - 1].end);
    addOrg(i, i + len, orgLookupName(gaz, owner), team, true).product = true;
  }

  // Unknown organizations: a capitalised run that ends in an organization suffix ("Cobalt Labs", "Kestrel Capital").
  for (let i = 0; i < n; i++) {
    if (orgAt[i] >= 0 || !tokens[i].cap || tokens[i].kind !== 'word' || FUNCTION_WORDS.has(tokens[i].lower)) continue;
    let j = i;
    let lastSuffix = -1;
    while (j < n && j - i < 8 && orgAt[j] < 0) {
      const t = tokens[j];
      const joiner = (t.text === '&' || t.lower === 'of') && j + 1 < n && tokens[j + 1].cap;
      if (!(t.kind === 'word' && t.cap) && !joiner) break;
      if (t.kind === 'word' && ORG_SUFFIXES.has(t.lower) && (j > i || (j + 2 < n && tokens[j + 1].lower === 'of'))) lastSuffix = j;
      j++;
      if (t.poss) break;
    }
    // "San Francisco AI lab": a place before the suffix names a location, not a company.
    if (lastSuffix >= 0 && tokens.slice(i, lastSuffix).every((t) => PLACES.has(t.lower))) lastSuffix = -1;
    // "Chief Technology Officer", "Head of Research", "AI Research Scientist": a job title, never an organization.
    if (lastSuffix >= 0 && (TITLE_HEADS.has(tokens[i].lower) || TITLE_TAILS.has(tokens[lastSuffix + 1]?.lower ?? ''))) lastSuffix = -1;
    if (lastSuffix >= 0) {
      let end = lastSuffix + 1;
      if (ORG_SUFFIXES.has(tokens[i].lower) && tokens[i + 1]?.lower === 'of') end = Math.max(end, Math.min(j, i + 3));
      const prev = i > 0 ? orgAt[i - 1] : -1;
      const name = text.slice(tokens[i].start, tokens[end - 1].poss ? tokens[end - 1].end - 2 : tokens[end - 1].end).replace(/['’]$/, '');
      if (prev >= 0 && orgs[prev].poss && orgs[prev].verified) {
        // "Meta's Superintelligence Labs" is a unit of Meta.
        const owner = orgs[prev];
        owner.team = name;
        owner.tokEnd = end;
        owner.end = tokens[end - 1].end;
        owner.poss = tokens[end - 1].poss;
        for (let k = i; k < end; k++) orgAt[k] = prev;
      } else {
        const known = gaz.lookup(name);
        addOrg(i, end, known ? gaz.topLevel(known).name : name, null, !!known);
      }
      i = end - 1;
    } else {
      i = Math.max(i, j - 1);
    }
  }

  // Keep organizations in text order, so "first" and "nearest" mean what they say.
  orgs.sort((x, y) => x.tokStart - y.tokStart);
  orgAt.fill(-1);
  orgs.forEach((o, k) => { for (let i = o.tokStart; i < o.tokEnd; i++) orgAt[i] = k; });

  // Name runs: 2–4 capitalised name words (particles allowed inside), not covered by an organization.
  const names: NameRun[] = [];
  let firstWord = 0;
  while (firstWord < n && tokens[firstWord].kind !== 'word') firstWord++;
  for (let i = 0; i < n; i++) {
    if (orgAt[i] >= 0 || !isName(i)) continue;
    let j = i;
    const idx: number[] = [];
    while (j < n && orgAt[j] < 0) {
      const t = tokens[j];
      if (isName(j)) {
        idx.push(j);
        j++;
        if (t.poss) break;
        continue;
      }
      if (t.kind === 'word' && PARTICLES.has(t.text) && idx.length > 0 && isName(j + 1) && orgAt[j + 1] < 0) { j++; continue; }
      // A middle initial: "John A. Smith".
      if (idx.length > 0 && t.kind === 'word' && t.text.length === 1 && t.cap && tokens[j + 1]?.text === '.' && isName(j + 2)) { j += 2; continue; }
      break;
    }
    if (idx.length === 0) { continue; }
    const last = idx[idx.length - 1];
    if (idx.length <= MAX_NAME_TOKENS) {
      names.push({
        tokStart: i, tokEnd: last + 1, start: tokens[i].start, end: tokens[last].end,
        parts: tokens.slice(i, last + 1).filter((t) => t.kind === 'word' && t.text.length > 1).map((t) => t.text),
        poss: tokens[last].poss, initial: i === firstWord,
      });
    }
    i = last;
  }
  return { orgs, names, orgAt };
}

/** Adds an organization recognised from context to a sentence's mentions (kept in text order); `org` names it when the mention is a short form. */
export function addContextOrg(text: string, tokens: Token[], m: SentenceMentions, a: number, b: number, org?: string): void {
  const last = tokens[b - 1];
  const mention = text.slice(tokens[a].start, last.poss ? last.end - 2 : last.end).replace(/['’]$/, '');
  m.orgs.push({ tokStart: a, tokEnd: b, start: tokens[a].start, end: last.end, org: org ?? mention, team: null, verified: false, mention, poss: last.poss });
  m.orgs.sort((x, y) => x.tokStart - y.tokStart);
  m.orgAt.fill(-1);
  m.orgs.forEach((o, k) => { for (let i = o.tokStart; i < o.tokEnd; i++) m.orgAt[i] = k; });
}
