/** Person names in Korean text: "루오밍 팡(Ruoming Pang)" pairs, Korean names before titles, Hangul-only names, and surname/title references. */
import type { Gazetteer } from '../../orgs/types.ts';
import { ADNOMINAL_ENDINGS, LEAD_WORDS, CHINESE_FAMILY_NAMES, COPULA_PARTICLES, HANGUL_ORG_WORDS, FAMILY_NAMES, isBylineTitle, ORIGIN_WORDS, isTitleWord, LATIN_ORG_WORDS, NOT_NAME_WORDS, OBJECT_PARTICLES, ORG_CONTEXT_WORDS, SUBJECT_PARTICLES, TEAM_HEAD_WORDS } from './ko-lexicon.ts';
import { isHangulWord, isParticle, particleAfter, tokenParts, type Token } from './tokenize-ko.ts';
import { findSubjectNamesKo } from './find-subject-names-ko.ts';

export interface KoPerson {
  id: number;
  /** Full Hangul form ("루오밍 팡"), when the text gives one. */
  hangul: string | null;
  /** Full Latin form ("Ruoming Pang"), when the text gives one. */
  latin: string | null;
  /** Korean-style name ("정민호"): family name first, referred to as "정 리더". */
  korean: boolean;
  /** Named as the article's writer ("이서준 기자"). */
  reporter: boolean;
  /** Single words the text may use for the person ("팡", "Pang"). */
  shorts: string[];
}

export interface PersonMention {
  person: KoPerson;
  start: number;
  end: number;
  /** First and last token of the mention, title included. */
  firstTok: number;
  lastTok: number;
  /** The particle on the mention's last token ("" when none). */
  particle: string;
  /** A surname or family-name-plus-title reference. */
  short: boolean;
  title: string | null;
}

/** An organization recognised from context only ("노바 리즌(Nova Reason)", "스타트업 딥그레인"). */
export interface ContextOrg {
  name: string;
  aliases: string[];
}

export interface PersonFindings {
  persons: KoPerson[];
  mentions: PersonMention[];
  contextOrgs: ContextOrg[];
}

const PAREN_NAME = /\((\p{Lu}[\p{L}'’.-]{0,24}(?: \p{Lu}[\p{L}'’.-]{0,24}){0,3})\)/gu;
const LATIN_NAME_WORD = /^[A-Z][\p{Ll}'’-]{1,24}$/u;

/** Nouns that end a headline about a hire ("… A B 영입"). */
const HEADLINE_HIRE_NOUNS = new Set(['영입', '합류', '이적', '스카우트', '영입…', '합류…']);

const STRONG_PARTICLES = new Set(['은', '는', '을', '를', '의', '에', '에서', '으로', '로', '와', '과']);
const A_REJECT = new Set(['은', '는', '을', '를', '의', '에', '에서', '으로']);
const A_WEAK = new Set(['이', '가', '도', '로', '와', '과']);
const NO_WORDS: string[] = [];
const NO_TOKEN: Token = { start: -1, end: -1, text: '', next: ' ' };
const WEAK_PARTICLES = new Set(['이', '가', '도']);

/** Words written apart from a name that act as its particle ("마크 리(Mark Lee) 등도", "라만 역시"). */
const LOOSE_PARTICLES = new Map([['등', ''], ['등도', '도'], ['등이', '이'], ['등은', '은'], ['등과', '과'], ['등을', '을'], ['역시', '역시'], ['또한', '역시']]);

/**
 * Share of syllables with no final consonant. Transliterated foreign names are mostly open syllables
 * ("소피아 마르티네스": 8 of 8), Sino-Korean noun pairs mostly closed ("인력 유출": 1 of 4).
 */
export function openSyllableShare(s: string): number {
  let open = 0; let all = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0xac00 || c > 0xd7a3) continue;
    all++;
    if ((c - 0xac00) % 28 === 0) open++;
  }
  return all ? open / all : 0;
}

// Latin initials each Hangul initial consonant (choseong order ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ) transliterates.
const CHOSEONG_LATIN = ['GKCQ', 'GK', 'N', 'DT', 'DT', 'RL', 'M', 'BVP', 'BP', 'SCZXT', 'S', 'AEIOUYWH', 'JZGCD', 'JZ', 'CTQ', 'KCQ', 'T', 'PF', 'HXWJ'];

/** True when a Hangul word can transliterate a Latin word, judged by their first sounds ("로한" / "Rohan", not "이끈" / "Vikram"). */
export function initialsAgree(hangul: string, latin: string): boolean {
  const c = hangul.charCodeAt(0) - 0xac00;
  if (c < 0 || c > 11171) return false;
  return CHOSEONG_LATIN[Math.floor(c / 588)].includes(latin[0].toUpperCase());
}

/** Verb forms and adnominal endings that never end a name ("개발해", "이끌던", "출신인"). */
const VERBISH_ENDINGS = ['해', '던', '온', '한', '된', '인', '운', '낸', '했', '하는', '하고', '하며', '면서', '지만', '으며', '에서', '처럼', '르면', '하면', '라면', '으면', '도록', '해서', '하게'];
// Endings grouped by their last character, so most words are rejected by one map lookup.
const VERBISH_BY_LAST = new Map<number, string[]>();
for (const e of VERBISH_ENDINGS) VERBISH_BY_LAST.set(e.charCodeAt(e.length - 1), [...(VERBISH_BY_LAST.get(e.charCodeAt(e.length - 1)) ?? []), e]);
const isVerbish = (w: string) => {
  if (w.length < 2) return false;
  const list = VERBISH_BY_LAST.get(w.charCodeAt(w.length - 1));
  if (!list) return false;
  for (const e of list) if (w.endsWith(e)) return true;
  return false;
};

const ADNOMINAL_SHORT = new Set(['온', '한', '된', '인', '던', '난', '낸', '운', '간', '갈', '올', '할']);
const ADNOMINAL_LAST = new Set([...ADNOMINAL_ENDINGS, ...ADNOMINAL_SHORT].map((e) => e.charCodeAt(e.length - 1)));
const isAdnominal = (tok: string) => ADNOMINAL_LAST.has(tok.charCodeAt(tok.length - 1))
  && (ADNOMINAL_SHORT.has(tok) || ADNOMINAL_ENDINGS.some((e) => tok.length > e.length && tok.endsWith(e)));
const syllables = (s: string) => s.replace(/\s/g, '').length;
const isSpaceBetween = (text: string, a: Token, b: Token) => b.start - a.end === 1 && text[a.end] === ' ';
const isOrgishHangul = (s: string) => HANGUL_ORG_WORDS.has(s.slice(s.lastIndexOf(' ') + 1));
/** Sino-Korean noun suffixes ("장기적", "전문가", "이사회"): a word ending in one is no name. */
const SINO_SUFFIX = /[적성화가회력감류권층계별급용품]$/;
/** Endings of longer Sino-Korean nouns ("자동화", "공대", "경쟁력"), rare at the end of a transliterated name. */
const NOUN_SUFFIX_LONG = /(?:화|적|력|감|권|층|계|별|급|용|품|대|급이|팀)$/;
const COUNT_RE = /^(?:\d{1,3}|두|세|네|다섯)\s?명(이|은|도|가)?$/;
const UNIT_END = /(팀|연구소|본부|센터|부문|사업부|그룹|조직)$/;
const looksLikeTeam = (s: string) => TEAM_HEAD_WORDS.some((w) => s.endsWith(w));

/** Finds people in a Korean article. `triggerTokens` (ascending) are the tokens that carry a move trigger. */
export function findPersonsKo(
  text: string,
  tokens: Token[],
  gazetteer: Gazetteer,
  orgTokenMask: Uint8Array,
  sentenceOfToken: Int32Array,
  triggerTokens: number[],
  /** Organizations already known from context ("스타트업 노바 리즌"): never read as people. */
  contextOrgNames: ReadonlySet<string> = new Set(),
): PersonFindings {
  const persons: KoPerson[] = [];
  const byHangul = new Map<string, KoPerson>();
  const byLatin = new Map<string, KoPerson>();
  const contextOrgs: ContextOrg[] = [];

  const orgNameMemo = new Map<string, boolean>();
  const isOrgName = (name: string) => {
    let v = orgNameMemo.get(name);
    if (v === undefined) { v = gazetteer.lookup(name) !== undefined || contextOrgNames.has(name) || contextOrgs.some((c) => c.name === name); orgNameMemo.set(name, v); }
    return v;
  };
  const addPerson = (hangul: string | null, latin: string | null, korean: boolean): KoPerson => {
    const known = (hangul && byHangul.get(hangul)) || (latin && byLatin.get(latin));
    if (known) {
      if (hangul && !known.hangul) { known.hangul = hangul; byHangul.set(hangul, known); }
      if (latin && !known.latin) { known.latin = latin; byLatin.set(latin, known); }
      return known;
    }
    const p: KoPerson = { id: persons.length, hangul, latin, korean, reporter: false, shorts: [] };
    persons.push(p);
    if (hangul) byHangul.set(hangul, p);
    if (latin) byLatin.set(latin, p);
    return p;
  };

  const scan: PersonScan = { text, tokens, gazetteer, orgTokenMask, sentenceOfToken, triggerTokens, contextOrgNames, persons, byHangul, byLatin, contextOrgs, isOrgName, addPerson };
  parenNames(scan);
  // Words of the foreign names found so far ("지라르" of "카미유 지라르") are not Korean names.
  const foreignParts = new Set<string>();
  for (const p of persons) for (const w of p.hangul?.split(' ') ?? []) foreignParts.add(w);
  const { familyRefs, titledWords } = titleContext(scan);
  koreanNamesBeforeTitle(scan, foreignParts, familyRefs, titledWords);
  koreanNamesAfterTitle(scan, foreignParts);
  foreignHangulNames(scan, foreignParts);
  chineseNames(scan, foreignParts);
  oneWordNames(scan, foreignParts);
  subjectNames(scan);
  latinNames(scan);
  shortForms(scan);

  const mentions = findMentions(text, tokens, persons, orgTokenMask);
  return { persons, mentions, contextOrgs };
}


/**
 * What the steps of findPersonsKo share. Each step is its own function so that V8 compiles (and, after a
 * deoptimisation, recompiles) one step at a time: as one function of ~450 lines, every recompile took
 * hundreds of milliseconds of CPU, a large share of the extraction benchmark's cost.
 */
interface PersonScan {
  text: string;
  tokens: Token[];
  gazetteer: Gazetteer;
  orgTokenMask: Uint8Array;
  sentenceOfToken: Int32Array;
  triggerTokens: number[];
  contextOrgNames: ReadonlySet<string>;
  persons: KoPerson[];
  byHangul: Map<string, KoPerson>;
  byLatin: Map<string, KoPerson>;
  contextOrgs: ContextOrg[];
  isOrgName: (name: string) => boolean;
  addPerson: (hangul: string | null, latin: string | null, korean: boolean) => KoPerson;
}

/** 1. "한글 이름(Latin Name)": both are the person's names, unless context says organization or product. */
function parenNames(c: PersonScan): void {
  const { text, tokens, contextOrgs, isOrgName, addPerson } = c;
  PAREN_NAME.lastIndex = 0;
  for (let m = PAREN_NAME.exec(text); m; m = PAREN_NAME.exec(text)) {
    const ti = tokenEndingAt(tokens, m.index);
    if (ti < 0) continue;
    const latinWords = m[1].split(' ');
    const hangulWanted = latinWords.some((w) => w.includes('-')) ? 1 : Math.min(4, latinWords.length);
    const parts: number[] = [];
    for (let k = ti; k >= 0 && parts.length < hangulWanted; k--) {
      const t = tokens[k];
      // A word that reads like a verb ("로한", "이끈") still belongs to the name when it sounds like its Latin word.
      const latinWord = latinWords[latinWords.length - 1 - parts.length];
      if (!isHangulWord(t.text) || NOT_NAME_WORDS.has(t.text) || (k < ti && (isVerbish(t.text) || ADNOMINAL_SHORT.has(t.text)) && !(latinWord && initialsAgree(t.text, latinWord)))) break;
      if (parts.length && (!isSpaceBetween(text, t, tokens[k + 1]) || ['은', '는', '을', '를', '의', '에', '에서', '에는', '에서는'].includes(tokenParts(t).particle))) break;
      parts.unshift(k);
      // "한가람(Garam Han)": a solid Korean name stands for both Latin words.
      if (k === ti && latinWords.length === 2 && t.text.length === 3 && FAMILY_NAMES.has(t.text[0]) && !isVerbish(t.text)) break;
    }
    if (!parts.length) continue;
    const first = tokens[parts[0]];
    const hangul = parts.map((k) => tokens[k].text).join(' ');
    const latin = m[1];
    const prevTok = tokens[parts[0] - 1];
    const prevStem = prevTok ? tokenParts(prevTok).stem : '';
    const after = tokens[ti + 1];
    const quoted = /['‘"“]/.test(text[first.start - 1] ?? '');
    const orgish = latinWords.some((w) => LATIN_ORG_WORDS.has(w)) || latinWords.length < 2
      || isOrgName(latin) || isOrgName(hangul)
      || (prevTok && (ORG_CONTEXT_WORDS.has(prevTok.text) || ORG_CONTEXT_WORDS.has(prevStem)) && prevTok.end === first.start - 1)
      || quoted || looksLikeTeam(hangul) || isOrgishHangul(hangul)
      || (after && after.start === m.index + m[0].length && ['에', '에서', '으로', '로', '에서는'].includes(after.text));
    if (orgish) {
      const ctxWord = prevTok && ORG_CONTEXT_WORDS.has(prevTok.text) && prevTok.end === first.start - 1;
      const destination = after && after.start === m.index + m[0].length && ['에', '으로', '로'].includes(after.text);
      if (latinWords.length >= 1 && !quoted && !looksLikeTeam(hangul) && (ctxWord || destination) && !isOrgName(latin) && !isOrgName(hangul)) {
        contextOrgs.push({ name: hangul, aliases: [latin, hangul.replace(/ /g, '')] });
      }
      continue;
    }
    if (parts.length === 1 && latinWords.length >= 2 && !latinWords.some((w) => w.includes('-'))) {
      // One Hangul word for a two-word Latin name only when it is written solid ("루오밍팡").
      if (syllables(hangul) < 3) continue;
    }
    // A solid Korean name ("한가람(Garam Han)") is referred to as "한 박사".
    addPerson(hangul, latin, parts.length === 1 && latinWords.length === 2 && hangul.length === 3 && FAMILY_NAMES.has(hangul[0]));
  }
}

/** Family names the text uses with a title ("윤 박사는", "류 상무의"): references back to a Korean name. */
function titleContext(c: PersonScan): { familyRefs: Set<string>; titledWords: Set<string> } {
  const { text, tokens } = c;
  const familyRefs = new Set<string>();
  // Words the text puts before a title ("나카무라 본부장은"): surnames of foreign names, among others.
  const titledWords = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i].text;
    if (!isSpaceBetween(text, tokens[i], tokens[i + 1]) || !isTitleWord(tokenParts(tokens[i + 1]).stem)) continue;
    if (t.length === 1 && FAMILY_NAMES.has(t)) familyRefs.add(t);
    else titledWords.add(t);
  }
  return { familyRefs, titledWords };
}

/** 2. Korean names before a title ("정민호 리더", "김태현 전 업스테이지 부사장", "이서준 기자"). */
function koreanNamesBeforeTitle(c: PersonScan, foreignParts: ReadonlySet<string>, familyRefs: ReadonlySet<string>, titledWords: ReadonlySet<string>): void {
  const { text, tokens, orgTokenMask, byHangul, addPerson } = c;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (t.length !== 3 || !isHangulWord(t) || NOT_NAME_WORDS.has(t) || orgTokenMask[i] || isTitleWord(t)) continue;
    // A name may end like a verb form ("윤다온", "김태한"): kept only when the text also calls the person "윤 박사".
    if (isVerbish(t) && !familyRefs.has(t[0])) continue;
    if (['을', '를', '에', '의', '로', '와', '과', '이', '가', '는'].includes(t[2]) || t.endsWith('팀')) continue;
    // "나카무라 하루토 본부장": after a bare foreign-sounding word, the word is the end of a foreign name (read in step 3).
    const pw = tokens[i - 1];
    if (pw && isSpaceBetween(text, pw, tokens[i]) && pw.text.length >= 2 && isHangulWord(pw.text) && !tokenParts(pw).particle && !orgTokenMask[i - 1]
      && !isTitleWord(pw.text) && !isVerbish(pw.text) && !isAdnominal(pw.text) && !ORIGIN_WORDS.has(pw.text) && !LEAD_WORDS.has(pw.text) && !NOT_NAME_WORDS.has(pw.text)
      && openSyllableShare(pw.text) >= 0.75 && titledWords.has(pw.text) && !familyRefs.has(t[0])) continue;
    if (!FAMILY_NAMES.has(t[0]) && !FAMILY_NAMES.has(t.slice(0, 2))) continue;
    if (byHangul.has(t) || foreignParts.has(t)) continue;
    const title = titleAfter(tokens, i, text);
    if (title === null) continue;
    const p = addPerson(t, null, true);
    if (isBylineTitle(title)) p.reporter = true;
  }
}

/** 2b. Korean names after a title or role word ("구글 엔지니어 김철수를 영입"). */
function koreanNamesAfterTitle(c: PersonScan, foreignParts: ReadonlySet<string>): void {
  const { text, tokens, orgTokenMask, byHangul, addPerson } = c;
  for (let i = 1; i < tokens.length; i++) {
    const { stem } = tokenParts(tokens[i]);
    if (stem.length !== 3 || !isHangulWord(stem) || !FAMILY_NAMES.has(stem[0]) || NOT_NAME_WORDS.has(stem) || isTitleWord(stem) || isVerbish(stem) || orgTokenMask[i]) continue;
    if (byHangul.has(stem) || foreignParts.has(stem)) continue;
    const prev = tokens[i - 1];
    if (!isSpaceBetween(text, prev, tokens[i]) || !isTitleWord(prev.text) || isBylineTitle(prev.text)) continue;
    // "이고르 바부슈킨이": a bare word followed by a word with a particle is the first half of a foreign name.
    const nx = tokens[i + 1];
    if (stem === tokens[i].text && nx && isSpaceBetween(text, tokens[i], nx) && isHangulWord(nx.text) && tokenParts(nx).particle && !isTitleWord(tokenParts(nx).stem)) continue;
    addPerson(stem, null, true);
  }
}

/** 3. Hangul-only foreign names: two or three words before a title, or as the subject/object of a trigger sentence. A cheap cue first: a title or a case particle must follow within three words. */
function foreignHangulNames(c: PersonScan, foreignParts: ReadonlySet<string>): void {
  const { text, tokens, orgTokenMask, sentenceOfToken, triggerTokens, contextOrgNames, byHangul, isOrgName, addPerson } = c;
  const cue = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const sp = tokenParts(tokens[k]);
    if (sp.particle || isTitleWord(sp.stem) || tokens[k].next === '·' || tokens[k].next === ',' || HEADLINE_HIRE_NOUNS.has(tokens[k].text)) cue[k] = 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    // The first token of the text has an empty token before it.
    const before = i > 0 ? tokens[i - 1] : NO_TOKEN;
    if (!cue[i + 1] && !cue[i + 2] && !cue[i + 3]) continue;
    const a = tokens[i];
    if (!isHangulWord(a.text) || orgTokenMask[i] || NOT_NAME_WORDS.has(a.text) || ORG_CONTEXT_WORDS.has(a.text) || LEAD_WORDS.has(a.text) || a.text.length > 5 || isTitleWord(a.text)) continue;
    const aP = tokenParts(a).particle;
    // A first word carrying a case particle ("말에는") or naming a unit ("사전학습팀") starts no name.
    if (A_REJECT.has(aP) || aP.length >= 2 || UNIT_END.test(a.text) || isVerbish(a.text) || byHangul.has(a.text) || isParticle(a.text)) continue;
    // "응우옌 책임은": a word of a name already found ("응우옌 반 투안") with a title is a reference to that person.
    if (foreignParts.has(a.text)) continue;
    // A first word ending like a subject particle ("메이", "레이") is fine before a title, not as a bare subject.
    // Names may end like "로", "와", "이" ("파블로", "메이"): allowed after a strong cue only.
    const prevA = before;
    const aWeak = A_WEAK.has(aP) && !(
      (isAdnominal(prevA.text) && !/(에서는|에는|로는|에게는|서는|까지는|부터는)$/.test(prevA.text))
      || (isTitleWord(prevA.text) && !isBylineTitle(prevA.text)) || ORIGIN_WORDS.has(prevA.text));
    for (let len = 2; len <= 3; len++) {
      const last = i + len - 1;
      if (last >= tokens.length) break;
      if (!isSpaceBetween(text, tokens[last - 1], tokens[last]) || orgTokenMask[last]) break;
      const mids = len === 3 ? [tokens[i + 1].text] : NO_WORDS;
      if (len === 3) {
        // "연구 이끈 비크람 스리니바산 박사": a verb form before a two-word name is not its first word.
        if (isVerbish(a.text) || isAdnominal(a.text)) break;
        const x = mids[0];
        const xp = tokenParts(tokens[i + 1]).particle;
        if (!isHangulWord(x) || NOT_NAME_WORDS.has(x) || isVerbish(x) || /[지고며]$/.test(x) || isTitleWord(x) || STRONG_PARTICLES.has(xp) || WEAK_PARTICLES.has(xp)) break;
      }
      const lastSplit = tokenParts(tokens[last]);
      if (foreignParts.has(lastSplit.stem) || (lastSplit.stem.length >= 3 && NOUN_SUFFIX_LONG.test(lastSplit.stem))) break;
      // A last word with a case particle ("인텔리전스의") is not bare, even before a title.
      // A verb form ("빠지면서") or a Sino-Korean noun ("자동화", "하노이공대") ends no name.
      const lastBare = isHangulWord(tokens[last].text) && !A_REJECT.has(lastSplit.particle) && lastSplit.particle.length < 2
        && !isVerbish(tokens[last].text) && !(tokens[last].text.length >= 3 && NOUN_SUFFIX_LONG.test(tokens[last].text)) ? tokens[last].text : '';
      const nameWords = [a.text, ...mids];
      const nextTok = tokens[last + 1];
      // Either "A B 연구원" (bare last word, then a title) or "… 하던 A B가" (last word with a particle) in a trigger sentence.
      let name: string | null = null;
      // "박 리더" is a family name with a title (a reference to a Korean name), not the end of a foreign one.
      const familyRef = lastBare.length === 1 && FAMILY_NAMES.has(lastBare);
      if (lastBare && !familyRef && !NOT_NAME_WORDS.has(lastBare) && !isTitleWord(lastBare) && !byHangul.has(lastBare) && lastBare.length <= 8 && nextTok && isSpaceBetween(text, tokens[last], nextTok)
        && isTitleWord(tokenParts(nextTok).stem) && !FAMILY_NAMES.has(nextTok.text)) {
        name = [...nameWords, lastBare].join(' ');
      } else if (lastBare && !NOT_NAME_WORDS.has(lastBare) && !isTitleWord(lastBare) && lastBare.length <= 8 && !aWeak
        && (tokens[last].next === '·' || (nextTok && HEADLINE_HIRE_NOUNS.has(nextTok.text) && nextTok.start - tokens[last].end === 1))
        && (ORIGIN_WORDS.has(before.text) || isTitleWord(before.text) || before.next === '·')) {
        // Headline lists: "오픈AI 출신 A B·C D 영입".
        name = [...nameWords, lastBare].join(' ');
      } else if (lastBare && tokens[last].next === ',' && !NOT_NAME_WORDS.has(lastBare) && !isTitleWord(lastBare) && lastBare.length <= 8 && !aWeak
        && (isAdnominal(before.text) || ORIGIN_WORDS.has(before.text) || (isTitleWord(before.text) && !isBylineTitle(before.text)))
        && hasTriggerAfter(triggerTokens, last, sentenceOfToken) && openSyllableShare([...nameWords, lastBare].join('')) >= 0.5) {
        // A comma list in a move sentence: "…하던 아나 실바, 엔비디아 … 등 3명이 합류했다".
        name = [...nameWords, lastBare].join(' ');
      } else if (lastSplit.particle && isHangulWord(lastSplit.stem) && lastSplit.stem.length <= 8 && !NOT_NAME_WORDS.has(lastSplit.stem) && !isTitleWord(lastSplit.stem)
        && (SUBJECT_PARTICLES.has(lastSplit.particle) || OBJECT_PARTICLES.has(lastSplit.particle) || lastSplit.particle === '와' || lastSplit.particle === '과' || lastSplit.particle === '의' || COPULA_PARTICLES.has(lastSplit.particle))
        && (hasTriggerAfter(triggerTokens, last, sentenceOfToken) || isTriggerToken(triggerTokens, i - 1)
          // "…를 하던 모리 하루카입니다": a relative clause and a copula introduce the person the next sentences are about.
          || (COPULA_PARTICLES.has(lastSplit.particle) && isAdnominal(before.text))
          || (isTitleWord(before.text) && !isBylineTitle(before.text) && openSyllableShare([...nameWords, lastSplit.stem].join('')) >= 0.5)) && !aWeak) {
        const prev = before;
        const sentenceStart = i === 0 || sentenceOfToken[i - 1] !== sentenceOfToken[i];
        // Strong cues: a relative clause ("…하던 A B가"), a title in apposition ("창업자 A B를"), "출신".
        // Weak cues (a date, a comma, the sentence start) also need the name to sound foreign.
        const strong = isAdnominal(prev.text) || (isTitleWord(prev.text) && !isBylineTitle(prev.text)) || ORIGIN_WORDS.has(prev.text);
        const weak = sentenceStart || /[,:]/.test(text[prev.end] ?? '') || /(일|월|달|주)$/.test(prev.text);
        const candidate = [...nameWords, lastSplit.stem].join(' ');
        if (byHangul.has(candidate)) break;
        if ((strong || (weak && openSyllableShare(candidate) >= 0.5)) && !lastSplit.stem.endsWith('들')) name = candidate;
      }
      // Two one-syllable words ("왕 팅") pass only before a title.
      if (!name || syllables(name) < (lastBare && name.endsWith(lastBare) ? 2 : 3)) continue;
      // "스타트업 퓨처랩스의": a word already known as an organization is no part of a name.
      if (byHangul.has(name) || isOrgName(name) || isOrgishHangul(name) || name.split(' ').some((w) => contextOrgNames.has(w))) continue;
      if (nameWords.length === 1 && name.length === 4 && FAMILY_NAMES.has(name[0]) && !name.includes(' ')) continue;
      addPerson(name, null, false);
      break;
    }
  }
}

/** 3c. Two-syllable Chinese names before a title, introduced by "출신" or a relative clause ("삼성리서치 출신 왕팅 박사를"). */
function chineseNames(c: PersonScan, foreignParts: ReadonlySet<string>): void {
  const { text, tokens, orgTokenMask, byHangul, isOrgName, addPerson } = c;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i].text;
    // Two syllables ("왕팅"), or four with the name mostly open syllables ("판샤오위").
    if (!(t.length === 2 || (t.length === 4 && openSyllableShare(t) >= 0.75 && !tokenParts(tokens[i]).particle)) || !isHangulWord(t) || !CHINESE_FAMILY_NAMES.has(t[0]) || orgTokenMask[i] || byHangul.has(t) || foreignParts.has(t)) continue;
    if (NOT_NAME_WORDS.has(t) || isTitleWord(t) || isOrgName(t)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!isSpaceBetween(text, tokens[i], next) || !isTitleWord(tokenParts(next).stem) || isBylineTitle(tokenParts(next).stem)) continue;
    if (!(ORIGIN_WORDS.has(prev.text) || (isAdnominal(prev.text) && !isTitleWord(prev.text)))) continue;
    addPerson(t, null, true);
  }
}

/** 3b. One-word names with no title ("…를 연구하던 천하오를 스카우트했다", "네이버 출신 정민호가 합류했다"): three syllables from a family name, after a relative clause, a title or "출신", in a sentence with a trigger after it. */
function oneWordNames(c: PersonScan, foreignParts: ReadonlySet<string>): void {
  const { text, tokens, orgTokenMask, sentenceOfToken, triggerTokens, byHangul, isOrgName, addPerson } = c;
  for (let i = 1; i < tokens.length; i++) {
    const { stem, particle } = tokenParts(tokens[i]);
    if (stem.length !== 3 || !isHangulWord(stem) || orgTokenMask[i] || !(SUBJECT_PARTICLES.has(particle) || OBJECT_PARTICLES.has(particle))) continue;
    if (!FAMILY_NAMES.has(stem[0]) && !CHINESE_FAMILY_NAMES.has(stem[0]) && !CHINESE_FAMILY_NAMES.has(stem.slice(0, 2))) continue;
    if (byHangul.has(stem) || foreignParts.has(stem) || NOT_NAME_WORDS.has(stem) || isTitleWord(stem) || isVerbish(stem) || SINO_SUFFIX.test(stem) || isOrgName(stem)) continue;
    const prev = tokens[i - 1];
    if (!isSpaceBetween(text, prev, tokens[i])) continue;
    const strong = (isAdnominal(prev.text) && !isTitleWord(prev.text)) || ORIGIN_WORDS.has(prev.text) || (isTitleWord(prev.text) && !isBylineTitle(prev.text));
    if (!strong || !hasTriggerAfter(triggerTokens, i, sentenceOfToken)) continue;
    addPerson(stem, null, FAMILY_NAMES.has(stem[0]));
  }
}

/** 3d. Hangul-only names as the bare subject of a move verb ("1년 만에 존 슐먼이 회사를 떠났다"). */
function subjectNames(c: PersonScan): void {
  const { tokens, orgTokenMask, sentenceOfToken, triggerTokens, persons, byHangul, isOrgName, addPerson } = c;
  const knownWords = new Set<string>();
  for (const p of persons) for (const w of p.hangul?.split(' ') ?? []) knownWords.add(w);
  const isKnown = (name: string) => byHangul.has(name) || isOrgName(name) || isOrgishHangul(name) || name.split(' ').some((w) => knownWords.has(w));
  for (const name of findSubjectNamesKo(tokens, orgTokenMask, sentenceOfToken, triggerTokens, isKnown)) {
    if (!isKnown(name)) addPerson(name, null, false);
  }
}

/** 4. Latin-only names followed by a Hangul particle or a title ("John Smith가", "Jane Doe 연구원"). */
function latinNames(c: PersonScan): void {
  const { text, tokens, gazetteer, byLatin, addPerson } = c;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!LATIN_NAME_WORD.test(tokens[i].text) || text[tokens[i].start - 1] === '(' || LATIN_ORG_WORDS.has(tokens[i].text)) continue;
    // The middle of a longer Latin name ("Van Tuan" in "Nguyen Van Tuan") starts none.
    if (i > 0 && /^\(?[A-Z][\p{L}'’-]*$/u.test(tokens[i - 1].text) && isSpaceBetween(text, tokens[i - 1], tokens[i])) continue;
    const words = [tokens[i].text];
    let j = i + 1;
    let tail = '';
    for (; j < tokens.length && words.length < 3 && isSpaceBetween(text, tokens[j - 1], tokens[j]); j++) {
      const m = /^([A-Z][\p{Ll}'’-]{1,24})([\p{Script=Hangul}]{0,3})$/u.exec(tokens[j].text);
      if (!m || LATIN_ORG_WORDS.has(m[1])) break;
      words.push(m[1]);
      if (m[2]) { tail = m[2]; j++; break; }
    }
    if (words.length < 2) continue;
    const latin = words.join(' ');
    if (byLatin.has(latin) || gazetteer.lookup(latin)) continue;
    const following = tokens[j];
    const titled = following && isTitleWord(tokenParts(following).stem);
    if (!(tail && particleAfter(tail, '') !== null) && !titled) continue;
    addPerson(null, latin, false);
  }
}

/** Short forms: surnames and given names of foreign names; family names of Korean ones (used with a title). */
function shortForms(c: PersonScan): void {
  const { persons, isOrgName } = c;
  const orgWords = (w: string) => NOT_NAME_WORDS.has(w) || isOrgName(w);
  for (const p of persons) {
    if (p.korean && p.hangul) { p.shorts = [p.hangul[0]]; continue; }
    const hw = p.hangul ? p.hangul.split(' ') : [];
    const lw = p.latin ? p.latin.split(' ') : [];
    const cands = new Set<string>();
    if (hw.length >= 2) { cands.add(hw[0]); cands.add(hw[hw.length - 1]); }
    if (lw.length >= 2) { cands.add(lw[lw.length - 1]); }
    p.shorts = [...cands].filter((w) => !orgWords(w));
  }
}

/** The title after a Korean name: right after it, after "전 ORG …", or after up to three modifier words; null when none. */
function titleAfter(tokens: Token[], i: number, text: string): string | null {
  const k = titleIndexAfter(tokens, i, text);
  return k < 0 ? null : tokenParts(tokens[k]).stem;
}

/** Index of the title token after a Korean name, or -1. */
function titleIndexAfter(tokens: Token[], i: number, text: string, reach = 6): number {
  for (let k = i + 1; k <= i + reach && k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.start - tokens[k - 1].end > 2 || /[,."“”…:;=·\]\[]/.test(text.slice(tokens[k - 1].end, tok.start))) return -1;
    const { stem } = tokenParts(tok);
    if (isTitleWord(stem) || isTitleWord(tok.text)) {
      // "AWS 파트너 개발 리드도": a title word inside a longer post is not its end; the post's last title carries the case.
      if (!tokenParts(tok).particle && tokens[k + 1] && !isTitleWord(tokenParts(tokens[k + 1]).stem)) {
        const later = titleIndexAfter(tokens, k, text, Math.min(3, i + reach - k));
        if (later > k) return later;
      }
      return k;
    }
    if (k > i + 1 && tokenParts(tok).particle && !isTitleWord(stem)) return -1;
    if (tok.text !== '전' && tok.text !== '前' && (tok.text.length === 1 || isVerbish(tok.text) || (tok.text.length === 3 && FAMILY_NAMES.has(tok.text[0]) && isHangulWord(tok.text)))) return -1;
    if (k === i + 1 && tok.text !== '전' && tok.text !== '前' && !/^[A-Za-z가-힣]+$/.test(tok.text)) return -1;
  }
  return -1;
}


/** Moves a mention's end over a bracket right after it ("(Chen Wei)", "(CTO)") and picks up the particle glued to the bracket. */
function extendOverParen(text: string, tokens: Token[], lastIdx: number, end: number): { lastIdx: number; part: string } {
  if (text[end] !== '(') return { lastIdx, part: '' };
  const close = text.indexOf(')', end);
  if (close < 0 || close - end > 40) return { lastIdx, part: '' };
  let k = lastIdx + 1;
  while (k < tokens.length && tokens[k].end <= close) k++;
  const after = tokens[k];
  if (after && after.start === close + 1) {
    const part = particleAfter(after.text, '');
    if (part !== null && part !== '') return { lastIdx: k, part };
  }
  return { lastIdx: k - 1, part: '' };
}

/** Every place each person is named: full forms (any script) and short references, in text order. */
function findMentions(text: string, tokens: Token[], persons: KoPerson[], orgTokenMask: Uint8Array): PersonMention[] {
  const out: PersonMention[] = [];
  const covered = new Uint8Array(tokens.length);
  // Full forms as token sequences, keyed by their first word.
  const fulls = new Map<string, Array<{ words: string[]; person: KoPerson }>>();
  for (const p of persons) {
    for (const f of [p.hangul, p.latin]) {
      if (!f) continue;
      const words = f.split(' ');
      const list = fulls.get(words[0]) ?? [];
      list.push({ words, person: p });
      list.sort((x, y) => y.words.length - x.words.length);
      fulls.set(words[0], list);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const cands = fulls.get(tokens[i].text) ?? (tokens[i].text.length > 1 ? fulls.get(tokenParts(tokens[i]).stem) : undefined);
    if (!cands) continue;
    for (const c of cands) {
      const n = c.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n - 1 && ok; k++) ok = tokens[i + k].text === c.words[k] && (k === 0 || isSpaceBetween(text, tokens[i + k - 1], tokens[i + k]));
      if (!ok) continue;
      const lastTok = tokens[i + n - 1];
      if (n > 1 && !isSpaceBetween(text, tokens[i + n - 2], lastTok)) continue;
      const particle = particleAfter(lastTok.text, c.words[n - 1]);
      if (particle === null) continue;
      const end = lastTok.start + c.words[n - 1].length;
      let lastIdx = i + n - 1;
      let part = particle;
      let title: string | null = null;
      // "(Latin Name)" and a title after the name belong to the mention.
      if (part === '') ({ lastIdx, part } = extendOverParen(text, tokens, lastIdx, end));
      // "쉬하오란(Xu Haoran) 전 바이두 수석 아키텍트는": a former post after any name belongs to the mention.
      // So does a post in apposition after "(Latin Name)": "쩐 티 투 흐엉(Tran Thi Thu Huong) AWS 싱가포르 … 리드도".
      const former = ['전', '前'].includes(tokens[lastIdx + 1]?.text ?? '') || text[tokens[lastIdx].end] === ')';
      if (part === '' && (c.person.korean || former)) {
        const ti = titleIndexAfter(tokens, lastIdx, text, c.person.korean ? 6 : 8);
        if (ti > lastIdx + 1) {
          lastIdx = ti;
          const sp = tokenParts(tokens[ti]);
          title = sp.stem; part = sp.particle;
          if (part === '') ({ lastIdx, part } = extendOverParen(text, tokens, lastIdx, tokens[ti].end));
        }
      }
      // Up to two title words ("수석 연구원"), then a loose "등" and a count ("등 3명이") that carries the case.
      for (let n = 0; n < 2; n++) {
        const nt = tokens[lastIdx + 1];
        if (part !== '' || !nt || nt.start - tokens[lastIdx].end > 2 || !isTitleWord(tokenParts(nt).stem)) break;
        lastIdx++;
        const sp = tokenParts(nt);
        title = sp.stem; part = sp.particle;
        if (part === '') ({ lastIdx, part } = extendOverParen(text, tokens, lastIdx, nt.end));
      }
      const loose = tokens[lastIdx + 1];
      if (part === '' && loose && loose.start - tokens[lastIdx].end <= 2 && LOOSE_PARTICLES.has(loose.text)) {
        lastIdx++; part = LOOSE_PARTICLES.get(loose.text) ?? '';
        const count = tokens[lastIdx + 1];
        const cm = part === '' && loose.text === '등' && count ? COUNT_RE.exec(count.text) : null;
        if (cm) { lastIdx++; part = cm[1]; }
      }
      for (let q = i; q <= lastIdx; q++) covered[q] = 1;
      out.push({ person: c.person, start: tokens[i].start, end, firstTok: i, lastTok: lastIdx, particle: part, short: false, title });
      i = lastIdx;
      break;
    }
  }
  // Short references: a surname with a particle or a title; a Korean family name only with a title.
  const shortMap = new Map<string, KoPerson[]>();
  for (const p of persons) for (const s of p.shorts) shortMap.set(s, [...(shortMap.get(s) ?? []), p]);
  const lastFull = new Map<number, number>();
  let fi = 0;
  const fullSorted = [...out].sort((x, y) => x.start - y.start);
  for (let i = 0; i < tokens.length; i++) {
    while (fi < fullSorted.length && fullSorted[fi].start <= tokens[i].start) { lastFull.set(fullSorted[fi].person.id, fullSorted[fi].start); fi++; }
    if (covered[i] || orgTokenMask[i]) continue;
    const tok = tokens[i].text;
    const { stem, particle } = tokenParts(tokens[i]);
    const exact = shortMap.get(tok);
    const viaStem = particle ? shortMap.get(stem) : undefined;
    const cands = exact ?? viaStem;
    if (!cands) continue;
    const word = exact ? tok : stem;
    let lastIdx = i;
    let title: string | null = null;
    let part = exact ? '' : particle;
    const next = tokens[i + 1];
    const nextIsTitle = next && next.start - tokens[i].end === 1 && isTitleWord(tokenParts(next).stem);
    const korean = cands.every((p) => p.korean);
    if (korean) {
      // "정 리더", "김 전 부사장", "류 CTO": the family name alone is too common a syllable to trust without a title.
      if (!exact) continue;
      // "메타의 한 임원은": after a possessive, "한" is the determiner "one", not the family name.
      if (tok === '한' && i > 0 && tokenParts(tokens[i - 1]).particle === '의') continue;
      let k = i + 1;
      if (tokens[k] && (tokens[k].text === '전' || tokens[k].text === '前')) k++;
      const t = tokens[k];
      if (!t || t.start - tokens[k - 1].end > 1 || !isTitleWord(tokenParts(t).stem)) continue;
      lastIdx = k; title = tokenParts(t).stem; part = tokenParts(t).particle;
    } else {
      if (exact && !nextIsTitle) {
        const follow = next && next.start - tokens[i].end === 1 ? LOOSE_PARTICLES.get(next.text) : undefined;
        if (word.length < 2 || follow === undefined) continue;
        lastIdx = i + 1; part = follow;
      }
      if (exact && nextIsTitle) {
        lastIdx = i + 1; title = tokenParts(next).stem; part = tokenParts(next).particle;
        // "사카모토 최고기술책임자(CTO)는": the particle comes after the bracket.
        if (part === '') ({ lastIdx, part } = extendOverParen(text, tokens, lastIdx, next.end));
      }
    }
    const withFull = cands.filter((p) => lastFull.has(p.id));
    const pool = withFull.length ? withFull : cands;
    if (pool.length > 1 && !withFull.length) continue;
    const person = pool.reduce((a, b) => ((lastFull.get(a.id) ?? -1) >= (lastFull.get(b.id) ?? -1) ? a : b));
    out.push({ person, start: tokens[i].start, end: tokens[i].start + word.length, firstTok: i, lastTok: lastIdx, particle: part, short: true, title });
    i = lastIdx;
  }
  out.sort((x, y) => x.start - y.start);
  for (const m of out) if (m.title && isBylineTitle(m.title) && !m.short) m.person.reporter = true;
  return out;
}

/** True when a trigger token follows token `k` in the same sentence (a name in subject position comes before its verb). */
function hasTriggerAfter(triggerTokens: number[], k: number, sentenceOfToken: Int32Array): boolean {
  let lo = 0; let hi = triggerTokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (triggerTokens[mid] <= k) lo = mid + 1; else hi = mid; }
  return lo < triggerTokens.length && sentenceOfToken[triggerTokens[lo]] === sentenceOfToken[k];
}

/** Index of the token that ends exactly at `pos`, or -1 (binary search). */
function tokenEndingAt(tokens: Token[], pos: number): number {
  let lo = 0; let hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].end < pos) lo = mid + 1; else hi = mid; }
  return lo < tokens.length && tokens[lo].end === pos ? lo : -1;
}

/** True when token `k` carries a trigger ("지난해 구글로 옮긴 A B는": the name follows its relative clause). */
function isTriggerToken(triggerTokens: number[], k: number): boolean {
  let lo = 0; let hi = triggerTokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (triggerTokens[mid] < k) lo = mid + 1; else hi = mid; }
  return triggerTokens[lo] === k;
}
