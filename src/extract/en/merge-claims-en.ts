/** Joins the raw claims about one person into moves: compatible claims merge, the latest move is the news, earlier ones are history. */
import type { Span } from '../../core/types.ts';
import type { RawClaim, Side } from './_doc-en.ts';
import { maxOf, minOf } from '../common/extremes.ts';

/** A merged move of one person, before it is written out as a MoveClaim. */
export interface MergedMove {
  person: string;
  from: Side | null;
  to: Side | null;
  date: string | null;
  role: string | null;
  confidence: number;
  history: boolean;
  evidence: Span[];
  sentences: number[];
  back: boolean;
  weak: boolean;
  noFrom: boolean;
  relative: boolean;
  claims: RawClaim[];
}

export interface MergeOptions {
  published: string | null;
  /** Transitions stated anywhere in the document, to give a return its origin. */
  flows: Array<{ from: string; to: string; sentence?: number }>;
}

const MAX_GROUPS = 50;
const same = (a: Side | null, b: Side | null) => !a || !b || a.org === b.org;
const pick = (a: Side | null, b: Side | null) => (a && b && !a.team && b.team && a.org === b.org ? b : a ?? b);

/** Months from a partial date to the publication date (positive: before publication); null when either is unknown. */
function monthsBefore(date: string | null, published: string | null): number | null {
  if (!date || !published) return null;
  const [y, m] = date.split('-').map(Number);
  const [py, pm] = published.split('-').map(Number);
  return (py - y) * 12 + ((pm || 6) - (m || 6));
}

/** One date for a group: the start date when stated; leaving and starting in the same month give the month. */
function chooseDate(dates: RawClaim['dates']): string | null {
  if (!dates.length) return null;
  const join = dates.filter((d) => d.kind === 'join');
  const depart = dates.filter((d) => d.kind === 'depart');
  const other = dates.filter((d) => d.kind === 'other');
  const precise = (list: RawClaim['dates']) => list.reduce<string | null>((best, d) => (!best || d.value.length > best.length ? d.value : best), null);
  const j = precise(join) ?? precise(other);
  const d = precise(depart);
  if (j && d && j !== d) return j.slice(0, 7) === d.slice(0, 7) ? j.slice(0, 7) : j;
  return j ?? d;
}

const sortKey = (date: string | null) => (date ? date.padEnd(10, date.length === 4 ? '-06-15' : '-15') : '9999');

/**
 * Merges raw claims per person.
 * @example mergeClaimsEn([{ person: 'A', from: apple, to: null, … }, { person: 'A', from: null, to: meta, … }], opts) // one move Apple → Meta
 */
export function mergeClaimsEn(raw: RawClaim[], opts: MergeOptions): MergedMove[] {
  const byPerson = new Map<string, RawClaim[]>();
  for (const c of raw) {
    const list = byPerson.get(c.person) ?? [];
    list.push(c);
    byPerson.set(c.person, list);
  }
  const flowsFrom = new Map<string, MergeOptions['flows']>();
  for (const f of opts.flows) (flowsFrom.get(f.from) ?? flowsFrom.set(f.from, []).get(f.from)!).push(f);
  const out: MergedMove[] = [];
  for (const [person, claims] of byPerson) {
    const donors = claims.filter((c) => c.dateOnly);
    const groups: Array<{ claims: RawClaim[]; from: Side | null; to: Side | null; year: string | null }> = [];
    for (const c of claims) {
      if (c.dateOnly) continue;
      // Bounded work for pathological input: a person with hundreds of distinct moves is noise, not news.
      if (groups.length >= MAX_GROUPS) break;
      const year = c.dates[0]?.value.slice(0, 4) ?? null;
      let best: (typeof groups)[number] | null = null;
      let bestScore = -1;
      for (const g of groups) {
        if (!same(g.from, c.from) || !same(g.to, c.to)) continue;
        const from = g.from ?? c.from; const to = g.to ?? c.to;
        if (from && to && from.org === to.org) continue;
        if (g.year && year && g.year !== year) continue;
        const score = (g.from && c.from ? 1 : 0) + (g.to && c.to ? 1 : 0);
        if (score > bestScore) { best = g; bestScore = score; }
      }
      if (best) {
        best.claims.push(c);
        best.from = c.fromExplicit && c.from ? c.from : pick(best.from, c.from);
        best.to = pick(best.to, c.to);
        best.year ??= year;
      } else groups.push({ claims: [c], from: c.from, to: c.to, year });
    }
    const moves: MergedMove[] = groups.map((g) => {
      const evidence = new Map<number, Span>();
      for (const c of g.claims) for (const e of c.evidence) evidence.set(e.start, e);
      const date = chooseDate(g.claims.flatMap((c) => c.dates));
      const background = g.claims.every((c) => c.background);
      return {
        person, from: g.from, to: g.to, date,
        role: g.claims.find((c) => c.role)?.role ?? null,
        confidence: maxOf(g.claims.map((c) => c.confidence)),
        history: false,
        evidence: [...evidence.values()].sort((a, b) => a.start - b.start),
        sentences: g.claims.map((c) => c.sentence),
        back: g.claims.some((c) => c.back),
        weak: g.claims.every((c) => c.weak),
        noFrom: g.claims.some((c) => c.noFrom),
        relative: background,
        claims: g.claims,
      };
    });
    // The news is the latest move told in a main clause; a return beats what it returns from.
    if (moves.length > 1) {
      // Rank: told in a main clause, not dated long before publication, a return, then told first.
      const rank = (m: MergedMove) => {
        const age = monthsBefore(m.date, opts.published);
        const old = (age !== null && age > 9) || (!opts.published && !!m.date && m.date.length === 4);
        return [m.relative ? 0 : 1, old ? 0 : 1, m.back ? 1 : 0, -minOf(m.sentences)];
      };
      const better = (x: number[], y: number[]) => { for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] > y[i]; return false; };
      const main = moves.reduce((a, b) => (better(rank(b), rank(a)) ? b : a));
      for (const m of moves) if (m !== main) m.history = true;
      if (!main.from) {
        const earlier = moves.filter((m) => m !== main && m.to && m.to.org !== main.to?.org).sort((a, b) => sortKey(b.date).localeCompare(sortKey(a.date)))[0];
        if (earlier?.to) main.from = earlier.to;
      }
    }
    for (const m of moves) {
      const age = monthsBefore(m.date, opts.published);
      // An old date makes a move history unless a main-clause statement in it carries no date of its own ("who left in 2023, has co-founded X").
      const undatedMain = m.claims.some((c) => !c.background && !c.dates.length);
      if (!undatedMain && ((age !== null && age > 9) || (!opts.published && m.date && m.date.length === 4))) m.history = true;
      if (!m.history && m.back && !m.from && m.to) {
        const flow = flowsFrom.get(m.to.org)?.find((f) => f.to !== m.to!.org);
        if (flow) m.from = { org: flow.to, team: null, verified: true, mention: flow.to };
      }
      if (!m.history && !m.date) {
        const used = donors.filter((c) => c.dates.length);
        const d = chooseDate(used.flatMap((c) => c.dates));
        if (d) {
          m.date = d;
          const seen = new Set(m.evidence.map((e) => e.start));
          for (const c of used) for (const e of c.evidence) if (!seen.has(e.start)) { m.evidence.push(e); seen.add(e.start); }
          m.evidence.sort((x, y) => x.start - y.start);
        }
      }
      if (m.noFrom) m.from = null;
      if (m.history) m.confidence = Math.min(m.confidence, 0.6);
    }
    out.push(...moves);
  }
  return out;
}
