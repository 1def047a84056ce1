/**
 * A resolved talent market at scale, as the rows saveResolution would write: organizations (with
 * sub-units and unverified startups), people in two scripts, moves over ten years with their claims
 * and documents. Streams in chunks so that a million moves never sit in memory at once.
 */
import type { Insertable } from 'kysely';
import { createRng, type Rng } from '../synth/create-rng.ts';
import { makePersonName } from '../synth/make-person-name.ts';
import { SYNTH_ORGS } from '../synth/synth-orgs.ts';
import { buildResolutionRows } from '../../src/store/_resolution-rows.ts';
import { boundDate } from '../../src/store/_date-bounds.ts';
import { foldNameKey } from '../../src/store/_name-key.ts';
import type { ResolvedOrg } from '../../src/core/types.ts';
import type { ClaimTable, DocumentTable, MoveClaimTable, MoveTable, OrgNameTable, OrgTable, PersonNameTable, PersonTable } from '../../src/store/schema.ts';

export interface ScaleWorldOptions {
  seed: number;
  moves: number;
  /** Moves per yielded chunk (default 20,000). */
  chunk?: number;
}

export interface ScaleChunk {
  documents: Insertable<DocumentTable>[];
  claims: Insertable<ClaimTable>[];
  people: Insertable<PersonTable>[];
  personNames: Insertable<PersonNameTable>[];
  moves: Insertable<MoveTable>[];
  moveClaims: Insertable<MoveClaimTable>[];
}

/** Named so queries in the benchmark can ask for them: a large, a middling and a sub-unit. */
export const PROBE_ORGS = { large: 'Google', middling: 'Upstage', subUnit: 'Google DeepMind' } as const;

// Sub-units with parents, as the gazetteer links them (a move into DeepMind counts for Google).
const SUB_UNITS: Array<[name: string, parent: string]> = [
  ['Google DeepMind', 'Google'], ['Meta Superintelligence Labs', 'Meta'], ['FAIR', 'Meta'], ['Microsoft AI', 'Microsoft'],
  ['Samsung Research', 'Samsung'], ['Naver Cloud', 'Naver'], ['AWS', 'Amazon'], ['Alibaba Cloud', 'Alibaba'],
];
const STARTUPS = 2000;
// A few organizations attract most moves, as in real news: weights fall off like 1/rank.
const ZIPF_S = 1;
const PEOPLE_PER_MOVE = 0.4;
const CLAIMS_PER_DOCUMENT = 4;
const DAYS = 3653;
const FIRST_DAY = Date.UTC(2016, 0, 1) / 86_400_000;

/** The organizations of the world, as a resolution lists them (canonical key = name). */
export function scaleOrgs(seed: number): ResolvedOrg[] {
  const rng = createRng(seed);
  const orgs: ResolvedOrg[] = SYNTH_ORGS.map((o) => ({ key: o.name, name: o.name, verified: true, parent: null, aliases: [...new Set([o.en, o.ko])] }));
  for (const [name, parent] of SUB_UNITS) orgs.push({ key: name, name, verified: true, parent, aliases: [] });
  for (let i = 0; i < STARTUPS; i++) {
    const name = `${makePersonName(rng, 'western').en.split(' ')[1]} ${['Labs', 'AI', 'Robotics', 'Systems'][i % 4]} ${i}`;
    orgs.push({ key: name, name, verified: false, parent: null, aliases: [] });
  }
  return orgs;
}

/** Rows for the organizations (ids 1..n in list order, as saveResolution numbers them). */
export function scaleOrgRows(seed: number): { orgs: Insertable<OrgTable>[]; orgNames: Insertable<OrgNameTable>[]; count: number; established: number } {
  const orgs = scaleOrgs(seed);
  const rows = buildResolutionRows({ orgs, people: [], moves: [] });
  return { orgs: rows.orgs, orgNames: rows.orgNames, count: orgs.length, established: SYNTH_ORGS.length + SUB_UNITS.length };
}

function zipfPicker(rng: Rng, n: number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 1; i <= n; i++) cumulative.push((total += 1 / i ** ZIPF_S));
  return () => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1; // org ids start at 1
  };
}

const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * Yields the people, moves, claims and documents in chunks, ids numbered from 1. People come into
 * being as moves need them, so a chunk holds only its own people.
 */
export function* scaleWorld(opts: ScaleWorldOptions): Generator<ScaleChunk> {
  const rng = createRng(opts.seed + 1);
  const chunkSize = opts.chunk ?? 20_000;
  const { count: orgCount, established } = scaleOrgRows(opts.seed);
  const pickEstablished = zipfPicker(rng, established);
  const pickOrg = (): number => (rng.chance(0.15) ? established + 1 + rng.int(orgCount - established) : pickEstablished());
  const peopleTotal = Math.max(1, Math.round(opts.moves * PEOPLE_PER_MOVE));
  let peopleMade = 0;
  let documentId = 0;
  let claimId = 0;
  for (let start = 0; start < opts.moves; start += chunkSize) {
    const end = Math.min(opts.moves, start + chunkSize);
    const chunk: ScaleChunk = { documents: [], claims: [], people: [], personNames: [], moves: [], moveClaims: [] };
    // Everyone this chunk's moves may name exists by the end of the chunk.
    const peopleBy = Math.min(peopleTotal, Math.ceil((end / opts.moves) * peopleTotal));
    for (; peopleMade < peopleBy; ) {
      const id = ++peopleMade;
      const name = makePersonName(rng);
      const names = [`${name.en} ${id}`, `${name.ko} ${id}`];
      chunk.people.push({ id, key: `p${id}`, name: names[0], names: JSON.stringify(names) });
      for (const n of names) chunk.personNames.push({ person_id: id, name: n, name_key: foldNameKey(n) });
    }
    for (let id = start + 1; id <= end; id++) {
      if ((id - 1) % CLAIMS_PER_DOCUMENT === 0) {
        documentId++;
        const text = `Synthetic document ${documentId} for the query benchmark.`;
        chunk.documents.push({
          id: documentId, source: `scale/${documentId}.txt`, url: null, title: `Document ${documentId}`, lang: documentId % 2 ? 'en' : 'ko',
          published: isoDay(FIRST_DAY + Math.floor((id / opts.moves) * DAYS)), published_from: 'dateline', content_hash: `h${documentId}`,
          media_type: 'text/plain', charset: 'utf-8', bytes: text.length, text, revision: 1, superseded: 0, extractor: 'bench', ingested_at: '2026-01-01T00:00:00Z',
        });
      }
      const personId = 1 + rng.int(peopleMade);
      let from: number | null = rng.chance(0.06) ? null : pickOrg();
      let to: number | null = rng.chance(0.06) ? null : pickOrg();
      if (from !== null && from === to) to = to === 1 ? 2 : to - 1;
      if (from === null && to === null) from = pickOrg();
      const day = FIRST_DAY + rng.int(DAYS);
      const precision = rng.next();
      const date = rng.chance(0.02) ? null : precision < 0.6 ? isoDay(day) : precision < 0.9 ? isoDay(day).slice(0, 7) : isoDay(day).slice(0, 4);
      const bounds = boundDate(date);
      const history = rng.chance(0.05) ? 1 : 0;
      const fromTeam = from !== null && rng.chance(0.2) ? `team ${from}-${rng.int(3)}` : null;
      const toTeam = to !== null && rng.chance(0.2) ? `team ${to}-${rng.int(3)}` : null;
      chunk.moves.push({
        id, key: `m${id}`, person_id: personId,
        from_org_id: from, from_team: fromTeam, from_team_key: fromTeam && foldNameKey(fromTeam),
        to_org_id: to, to_team: toTeam, to_team_key: toTeam && foldNameKey(toTeam),
        date, date_sort: bounds?.first ?? null, date_end: bounds?.last ?? null, date_precision: bounds?.precision ?? null,
        role: rng.chance(0.5) ? 'research scientist' : null, compensation: '[]', confidence: 0.9, history,
      });
      claimId++;
      chunk.claims.push({
        id: claimId, document_id: documentId, person: `person ${personId}`, aliases: '[]',
        from_org: from === null ? null : String(from), from_team: fromTeam, from_verified: from === null ? null : 1, from_mention: null,
        to_org: to === null ? null : String(to), to_team: toTeam, to_verified: to === null ? null : 1, to_mention: null,
        date, role: null, comp_text: null, comp_usd: null, comp_amount: null, comp_currency: null, confidence: 0.9, history,
        evidence: '[{"start":0,"end":9,"text":"Synthetic"}]', extractor: 'bench',
      });
      chunk.moveClaims.push({ move_id: id, claim_id: claimId });
    }
    yield chunk;
  }
}
