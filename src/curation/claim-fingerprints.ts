/** Stable fingerprints of a claim, so a human decision finds "the same claim" again after re-extraction. */
import { createHash } from 'node:crypto';
import type { MoveClaim, OrgSlot } from '../core/types.ts';
import { normalizeOrgName } from '../resolve/index.ts';

/** The claim fields a fingerprint reads: what it says plus the document source it came from. */
export type FingerprintedClaim = Pick<MoveClaim, 'person' | 'aliases' | 'from' | 'to'> & { source: string };

// Bump when the rule below changes: old fingerprints then stop matching instead of matching wrongly.
const VERSION = 'fp1';

/** Case, width, spacing and punctuation folded: "Ruoming  Pang" and "ruoming-pang" are one name. */
export function foldPersonName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function orgPart(slot: OrgSlot | null): string {
  if (!slot) return '-';
  return normalizeOrgName(slot.org || slot.mention) || '?';
}

/**
 * One sha1 per written form of the person's name, over (document source, folded name, origin
 * organization, destination organization). The rule:
 * - the document *source* (path or URL), not the document id or revision: a new revision of the
 *   same article, or a re-extraction by a newer extractor, keeps the source;
 * - the *person* and both *organizations*, folded (case, spacing, legal forms): what makes it this
 *   claim rather than another one in the same article;
 * - not the date, role, team, compensation, confidence or evidence offsets: rewording the article
 *   moves offsets and can sharpen a date, and the claim is still the same.
 * A name form each: the newer extraction may put "루오밍 팡" first where the older had "Ruoming Pang";
 * a decision applies to a claim when any fingerprint is shared.
 * Two claims in one article about the same person and the same two organizations (a move and
 * its reversal years later, say) share fingerprints, and so share decisions.
 */
export function claimFingerprints(claim: FingerprintedClaim): string[] {
  const names = new Set([claim.person, ...(claim.aliases ?? [])].map((n) => foldPersonName(n ?? '')).filter(Boolean));
  if (names.size === 0) names.add('');
  const from = orgPart(claim.from);
  const to = orgPart(claim.to);
  return [...names]
    .map((name) => createHash('sha1').update([VERSION, claim.source, name, from, to].join('\u0000')).digest('hex'))
    .sort();
}
