/** Reads an English text into analysed sentences: tokens, organizations, triggers, and people resolved across the document. */
import type { Gazetteer } from '../../orgs/index.ts';
import { segmentSentences } from '../common/segment-sentences.ts';
import { tokenizeEn, type Token } from './tokenize-en.ts';
import { addContextOrg, findMentionsEn, type NameRun } from './find-mentions-en.ts';
import { findTriggersEn } from './find-triggers-en.ts';
import { markShortOrgNamesEn } from './mark-short-org-names-en.ts';
import { markOrgLikeNamesEn } from './mark-org-like-names-en.ts';
import type { PersonMention, Sentence } from './_doc-en.ts';
import { BULLETS, MONTHS } from './_lexicon-en.ts';

const ORG_ROLE_FOLLOWERS = new Set(['former', 'chief', 'top', 'head', 'ceo', 'cto', 'cfo', 'coo', 'president', 'founder', 'co-founder', 'cofounder', 'senior', 'lead', 'vice', 'director', 'general', 'engineering', 'research', 'ai', 'longtime', 'long-time', 'veteran', 'principal', 'staff']);
const ALIAS_AFTER_RE = /^\s?[(（]([^()（）]{1,30})[)）]/;
const NON_LATIN_RE = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}]/u;

export interface ReadDocument {
  sentences: Sentence[];
  /** Other-script forms of each person's name ("이서연" for "Lee Seo-yeon"). */
  aliases: Map<string, Set<string>>;
}

/** For each token of a sentence, whether it lies inside quotation marks; `state.open` carries an open quote to the next sentence of the paragraph. */
function markQuoted(tokens: Token[], state: { open: boolean }): number[] {
  const quoted: number[] = new Array(tokens.length).fill(0);
  let open = state.open;
  let k = 0;
  // Walk the tokens, flipping the state at each quotation mark: straight quotes toggle, curly ones open and close.
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      const c = t.text;
      if (c === '“') { open = true; quoted[k] = 1; continue; }
      if (c === '”') { quoted[k] = 1; open = false; continue; }
      if (c === '"') { quoted[k] = 1; open = !open; continue; }
    }
    if (open) quoted[k] = 1;
  }
  state.open = open;
  return quoted;
}

/** Whether `word` (lower case) occurs somewhere in `text` in lower case as a whole word. */
function occursLowerCase(text: string, word: string): boolean {
  const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 0x80;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isWordChar(text.charCodeAt(i - 1)) && !isWordChar(text.charCodeAt(i + word.length))) return true;
  }
  return false;
}

/** Where the content of a sentence starts: after a bullet mark, or after a wire dateline ("SEOUL —", "SAN FRANCISCO, Aug 5 (Wire) -"). */
function contentStartOf(tokens: Token[]): number {
  let i = 0;
  if (tokens[0] && tokens[0].kind === 'punct' && BULLETS.has(tokens[0].text)) i = 1;
  const t = tokens[i];
  if (t && t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text)) {
    for (let k = i + 1; k < Math.min(tokens.length, i + 25); k++) {
      const x = tokens[k];
      if (x.kind === 'punct' && (x.text === '—' || x.text === '–' || x.text === '-') && tokens[k - 1].kind !== 'word') {
        let e = k + 1;
        while (tokens[e] && tokens[e].kind === 'punct' && (tokens[e].text === '-' || tokens[e].text === '—')) e++;
        return skipWireTail(tokens, e);
      }
      if (x.kind === 'punct' && (x.text === '—' || x.text === '–')) return k + 1;
      if (x.kind === 'word' && x.text !== x.text.toUpperCase() && k === i + 1) break;
    }
  }
  return i;
}

/** After "TORONTO--": a wire name in parentheses and a date closed by dashes ("(BUSINESS WIRE)--June 2, 2026--"). */
function skipWireTail(tokens: Token[], e: number): number {
  if (tokens[e]?.text !== '(') return e;
  let k = e + 1;
  while (k < Math.min(tokens.length, e + 6) && tokens[k].text !== ')') k++;
  if (tokens[k]?.text !== ')') return e;
  k++;
  const dashes = (i: number) => { let j = i; while (tokens[j] && (tokens[j].text === '-' || tokens[j].text === '—' || tokens[j].text === '–')) j++; return j; };
  let j = dashes(k);
  if (j === k) return e;
  // A date, then dashes again.
  for (let m = j; m < Math.min(tokens.length, j + 8); m++) {
    const t = tokens[m];
    if (t.text === '-' || t.text === '—' || t.text === '–') return dashes(m);
    if (!(t.kind === 'num' || t.text === ',' || t.text === '.' || MONTHS.has(t.lower))) break;
  }
  return j;
}

/** A title-case line: most of its words capitalised. */
function isHeadline(s: Sentence): boolean {
  const last = s.tokens[s.tokens.length - 1];
  if (!last || ['.', '!', '?', '"', '”', ':', ';', ','].includes(last.text) || s.contentStart > 0) return false;
  let words = 0;
  let caps = 0;
  s.tokens.forEach((t, i) => { if (t.kind === 'word' && t.text.length > 3 && s.mentions.orgAt[i] < 0) { words++; if (t.cap) caps++; } });
  return words >= 3 && caps / words >= 0.6;
}

function addToIndex(m: Map<string, Set<string>>, key: string, name: string): void {
  const set = m.get(key) ?? new Set<string>();
  set.add(name);
  m.set(key, set);
}

/** Builds the document's person index: full names, their shorter variants, and surname / given-name lookups. */
function indexNames(text: string, runs: Array<{ run: NameRun; sent: number }>, headline: (sent: number) => boolean) {
  // Looked up only for the few sentence-initial runs, so the whole text is not hashed word by word.
  const lowerSeen = new Map<string, boolean>();
  const seenLower = (w: string) => {
    let v = lowerSeen.get(w);
    if (v === undefined) { v = lowerSeen.size < 64 && occursLowerCase(text, w); lowerSeen.set(w, v); }
    return v;
  };
  const full = new Map<string, string>();
  const trimmed = runs.map(({ run, sent }) => {
    let parts = run.parts;
    // "Meanwhile Julian Voss": a sentence-initial common word is not part of the name.
    if (run.initial && parts.length >= 2 && parts[0] !== 'He' && seenLower(parts[0].toLowerCase())) parts = parts.slice(1);
    return { run, sent, parts };
  });
  // In title-case headlines every word is capitalised ("Sources Say Engineer Quits"), so their names must be confirmed by the body.
  const bodyNames = new Set(trimmed.filter((r) => r.parts.length >= 2 && !headline(r.sent)).map((r) => r.parts.join(' ')));
  for (const r of trimmed) {
    if (!headline(r.sent) || r.parts.length < 2 || bodyNames.has(r.parts.join(' '))) continue;
    const k = r.parts.findIndex((_, i) => bodyNames.has(r.parts.slice(i).join(' ')));
    r.parts = k > 0 ? r.parts.slice(k) : [];
  }
  const fulls = trimmed.filter((r) => r.parts.length >= 2).map((r) => r.parts.join(' '));
  // Longest forms first, so "Sofia Reyes" maps onto "Ana Sofia Reyes".
  const byLength = [...new Set(fulls)].sort((a, b) => b.split(' ').length - a.split(' ').length);
  const suffixOf = new Map<string, string>();
  for (const name of byLength) {
    if (suffixOf.has(name)) { full.set(name, suffixOf.get(name)!); continue; }
    full.set(name, name);
    const parts = name.split(' ');
    for (let k = 1; k <= parts.length - 2; k++) {
      const suffix = parts.slice(k).join(' ');
      if (!suffixOf.has(suffix)) suffixOf.set(suffix, name);
    }
  }
  const lastIdx = new Map<string, Set<string>>();
  const firstIdx = new Map<string, Set<string>>();
  for (const canon of new Set(full.values())) {
    const parts = canon.split(' ');
    addToIndex(lastIdx, parts[parts.length - 1].toLowerCase(), canon);
    addToIndex(firstIdx, parts[0].toLowerCase(), canon);
  }
  return { trimmed, full, lastIdx, firstIdx };
}

/**
 * Splits, tokenizes and annotates a text; people are resolved over the whole document (a surname takes its full name).
 * @example readSentencesEn('Jane Doe left Google. Doe joined Meta.', gazetteer).sentences[1].persons[0].name // 'Jane Doe'
 */
export function readSentencesEn(text: string, gazetteer: Gazetteer): ReadDocument {
  const spans = segmentSentences(text);
  const gazAll = gazetteer.findMentions(text);
  const quoteState = { open: false, block: -1 };

  // Pass 1: tokens, organizations, name runs and triggers of every sentence.
  const sentences: Sentence[] = [];
  const runs: Array<{ run: NameRun; sent: number }> = [];
  let gi = 0;
  for (const sp of spans) {
    const tokens = tokenizeEn(text, sp.start, sp.end);
    while (gi < gazAll.length && gazAll[gi].start < sp.start) gi++;
    let gj = gi;
    while (gj < gazAll.length && gazAll[gj].end <= sp.end) gj++;
    const mentions = findMentionsEn(text, tokens, gazAll.slice(gi, gj), gazetteer);
    gi = gj;
    // Quotes close at paragraph ends.
    if (sp.block !== quoteState.block) { quoteState.open = false; quoteState.block = sp.block; }
    const quoted = markQuoted(tokens, quoteState);
    const idx = sentences.length;
    for (const run of mentions.names) runs.push({ run, sent: idx });
    sentences.push({ idx, start: sp.start, end: sp.end, line: sp.block, tokens, contentStart: contentStartOf(tokens), mentions, persons: [], personStart: [], triggers: findTriggersEn(tokens), quoted });
  }

  markOrgLikeNamesEn(text, sentences, runs);
  markShortOrgNamesEn(text, sentences, runs);

  // Pass 2: people. Full names stand for themselves; a lone surname or given name takes the nearest full name it belongs to.
  const headlines = sentences.map(isHeadline);
  const names = indexNames(text, runs, (i) => headlines[i]);
  const lastSeen = new Map<string, number>();
  const aliases = new Map<string, Set<string>>();
  for (const { run, sent, parts } of names.trimmed) {
    const s = sentences[sent];
    // A run now known to be an organization's short form ("Helix") names no one.
    if (s.mentions.orgAt[run.tokStart] >= 0) continue;
    let name: string | undefined;
    let single = false;
    if (parts.length >= 2) name = names.full.get(parts.join(' '));
    else if (parts.length === 1) {
      const key = parts[0].toLowerCase();
      const cands = names.lastIdx.get(key) ?? names.firstIdx.get(key);
      if (cands) {
        single = true;
        name = cands.size === 1 ? [...cands][0] : [...cands].sort((a, b) => (lastSeen.get(b) ?? -1) - (lastSeen.get(a) ?? -1))[0];
      }
    }
    if (!name) {
      // "Shopify's former CTO": an unknown possessive word before a title is an organization.
      const next = s.tokens[run.tokEnd]?.lower ?? '';
      if (parts.length === 1 && run.poss && ORG_ROLE_FOLLOWERS.has(next)) addContextOrg(text, s.tokens, s.mentions, run.tokStart, run.tokEnd);
      continue;
    }
    lastSeen.set(name, run.start);
    // "Lee Seo-yeon (이서연)": the same name in another script.
    if (parts.length >= 2) {
      const m = ALIAS_AFTER_RE.exec(text.slice(run.end, run.end + 40));
      if (m && NON_LATIN_RE.test(m[1])) (aliases.get(name) ?? aliases.set(name, new Set()).get(name)!).add(m[1].trim());
    }
    s.persons.push({ name, tokStart: run.tokStart + (run.parts.length - parts.length), tokEnd: run.tokEnd, poss: run.poss, single } satisfies PersonMention);
  }

  for (const s of sentences) {
    s.persons.sort((a, b) => a.tokStart - b.tokStart);
    s.personStart = new Array(s.tokens.length).fill(-1);
    s.persons.forEach((p, k) => { s.personStart[p.tokStart] = k; });
  }

  return { sentences, aliases };
}
