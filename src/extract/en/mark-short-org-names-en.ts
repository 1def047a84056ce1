/** Marks the short form of an unknown organization ("Helix" after "Helix Intelligence") wherever a document uses it alone. */
import type { NameRun } from './find-mentions-en.ts';
import { addContextOrg } from './find-mentions-en.ts';
import type { Sentence } from './_doc-en.ts';
import { FUNCTION_WORDS, ORG_SUFFIXES, PLACES, TITLE_WORDS } from './_lexicon-en.ts';

/** First words of the unverified multi-word organizations named in the document, to their full names (unambiguous ones only). */
function collectShortForms(sentences: Sentence[], nameParts: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const s of sentences) {
    for (const o of s.mentions.orgs) {
      if (o.verified || o.tokEnd - o.tokStart < 2) continue;
      const first = s.tokens[o.tokStart];
      const key = first.lower;
      if (first.kind !== 'word' || first.text.length < 3 || FUNCTION_WORDS.has(key) || TITLE_WORDS.has(key) || PLACES.has(key) || ORG_SUFFIXES.has(key) || nameParts.has(key)) continue;
      const seen = out.get(key);
      if (seen && seen !== o.org) clash.add(key);
      else out.set(key, o.org);
    }
  }
  for (const k of clash) out.delete(k);
  return out;
}

/**
 * Adds an organization mention for each lone use of a known short form: a capitalised word not followed by another
 * capitalised word (that would be a longer name) and not already part of a mention.
 * `runs` are the document's candidate name runs; their words never count as short forms.
 * @example markShortOrgNamesEn(text, sentences, runs) // "Helix declined to comment" now mentions Helix Intelligence
 */
export function markShortOrgNamesEn(text: string, sentences: Sentence[], runs: Array<{ run: NameRun }>): void {
  const nameParts = new Set<string>();
  for (const { run } of runs) if (run.parts.length >= 2) for (const p of run.parts) nameParts.add(p.toLowerCase());
  const forms = collectShortForms(sentences, nameParts);
  if (!forms.size) return;
  for (const s of sentences) {
    const { tokens } = s;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.cap || t.kind !== 'word' || s.mentions.orgAt[i] >= 0) continue;
      const full = forms.get(t.lower);
      if (!full) continue;
      const next = tokens[i + 1];
      if (!t.poss && next && next.kind === 'word' && next.cap) continue;
      addContextOrg(text, tokens, s.mentions, i, i + 1, full);
    }
  }
}
