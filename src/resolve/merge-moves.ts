/** One person's claims become moves: reports of the same transition merge, every source kept. */
import type { Compensation, PartialDate, ResolvedMove, ResolvedSide, StoredClaim } from '../core/types.ts';
import { datePrecision, monthGap } from './_dates.ts';
import type { ClaimSides } from './resolve-org-slots.ts';
import { pushTo } from '../core/push-to.ts';

/** A claim with its resolved sides. */
export interface SidedClaim extends ClaimSides {
  claim: StoredClaim;
}

/** A merged move before keys are assigned. */
export type MoveDraft = Omit<ResolvedMove, 'key' | 'personKey'>;

interface Bucket {
  from: string | null;
  to: string | null;
  items: SidedClaim[];
  /** Distinct dates of the reports, so a popular move's many reports are not rescanned. */
  dates: Set<PartialDate>;
  kinds: Set<boolean>;
  /** Creation order: ties go to the earlier move. */
  order: number;
}

// Reports of one move disagree on the date by weeks, not half a year; further apart is a repeat (A → B twice).
const SAME_MOVE_MONTHS = 6;
const COMPLETING_MONTHS = 6;

const knownSides = (c: SidedClaim) => Number(!!c.from) + Number(!!c.to);

function compareClaims(a: SidedClaim, b: SidedClaim): number {
  return (
    knownSides(b) - knownSides(a) ||
    datePrecision(b.claim.date) - datePrecision(a.claim.date) ||
    b.claim.confidence - a.claim.confidence ||
    (a.claim.source < b.claim.source ? -1 : a.claim.source > b.claim.source ? 1 : 0) ||
    a.claim.id - b.claim.id
  );
}

/** The smallest gap between the claim's date and any dated report in the bucket; undefined if either lacks one. */
function gapTo(bucket: Bucket, c: SidedClaim): number | undefined {
  let best: number | undefined;
  for (const d of bucket.dates) {
    const g = monthGap(d, c.claim.date);
    if (g !== undefined && (best === undefined || g < best)) best = g;
  }
  return best;
}

function fitScore(bucket: Bucket, c: SidedClaim): number {
  const from = c.from?.orgKey ?? null;
  const to = c.to?.orgKey ?? null;
  if (from && bucket.from && from !== bucket.from) return -1;
  if (to && bucket.to && to !== bucket.to) return -1;
  const newFrom = bucket.from ?? from;
  const newTo = bucket.to ?? to;
  if (newFrom && newTo && newFrom === newTo) return -1;
  const completes = (!!from && !bucket.from) || (!!to && !bucket.to);
  const gap = gapTo(bucket, c);
  if (gap !== undefined && gap > (completes ? COMPLETING_MONTHS : SAME_MOVE_MONTHS)) return -1;
  const equalSides = Number(!!from && from === bucket.from) + Number(!!to && to === bucket.to);
  const closeness = gap === undefined ? 0 : gap === 0 ? 3 : gap <= 1 ? 2 : 1;
  const sameKind = bucket.kinds.has(c.claim.history) ? 1 : 0;
  return equalSides * 10 + closeness + sameKind + Math.min(bucket.items.length, 9) * 0.01;
}

/** The most common non-empty value; ties go to the one from the more confident claim. */
function pickCommon(values: Array<{ value: string | null | undefined; confidence: number }>): string | null {
  const score = new Map<string, number>();
  for (const { value, confidence } of values) if (value) score.set(value, (score.get(value) ?? 0) + 1 + confidence * 0.01);
  let best: string | null = null;
  let bestScore = -1;
  for (const [v, s] of score) if (s > bestScore || (s === bestScore && best !== null && v < best)) [best, bestScore] = [v, s];
  return best;
}

/**
 * The date of a merged move: the most precise any report gives; among conflicting dates of
 * that precision, the one with more (and more confident) reports.
 */
export function pickMoveDate(claims: Array<Pick<StoredClaim, 'date' | 'confidence'>>): PartialDate | null {
  const top = claims.reduce((m, c) => Math.max(m, datePrecision(c.date)), 0);
  if (!top) return null;
  return pickCommon(claims.filter((c) => datePrecision(c.date) === top).map((c) => ({ value: c.date, confidence: c.confidence })));
}

function compensationKey(c: Compensation): string {
  if (c.usd != null || c.amount != null) return `${c.usd ?? ''}|${c.amount ?? ''}|${c.currency ?? ''}`;
  return c.text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function buildDraft(bucket: Bucket): MoveDraft {
  const items = [...bucket.items].sort((a, b) => a.claim.id - b.claim.id);
  const side = (pick: (c: SidedClaim) => ResolvedSide | null, orgKey: string | null): ResolvedSide | null => {
    if (!orgKey) return null;
    const team = pickCommon(items.map((c) => ({ value: pick(c)?.orgKey === orgKey ? pick(c)?.team : null, confidence: c.claim.confidence })));
    return { orgKey, team };
  };
  const compensation: MoveDraft['compensation'] = [];
  const seen = new Set<string>();
  for (const it of items) {
    const comp = it.claim.compensation;
    if (!comp) continue;
    const key = compensationKey(comp);
    if (seen.has(key)) continue;
    seen.add(key);
    compensation.push({ ...comp, claimId: it.claim.id });
  }
  let miss = 1;
  for (const it of items) miss *= 1 - Math.min(1, Math.max(0, it.claim.confidence));
  return {
    from: side((c) => c.from, bucket.from),
    to: side((c) => c.to, bucket.to),
    date: pickMoveDate(items.map((c) => c.claim)),
    role: pickCommon(items.map((c) => ({ value: c.claim.role, confidence: c.claim.confidence }))),
    compensation,
    // Reports combined never make a move certain; a claim a human accepted or edited (confidence 1) does.
    confidence: items.some((c) => c.claim.confidence >= 1) ? 1 : Math.min(0.99, 1 - miss),
    history: items.every((c) => c.claim.history),
    claimIds: items.map((c) => c.claim.id),
  };
}

/** Buckets indexed by their known sides, so a claim is scored only against moves it could join. */
class BucketIndex {
  readonly all: Bucket[] = [];
  private byFrom = new Map<string, Bucket[]>();
  private byTo = new Map<string, Bucket[]>();
  private noFrom = new Set<Bucket>();
  private noTo = new Set<Bucket>();

  /** Buckets that share a known side with the claim or leave that side open. */
  candidates(from: string | null, to: string | null): Iterable<Bucket> {
    if (!from && !to) return this.all;
    const out = new Set<Bucket>();
    if (from) for (const b of this.byFrom.get(from) ?? []) out.add(b);
    if (to) for (const b of this.byTo.get(to) ?? []) out.add(b);
    if (from && to) {
      for (const b of this.noFrom) if (!b.to) out.add(b);
    } else if (from) {
      for (const b of this.noFrom) out.add(b);
    } else {
      for (const b of this.noTo) out.add(b);
    }
    return [...out].sort((a, b) => a.order - b.order);
  }

  create(): Bucket {
    const b: Bucket = { from: null, to: null, items: [], dates: new Set(), kinds: new Set(), order: this.all.length };
    this.all.push(b);
    this.noFrom.add(b);
    this.noTo.add(b);
    return b;
  }

  /** Records a claim in a bucket, filling in its unknown sides. */
  add(b: Bucket, c: SidedClaim): void {
    b.items.push(c);
    if (c.claim.date) b.dates.add(c.claim.date);
    b.kinds.add(c.claim.history);
    const from = c.from?.orgKey ?? null;
    const to = c.to?.orgKey ?? null;
    if (!b.from && from) {
      b.from = from;
      this.noFrom.delete(b);
      pushTo(this.byFrom, from, b);
    }
    if (!b.to && to) {
      b.to = to;
      this.noTo.delete(b);
      pushTo(this.byTo, to, b);
    }
  }
}

/**
 * Merges one person's claims into moves. Claims with both sides known are placed first; a claim
 * joins the best compatible move (same sides, or an unknown side on either part, dates at most
 * six months apart), so "left Apple" + "joined Lumen" become one Apple → Lumen move, a
 * boomerang stays two moves, and a one-sided claim joins at most one move.
 */
export function mergeMoves(claims: SidedClaim[]): MoveDraft[] {
  const index = new BucketIndex();
  for (const c of [...claims].sort(compareClaims)) {
    let best: Bucket | undefined;
    let bestScore = -1;
    for (const b of index.candidates(c.from?.orgKey ?? null, c.to?.orgKey ?? null)) {
      const s = fitScore(b, c);
      if (s > bestScore) [best, bestScore] = [b, s];
    }
    index.add(best ?? index.create(), c);
  }
  return index.all.map(buildDraft);
}
