/** The one flow of people an article is about, when its headline or lede names both ends ("Mistral loses three researchers to Helix"). */
import { sideOf, type DocState, type Sentence, type Side } from './_doc-en.ts';
import { unknownOrgAt } from './find-sides-en.ts';

const LOSS_VERBS = new Set(['loses', 'lost', 'losing', 'lose']);
const PEOPLE_NOUNS = new Set(['people', 'researchers', 'researcher', 'engineers', 'engineer', 'staff', 'staffers', 'talent', 'employees', 'executives', 'scientists', 'members', 'leaders']);
/** Sentences from the top that count as headline and lede. */
const LEDE_SENTENCES = 4;

export interface FlowFrame { from: Side; to: Side }

/** "X loses three researchers to Y": the loser before the verb, the winner after "to". */
function lossToFlow(st: DocState, s: Sentence): FlowFrame | null {
  for (let i = s.contentStart; i < s.tokens.length; i++) {
    if (!LOSS_VERBS.has(s.tokens[i].lower) || s.quoted[i]) continue;
    let k = i + 1;
    let people = false;
    while (k < Math.min(s.tokens.length, i + 8) && s.tokens[k].lower !== 'to') { if (PEOPLE_NOUNS.has(s.tokens[k].lower)) people = true; k++; }
    if (!people || s.tokens[k]?.lower !== 'to') continue;
    const loser = s.mentions.orgs.filter((o) => o.tokEnd <= i && o.tokEnd >= i - 3).pop();
    const known = s.mentions.orgs.find((o) => o.tokStart === k + 1);
    const winner = known ? sideOf(known) : unknownOrgAt(st, s, k + 1, Math.min(s.tokens.length, k + 6));
    if (loser && winner && loser.org !== winner.org) return { from: sideOf(loser), to: winner };
  }
  return null;
}

const HIRE_NOUNS = new Set(['raid', 'poaching', 'hiring', 'recruiting', 'talent']);
const GROUP_NOUNS = new Set([...PEOPLE_NOUNS, 'member', 'members', 'colleague', 'colleagues', 'hire', 'hires', 'scientist', 'executive', 'leader']);

/**
 * "Helix has hired a fourth member of Mistral's team", "Helix Intelligence's raid on Mistral": the hirer before the
 * verb or noun, the organization hired from after it, with no named person in between (a named hire is that person's move).
 */
function hireFromFlow(s: Sentence): FlowFrame | null {
  for (const t of s.triggers) {
    if (t.kind !== 'hire' || t.weak || s.quoted[t.tokStart]) continue;
    const hirer = s.mentions.orgs.filter((o) => o.tokEnd <= t.tokStart && o.tokEnd >= t.tokStart - 3 && !o.poss).pop();
    if (!hirer) continue;
    const end = Math.min(s.tokens.length, t.tokEnd + 10);
    let group = false;
    for (let k = t.tokEnd; k < end && !group; k++) {
      if (s.personStart[k] >= 0 || s.tokens[k].text === ',') break;
      group = GROUP_NOUNS.has(s.tokens[k].lower);
    }
    const source = group ? s.mentions.orgs.find((o) => o.tokStart > t.tokEnd && o.tokStart < end && o.org !== hirer.org && ['of', 'from'].includes(s.tokens[o.tokStart - 1]?.lower ?? '')) : undefined;
    if (source) return { from: sideOf(source), to: sideOf(hirer) };
  }
  for (let i = s.contentStart; i + 1 < s.tokens.length; i++) {
    if (!HIRE_NOUNS.has(s.tokens[i].lower) || s.tokens[i + 1].lower !== 'on' && s.tokens[i + 1].lower !== 'of') continue;
    const hirer = s.mentions.orgs.find((o) => o.poss && o.tokEnd === i);
    const source = s.mentions.orgs.find((o) => o.tokStart === i + 2);
    if (hirer && source && hirer.org !== source.org) return { from: sideOf(source), to: sideOf(hirer) };
  }
  return null;
}

/** The full form of a short name used in a headline ("Helix" for "Helix Robotics" in the lede). */
function fullForm(st: DocState, side: Side): Side {
  if (side.verified) return side;
  const prefix = side.org + ' ';
  for (const s of st.sentences.slice(0, LEDE_SENTENCES + 4)) {
    const o = s.mentions.orgs.find((x) => x.mention.startsWith(prefix));
    if (o) return sideOf(o);
  }
  return side;
}

/**
 * The flow the article frames, from a headline or lede that names a loser and a winner, or an unnamed group's move
 * ("Three senior researchers have left Mistral AI for Helix Robotics"); null when there is none or two disagree.
 * Call after the claims are collected (it reads `st.flows`).
 */
export function findFlowFrame(st: DocState): FlowFrame | null {
  let frame: FlowFrame | null = null;
  for (const s of st.sentences.slice(0, LEDE_SENTENCES)) {
    const f = lossToFlow(st, s) ?? hireFromFlow(s);
    if (f) { frame = { from: f.from, to: fullForm(st, f.to) }; break; }
  }
  const early = st.flows.filter((f) => f.unnamed && f.sentence < LEDE_SENTENCES);
  if (!frame && early.length) {
    const s = st.sentences[early[0].sentence];
    const from = s.mentions.orgs.find((o) => o.org === early[0].from);
    const to = s.mentions.orgs.find((o) => o.org === early[0].to);
    if (from && to) frame = { from: sideOf(from), to: sideOf(to) };
  }
  if (!frame) return null;
  // Two different flows in the lede: no single framing.
  if (early.some((f) => f.from !== frame!.from.org || f.to !== frame!.to.org)) return null;
  return frame;
}
