/** Organization mentions in Korean text with the case each one carries ("애플에서" from, "메타로" to, "애플 출신" origin). */
import type { Gazetteer, OrgMention } from '../../orgs/types.ts';
import type { ContextOrg, PersonMention } from './find-persons-ko.ts';
import { isTitleWord, NOT_NAME_WORDS, PERSON_NOUNS, TEAM_HEAD_WORDS } from './ko-lexicon.ts';
import { isHangulWord, isParticle, particleAfter, tokenParts, type Token } from './tokenize-ko.ts';

/** How an organization phrase relates to the clause: a particle ("에서", "로", "를", "이" …), or one of the special roles. */
export type OrgCase = string | 'origin' | 'of-person' | 'bound' | 'within' | '';

export interface KoOrgMention {
  start: number;
  end: number;
  text: string;
  /** Canonical top-level name, or the cleaned name for organizations known from context only. */
  org: string;
  team: string | null;
  /** The team is a unit the gazetteer knows ("Apple Foundation Models"), not only a described one ("AI 연구팀"). */
  teamKnown?: boolean;
  verified: boolean;
  /** Index of the token that carries the case (the mention's own token, or the head it was walked to). */
  caseTok: number;
  case: OrgCase;
  /** Token index where the mention starts. */
  firstTok: number;
}

const PERSON_NOUN_SET = new Set(PERSON_NOUNS);
const DESTINATION_NOUNS = ['합류', '이적', '입사', '복귀'];

/** Index of the token containing or following position `pos` (binary search). */
export function tokenIndexAt(tokens: Token[], pos: number): number {
  let lo = 0; let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Marks characters inside double quotes (per line), where triggers and roles do not count. */
export function maskQuotes(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let open = -1;
  let curly = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { open = -1; curly = -1; continue; }
    if (c === '"') {
      if (open < 0) open = i;
      else { mask.fill(1, open, i + 1); open = -1; }
    } else if (c === '“') curly = i;
    else if (c === '”' && curly >= 0) { mask.fill(1, curly, i + 1); curly = -1; }
  }
  return mask;
}

/** Organization names learnt from context ("스타트업 노바 리즌을"): the cleaned name, without particles. */
export function findStartupNames(text: string, tokens: Token[], quoteMask: Uint8Array, gazetteer: Gazetteer): ContextOrg[] {
  const out: ContextOrg[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].text !== '스타트업' || quoteMask[tokens[i].start]) continue;
    const words: string[] = [];
    // "스타트업 '큐브릭스'가": a quoted name is the whole name.
    const q = text[tokens[i].end + 1];
    if (q === "'" || q === '‘' || q === '"' || q === '“') {
      const close = text.slice(tokens[i].end + 2, tokens[i].end + 42).search(/['’"”]/);
      const name = close > 0 ? text.slice(tokens[i].end + 2, tokens[i].end + 2 + close).trim() : '';
      if (name && !/[.,!?]/.test(name) && !gazetteer.lookup(name)) out.push({ name, aliases: [name.replace(/ /g, '')] });
      continue;
    }
    for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
      const t = tokens[k];
      if (t.start - tokens[k - 1].end > 1) break;
      const { stem, particle } = tokenParts(t);
      // A word right before a bracket is whole ("딥그레인(DeepGrain)"): its ending is not a particle.
      const word = particle && isHangulWord(t.text) && t.next !== '(' ? stem : t.text;
      if (NOT_NAME_WORDS.has(word) || isTitleWord(word)) break;
      words.push(word);
      if ((particle && isHangulWord(t.text)) || t.next === '(' || t.next === ',') break;
    }
    if (!words.length) continue;
    const name = words.join(' ');
    if (gazetteer.lookup(name)) continue;
    out.push({ name, aliases: [name.replace(/ /g, '')] });
  }
  return out;
}

/**
 * Finds organizations (gazetteer names, then context-only names) outside person names, and
 * works out each one's case by walking over "의" and unit words to the particle that governs it.
 */
export function findOrgsKo(
  text: string,
  tokens: Token[],
  gazetteer: Gazetteer,
  gazMentions: OrgMention[],
  contextOrgs: ContextOrg[],
  personMentions: PersonMention[],
): KoOrgMention[] {
  const personAt = new Map<number, PersonMention>();
  const personTok = new Uint8Array(tokens.length);
  for (const m of personMentions) { personAt.set(m.firstTok, m); for (let k = m.firstTok; k <= m.lastTok; k++) personTok[k] = 1; }
  // Character masks keep overlap checks linear in the text, however many mentions there are.
  const personChars = new Uint8Array(text.length);
  for (const m of personMentions) personChars.fill(1, m.start, m.end);
  const orgChars = new Uint8Array(text.length);
  const covered = (mask: Uint8Array, s: number, e: number) => { for (let i = s; i < e; i++) if (mask[i]) return true; return false; };
  const overlapsPerson = (s: number, e: number) => covered(personChars, s, e);

  const raw: Array<{ start: number; end: number; org: string; team: string | null; verified: boolean }> = [];
  for (const m of gazMentions) {
    if (overlapsPerson(m.start, m.end)) continue;
    const top = gazetteer.topLevel(m.entry);
    raw.push({ start: m.start, end: m.end, org: top.name, team: top.id !== m.entry.id ? m.entry.name : null, verified: true });
    orgChars.fill(1, m.start, m.end);
  }
  // "마이크로소프트 AI(MAI)": a short form in brackets after a known organization names it later ("MAI에 합류").
  const acronyms = new Map<string, { org: string; team: string | null }>();
  for (const r of [...raw]) {
    if (text[r.end] !== '(') continue;
    const close = text.indexOf(')', r.end);
    const form = close > r.end && close - r.end <= 12 ? text.slice(r.end + 1, close) : '';
    if (/^[A-Z][A-Za-z0-9&]{1,9}$/.test(form) && !gazetteer.lookup(form)) acronyms.set(form, { org: r.org, team: r.team });
  }
  for (const [form, who] of acronyms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (text[at - 1] === '(' || /[A-Za-z0-9]/.test(text[at - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? '') || covered(orgChars, at, end) || overlapsPerson(at, end)) continue;
      raw.push({ start: at, end, org: who.org, team: who.team, verified: true });
      orgChars.fill(1, at, end);
    }
  }
  // Context-only organizations: every place their name (or alias) occurs.
  for (const c of contextOrgs) {
    // A multi-word name is shortened to its first word after the first mention ("헬릭스 인텔리전스" … "헬릭스로").
    const head = c.name.includes(' ') ? c.name.slice(0, c.name.indexOf(' ')) : '';
    const short = head.length >= 2 && isHangulWord(head) && !NOT_NAME_WORDS.has(head) && !gazetteer.lookup(head) ? [head] : [];
    for (const form of new Set([c.name, ...c.aliases, ...short])) {
      if (form.length < 2) continue;
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        const end = at + form.length;
        if (covered(orgChars, at, end) || overlapsPerson(at, end)) continue;
        if (/[\p{L}]/u.test(text[at - 1] ?? '') && !/\s/.test(text[at - 1])) continue;
        raw.push({ start: at, end, org: c.name, team: null, verified: false });
        orgChars.fill(1, at, end);
      }
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const orgTok = new Int32Array(tokens.length).fill(-1);
  raw.forEach((r, idx) => { for (let k = tokenIndexAt(tokens, r.start); k < tokens.length && tokens[k].start < r.end; k++) orgTok[k] = idx; });

  const out: KoOrgMention[] = [];
  raw.forEach((r, idx) => {
    const firstTok = tokenIndexAt(tokens, r.start);
    const lastTok = tokenIndexAt(tokens, r.end - 1);
    const tok = tokens[lastTok];
    if (!tok) return;
    const suffix = text.slice(r.end, tok.end);
    let kase: OrgCase = '';
    let caseTok = lastTok;
    let walkFrom = -1;
    const unit: string[] = [];
    let boundTeam: string | null = null;
    if (suffix) {
      if (suffix === '행' || suffix.startsWith('행')) kase = '행';
      else if (suffix.startsWith('출신')) kase = 'origin';
      else {
        const p = particleAfter(suffix, '');
        if (p === null) return; // glued to another word ("메타버스"): not this organization
        if (p === '의') walkFrom = lastTok + 1; else kase = p;
      }
    } else {
      const after = afterBracket(text, tokens, lastTok, tok.end);
      if (after.particle === '의') walkFrom = after.next;
      else if (after.particle) { kase = after.particle; caseTok = after.next - 1; }
      else walkFrom = after.next;
    }
    // "엔비디아 합류를 확정", "메타 이적": the organization names the destination of the noun after it.
    if (walkFrom >= 0 && tokens[walkFrom] && tokens[walkFrom].start - tok.end <= 1 && DESTINATION_NOUNS.some((n) => tokens[walkFrom].text.startsWith(n))) {
      kase = '행'; caseTok = walkFrom; walkFrom = -1;
    }
    // "카카오 내 신설 조직으로 옮긴다": a move inside the organization is a reorganisation.
    if (walkFrom >= 0 && tokens[walkFrom] && (tokens[walkFrom].text === '내' || tokens[walkFrom].text === '안' || tokens[walkFrom].text.startsWith('내부'))) {
      kase = 'within'; caseTok = walkFrom; walkFrom = -1;
    }
    if (walkFrom >= 0) {
      // At most seven words (brackets skipped) between the organization and the head that carries its case.
      for (let k = walkFrom, words = 0; k < tokens.length && words < 7; k++, words++) {
        const t = tokens[k];
        const gap = text.slice(tokens[k - 1].end, t.start);
        if (/[,.…:;!?=\n■→|]/.test(gap)) break;
        if (personTok[k]) { kase = 'of-person'; caseTok = k; break; }
        if (orgTok[k] >= 0 && orgTok[k] !== idx) {
          // "애플의 AI 연구팀 AFM(…)": a unit of the same organization right after it names the team.
          const unitOf = raw[orgTok[k]];
          if (unitOf.org === r.org && unitOf.team) boundTeam = unitOf.team;
          kase = 'bound'; break;
        }
        // "AI 조직 '코파일럿 랩'": a quoted name after a described unit is the unit's name.
        if (/^\s+['‘"“]$/.test(gap)) unit.length = 0;
        const br = afterBracket(text, tokens, k, t.end);
        const sp = tokenParts(t);
        const bare = isParticle(t.text) && /['’"”)\]]/.test(text[t.start - 1] ?? '');
        const particle = bare ? t.text : br.particle || (isHangulWord(t.text) || /[가-힣]$/.test(t.text) ? sp.particle : '');
        const stem = bare ? unit[unit.length - 1] ?? '' : br.particle ? t.text : sp.stem;
        if (stem.startsWith('출신')) { kase = 'origin'; caseTok = k; break; }
        if (particle) {
          if ((isTitleWord(stem) || PERSON_NOUN_SET.has(stem)) && !['에', '에서', '로', '으로'].includes(particle)) { kase = 'origin'; caseTok = k; break; }
          // "의" and the copula's "인" ("개발 조직인 … 팀에서") keep the phrase going to its head.
          // After the copula the unit itself is named ("개발 조직인 '파운데이션 모델' 팀"): what came before describes it.
          if (particle === '인') { unit.length = 0; k = br.next - 1; continue; }
          if (particle === '의') { if (!bare) unit.push(stem); k = br.next - 1; continue; }
          if (!bare) unit.push(stem);
          kase = particle; caseTok = br.next - 1;
          break;
        }
        unit.push(t.text);
        if ((isTitleWord(t.text) || PERSON_NOUN_SET.has(t.text)) && personTok[br.next]) { kase = 'origin'; caseTok = k; break; }
        k = br.next - 1;
      }
    }
    let team = r.team ?? boundTeam;
    let teamKnown = team !== null && r.verified;
    // "구글 딥마인드의 제미나이 팀에서": a unit named inside a known unit is the narrower team.
    // Offices and branches ("파리 사무소", "런던 연구소") are places, not teams: only a named team counts.
    if (r.team && unit.length >= 2 && unit[unit.length - 1] === '팀') team = null;
    if (!team && unit.length && TEAM_HEAD_WORDS.some((w) => unit[unit.length - 1].endsWith(w))) {
      const known = knownUnit(gazetteer, r.org, text.slice(r.start, r.end), unit);
      teamKnown = known !== null;
      team = known ?? unit.join(' ');
    }
    out.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), org: r.org, team, teamKnown, verified: r.verified, caseTok, case: kase, firstTok });
  });
  return out;
}

/** The gazetteer's name for a walked unit of `org` ("애플" + "파운데이션 모델 팀" → "Apple Foundation Models"), or null. */
function knownUnit(gazetteer: Gazetteer, org: string, orgText: string, unit: string[]): string | null {
  const name = unit.join(' ');
  for (const form of [`${orgText} ${name}`, name, `${orgText} ${name.replace(/ ?팀$/, '')}`]) {
    const e = gazetteer.lookup(form);
    if (e && e.parent && gazetteer.topLevel(e).name === org) return e.name;
  }
  return null;
}

/** Skips a bracket right after token `k` ("연구소(MSL)에") and returns the particle glued to it and the next token index. */
function afterBracket(text: string, tokens: Token[], k: number, end: number): { particle: string; next: number } {
  if (text[end] !== '(') return { particle: '', next: k + 1 };
  const close = text.indexOf(')', end);
  if (close < 0 || close - end > 60) return { particle: '', next: k + 1 };
  let n = k + 1;
  while (n < tokens.length && tokens[n].end <= close) n++;
  const t = tokens[n];
  if (t && t.start === close + 1) {
    const p = particleAfter(t.text, '');
    if (p) return { particle: p, next: n + 1 };
  }
  return { particle: '', next: n };
}
