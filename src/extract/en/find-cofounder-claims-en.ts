/** "Her co-founder is Stefan Keller", "his co-founder, Ana Ruiz,": the partner of a founding just told joins the company founded. */
import { originInSubject } from './find-sides-en.ts';
import type { DocState, RawClaim, Sentence, Side } from './_doc-en.ts';

const OWNERS = new Set(['her', 'his', 'their']);
const PARTNER_NOUNS = new Set(['co-founder', 'cofounder', 'co-founders', 'cofounders']);

/**
 * Claims for the partner named as "her co-founder" in a sentence right after a founding (the caller checks how near):
 * that person joins `to`, the organization founded. Only a possessive pronoun ties the partner to the founder just named.
 * @example findCofounderClaimsEn(st, s, founded)[0]?.to?.org // 'Parallax Forge'
 */
export function findCofounderClaimsEn(st: DocState, s: Sentence, to: Side): RawClaim[] {
  const toks = s.tokens;
  for (let i = s.contentStart; i + 2 < toks.length; i++) {
    if (!OWNERS.has(toks[i].lower) || !PARTNER_NOUNS.has(toks[i + 1].lower) || s.quoted[i]) continue;
    // "is X", "was X", ", X": the name right after the noun phrase.
    let k = i + 2;
    if (toks[k].lower === 'is' || toks[k].lower === 'was' || toks[k].lower === 'are' || toks[k].text === ',') k++;
    const p = s.personStart[k] >= 0 ? s.persons[s.personStart[k]] : undefined;
    if (!p || p.poss) return [];
    // "…, a former Stripe engineer": the partner's own origin in the appositive.
    let apEnd = p.tokEnd + 1;
    while (apEnd < toks.length && toks[apEnd].text !== ',' && toks[apEnd].text !== ';') apEnd++;
    const from = toks[p.tokEnd]?.text === ',' ? originInSubject(s, p.tokEnd, apEnd, to.org) : null;
    return [{
      person: p.name, from, to, fromExplicit: false, dates: [], back: false, weak: false, dateOnly: false, background: false,
      noFrom: false, sentence: s.idx, evidence: [{ start: s.start, end: s.end, text: st.text.slice(s.start, s.end) }], role: null, confidence: 0.7,
    }];
  }
  return [];
}
