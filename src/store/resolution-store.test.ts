/**
 * Incremental resolution equals the whole-store pure function after every step: random batches of
 * documents, changed revisions and curation decisions, on both engines, with chunks small enough
 * that groups of linked names and namesakes meet across chunk boundaries.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MoveClaim, OrgSlot, Resolution } from '../core/types.ts';
import { applyDecisions, type DecisionInput } from '../curation/index.ts';
import { readSources } from '../ingest/index.ts';
import { defaultGazetteer } from '../orgs/index.ts';
import { rebuildMoves } from '../pipeline.ts';
import { extractSafely } from '../extract/index.ts';
import { resolveClaims } from '../resolve/index.ts';
import { generateCorpus } from '../../bench/synth/generate-corpus.ts';
import { postgresEngine, sqliteEngine, type ContractEngine } from './_contract-engines.ts';
import { kyselyOf } from './kysely-store.ts';
import { refreshFlowTotals } from './_flow-totals.ts';
import { makeArticle, makeClaim, save } from './_test-data.ts';
import type { Store } from './store.ts';

const engines: ContractEngine[] = [sqliteEngine(), await postgresEngine()];
const gazetteer = defaultGazetteer();

/** mulberry32: the same seed, the same steps. */
function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)], chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof createRandom>;

/** People, organizations and moves as comparable plain values: keys and content, no row ids. */
function normalise(r: Resolution) {
  return {
    people: r.people.map((p) => ({ key: p.key, name: p.name, names: [p.name, ...p.names.filter((n) => n !== p.name)] })).sort(byKey),
    orgs: r.orgs.map((o) => ({ key: o.key, name: o.name, verified: o.verified, parent: o.parent, aliases: o.aliases })).sort(byKey),
    moves: r.moves
      .map((m) => ({
        key: m.key,
        personKey: m.personKey,
        from: m.from ? `${m.from.orgKey}|${m.from.team ?? ''}` : null,
        to: m.to ? `${m.to.orgKey}|${m.to.team ?? ''}` : null,
        date: m.date,
        role: m.role,
        compensation: JSON.stringify(m.compensation ?? []),
        confidence: m.confidence,
        history: m.history,
        claimIds: [...new Set(m.claimIds)].sort((a, b) => a - b),
      }))
      .sort(byKey),
  };
}
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** What the store holds, read back from its tables. */
async function readStored(store: Store) {
  const db = kyselyOf(store);
  const people = await db.selectFrom('people').selectAll().execute();
  const orgs = await db.selectFrom('orgs').selectAll().execute();
  const moves = await db.selectFrom('moves').selectAll().execute();
  const links = await db.selectFrom('move_claims').selectAll().execute();
  const personKey = new Map(people.map((p) => [p.id, p.key]));
  const orgKey = new Map(orgs.map((o) => [o.id, o.key]));
  const claimsOf = new Map<number, number[]>();
  for (const l of links) claimsOf.set(l.move_id, [...(claimsOf.get(l.move_id) ?? []), l.claim_id]);
  const side = (id: number | null, team: string | null) => {
    if (id === null) return null;
    assert.ok(orgKey.has(id), `a move refers to organization id ${id}, which is not stored`);
    return `${orgKey.get(id)}|${team ?? ''}`;
  };
  return {
    people: people.map((p) => ({ key: p.key, name: p.name, names: JSON.parse(p.names) as string[] })).sort(byKey),
    orgs: orgs.map((o) => ({ key: o.key, name: o.name, verified: o.verified === 1, parent: o.parent_key, aliases: JSON.parse(o.aliases) as string[] })).sort(byKey),
    moves: moves
      .map((m) => {
        assert.ok(personKey.has(m.person_id), `move ${m.key} refers to person id ${m.person_id}, which is not stored`);
        return {
          key: m.key,
          personKey: personKey.get(m.person_id)!,
          from: side(m.from_org_id, m.from_team),
          to: side(m.to_org_id, m.to_team),
          date: m.date,
          role: m.role,
          compensation: m.compensation,
          confidence: Number(m.confidence),
          history: m.history === 1,
          claimIds: (claimsOf.get(m.id) ?? []).sort((a, b) => a - b),
        };
      })
      .sort(byKey),
    personNames: (await db.selectFrom('person_names').select('person_id').execute()).length,
  };
}

/** Asserts the store equals the pure function over every current claim and decision. */
async function assertEquivalent(store: Store, step: string): Promise<void> {
  const [claims, decisions] = await Promise.all([store.listClaims(), store.curation.listDecisions()]);
  const applied = applyDecisions(claims, decisions);
  const expected = normalise(resolveClaims(applied.claims, { gazetteer, people: applied.people }));
  const { personNames, ...stored } = await readStored(store);
  assert.deepEqual(stored.orgs, expected.orgs, `${step}: organizations`);
  assert.deepEqual(stored.people, expected.people, `${step}: people`);
  assert.deepEqual(stored.moves, expected.moves, `${step}: moves`);
  assert.ok(personNames >= stored.people.length, `${step}: every person has names`);
  // flow_totals as kept chunk by chunk equals a full recount.
  const db = kyselyOf(store);
  const totals = async () => (await db.selectFrom('flow_totals').selectAll().orderBy('from_org_id').orderBy('to_org_id').execute()).map((r) => ({ ...r, moves: Number(r.moves), people: Number(r.people) }));
  const kept = await totals();
  await refreshFlowTotals(db);
  assert.deepEqual(kept, await totals(), `${step}: flow totals`);
}

// A small world dense in the hard cases: one name in several scripts and spellings, namesakes
// whose key bases collide, organizations whose keys move ("Lumen" joins "Lumen Robotics" only
// while it is the one long form), nameless claims.
const PEOPLE: string[][] = [
  ['Tae-hyun Kim', '김태현', 'Kim Tae-hyun'],
  ['Ana Sofia Reyes', 'Ana Reyes'],
  ['Ana Sofia'],
  ['Ana-Sofia'],
  ['Wei Chen', 'Chen Wei', '천 웨이'],
  ['Ruoming Pang', '루오밍 팡'],
  ['Mark Lee'],
  ['Jane Doe'],
  ['Alex Kim', '알렉스 김'],
  ['Shengjia Zhao', '자오성자'],
  ['Min-jun Park', '박민준'],
  [''],
];
const ORGS: Array<string | null> = [
  'Apple', 'Meta', 'Google', 'DeepMind', 'OpenAI', '애플',
  'Lumen', 'Lumen Robotics', 'Lumen AI', 'Acme Robotics', 'ACME Robotics Inc.', 'Nova Reason', '노바리즌', 'Tidewater',
  null, null,
];
const DATES = [null, '2024', '2024-03', '2024-09', '2025-01', '2025-01-15', '2025-07'];

/** Names in a bucket; the whole world of a test. */
interface World {
  people: string[][];
  orgs: Array<string | null>;
  dates: Array<string | null>;
}
const WORLD: World = { people: PEOPLE, orgs: ORGS, dates: DATES };
// Pairs of names only weakly linked ("Huang Ting" ~ "홍태영", "Liu Junyi" ~ "류지윤"), which may join
// people only through a shared move: few organizations and dates, so claims often share one.
const WEAK_WORLD: World = {
  people: [['Huang Ting'], ['홍태영'], ['황도영'], ['Huang Tingyi'], ['Liu Junyi'], ['류준지'], ['류지윤'], ['류예준'], ['Liu Jiechen'], ['Zhao Chenjun'], ['Zhou Chenjun'], ['조성은'], ['Dao Garsen', '다오 가르센'], ['테오 케스센'], ['Teo Garsen'], ['']],
  orgs: ['Apple', 'Meta', 'Lumen Robotics', 'Nova Reason', null],
  dates: [null, '2024-03', '2024-03-10', '2025-01'],
};

function randomSlot(random: Random, world: World): OrgSlot | null {
  const org = random.pick(world.orgs);
  if (org === null) return null;
  const known = ['Apple', 'Meta', 'Google', 'DeepMind', 'OpenAI', '애플'].includes(org);
  return { org, team: random.chance(0.15) ? random.pick(['Foundation Models', 'Superintelligence Labs']) : null, verified: known, mention: org };
}

function randomClaim(random: Random, world: World = WORLD): MoveClaim {
  const forms = random.pick(world.people);
  const person = random.pick(forms);
  const aliases = random.chance(0.3) ? forms.filter((f) => f !== person && f) : [];
  return {
    person,
    aliases,
    from: randomSlot(random, world),
    to: randomSlot(random, world),
    date: random.pick(world.dates),
    role: random.chance(0.2) ? random.pick(['CTO', 'researcher']) : null,
    compensation: random.chance(0.1) ? { text: '$1M', usd: 1_000_000 } : null,
    confidence: random.pick([0.6, 0.8, 0.9]),
    history: random.chance(0.1),
    evidence: [],
  };
}

/** One random curation decision on current claims (reject, accept, edit, merge, split), or the undo of one. */
async function randomDecision(store: Store, random: Random): Promise<string> {
  const claims = await store.listClaims();
  if (claims.length < 2) return 'none';
  const a = random.pick(claims);
  const b = random.pick(claims.filter((c) => c.id !== a.id));
  const decisions = await store.curation.listDecisions();
  const kind = random.pick(['reject', 'accept', 'edit', 'edit', 'merge', 'split', 'undo'] as const);
  let input: DecisionInput;
  if (kind === 'undo') {
    if (!decisions.length) return 'none';
    await store.curation.removeDecision(random.pick(decisions).id);
    return 'undo';
  }
  if (kind === 'edit') {
    const fields = random.pick([{ person: random.pick(random.pick(PEOPLE)) || 'Jane Doe' }, { to: random.pick(['Lumen Robotics', 'Meta', 'Acme']) }, { date: '2023-05' }, { from: null }]);
    input = { action: 'edit', claimId: a.id, fields, by: 'test' };
  } else if (kind === 'merge' || kind === 'split') {
    input = { action: kind, claimId: a.id, otherClaimId: b.id, by: 'test' };
  } else {
    input = { action: kind, claimId: a.id, by: 'test' };
  }
  await store.curation.recordDecision(input);
  return kind;
}

for (const engine of engines) {
  describe(`incremental resolution (${engine.name})`, { skip: engine.skip }, () => {
    before(() => engine.setUp());
    after(() => engine.tearDown());

    it('resolves a small store whole and a larger one incrementally, with the same moves', async () => {
      const store = await engine.openEmpty();
      try {
        await save(store, makeArticle('a', 'Ana Reyes left Apple for Meta.'), [makeClaim('Ana Reyes', 'Apple', 'Meta')]);
        await save(store, makeArticle('b', 'Bo Lindqvist left Google for OpenAI.'), [makeClaim('Bo Lindqvist', 'Google', 'OpenAI')]);
        const bound = await store.resolution.claimIdBound();
        assert.ok(bound >= 2);
        const decisions = await store.curation.listDecisions();
        // Below the threshold: the whole-store path, which leaves the incremental index to be rebuilt.
        const whole = await rebuildMoves(store, gazetteer, 'auto', bound + 1);
        assert.equal((await store.resolution.update({ gazetteer, decisions })).full, true);
        // At the threshold: the incremental path, after which the index is current.
        const incremental = await rebuildMoves(store, gazetteer, 'auto', bound);
        assert.equal(incremental, whole);
        const next = await store.resolution.update({ gazetteer, decisions });
        assert.deepEqual([next.full, next.resolved], [false, 0]);
      } finally {
        await store.close();
      }
    });


    for (const [label, world, seed] of [['names in many scripts and spellings', WORLD, 7], ['weakly linked names', WEAK_WORLD, 5]] as const) {
    it(`equals the whole-store resolution after random batches, revisions and decisions, in small chunks (${label})`, async () => {
      const store = await engine.openEmpty();
      try {
        const random = createRandom(seed);
        let docs = 0;
        const sources: string[] = [];
        for (let step = 1; step <= 30; step++) {
          const actions: string[] = [];
          for (let n = random.int(5) + 1; n > 0; n--) {
            const revise = sources.length > 0 && random.chance(0.25);
            const source = revise ? random.pick(sources) : `doc-${++docs}`;
            if (!revise) sources.push(source);
            const claims = Array.from({ length: random.int(3) + (revise && random.chance(0.2) ? 0 : 1) }, () => randomClaim(random, world));
            await save(store, makeArticle(source, `${source} at step ${step}: ${JSON.stringify(claims)}`), claims);
            actions.push(revise ? `revise ${source}` : `add ${source}`);
          }
          if (step > 5 && random.chance(0.4)) actions.push(await randomDecision(store, random));
          const chunkClaims = random.pick([1, 2, 5, 20, 5000]);
          await store.resolution.update({ gazetteer, decisions: await store.curation.listDecisions(), chunkClaims });
          await assertEquivalent(store, `step ${step} (${actions.join(', ')}; chunks of ${chunkClaims})`);
        }
        // Nothing new: nothing is resolved again.
        const idle = await store.resolution.update({ gazetteer, decisions: await store.curation.listDecisions() });
        assert.equal(idle.resolved, 0);
        assert.equal(idle.full, false);
      } finally {
        await store.close();
      }
    });
    }

    it('keeps untouched rows (ids included) and resolves only the affected groups', async () => {
      const store = await engine.openEmpty();
      try {
        const claim = (person: string, from: string | null, to: string | null): MoveClaim => ({
          person, aliases: [], from: from ? { org: from, team: null, verified: true, mention: from } : null, to: to ? { org: to, team: null, verified: true, mention: to } : null,
          date: '2025-07', role: null, compensation: null, confidence: 0.9, history: false, evidence: [],
        });
        await save(store, makeArticle('a', 'a'), [claim('Jane Doe', 'Apple', 'Meta'), claim('Mark Lee', 'Google', 'OpenAI')]);
        const first = await store.resolution.update({ gazetteer, decisions: [] });
        assert.equal(first.full, true);
        const before = await kyselyOf(store).selectFrom('people').select(['id', 'key']).orderBy('key').execute();
        await save(store, makeArticle('b', 'b'), [claim('Jane Doe', 'Apple', 'Meta')]);
        const second = await store.resolution.update({ gazetteer, decisions: [] });
        assert.equal(second.full, false);
        assert.equal(second.resolved, 2, 'only Jane Doe\'s two claims');
        const afterRows = await kyselyOf(store).selectFrom('people').select(['id', 'key']).orderBy('key').execute();
        assert.equal(afterRows.find((p) => p.key === 'mark-lee')?.id, before.find((p) => p.key === 'mark-lee')?.id);
        assert.notEqual(afterRows.find((p) => p.key === 'jane-doe')?.id, before.find((p) => p.key === 'jane-doe')?.id);
        await assertEquivalent(store, 'after the second document');
        // A store resolved by the whole-store path is taken over by a rebuild.
        const claims = await store.listClaims();
        await store.saveResolution(resolveClaims(claims, { gazetteer }));
        const third = await store.resolution.update({ gazetteer, decisions: [] });
        assert.equal(third.full, true);
        await assertEquivalent(store, 'after a whole-store save');
      } finally {
        await store.close();
      }
    });

    it('a curation decision re-resolves only the groups of the claims it names, renames included', async () => {
      const store = await engine.openEmpty();
      try {
        await save(store, makeArticle('a', 'a'), [makeClaim('Jane Doe', 'Apple', 'Meta')]);
        await save(store, makeArticle('b', 'b'), [makeClaim('Ana Reyes', 'Apple', 'Meta')]);
        await save(store, makeArticle('c', 'c'), [makeClaim('Mark Lee', 'Google', 'OpenAI')]);
        await store.resolution.update({ gazetteer, decisions: [] });
        const [jane] = (await store.listClaims()).filter((c) => c.person === 'Jane Doe');
        // Renamed to the person of another document: the two groups must now resolve as one.
        await store.curation.recordDecision({ action: 'edit', claimId: jane.id, fields: { person: 'Ana Reyes' }, by: 'test' });
        const edited = await store.resolution.update({ gazetteer, decisions: await store.curation.listDecisions() });
        assert.equal(edited.full, false);
        assert.equal(edited.resolved, 2, `Jane Doe's claim and Ana Reyes's, not Mark Lee's: ${JSON.stringify(edited)}`);
        await assertEquivalent(store, 'after the edit');
        assert.equal((await store.counts()).people, 2);
        const undo = (await store.curation.listDecisions())[0];
        await store.curation.removeDecision(undo.id);
        const undone = await store.resolution.update({ gazetteer, decisions: await store.curation.listDecisions() });
        assert.equal(undone.full, false);
        await assertEquivalent(store, 'after undoing it');
        assert.equal((await store.counts()).people, 3);
      } finally {
        await store.close();
      }
    });

    it('equals the whole-store resolution over the samples and synthetic articles, ingested in random batches', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'poachwatch-incremental-'));
      const store = await engine.openEmpty();
      try {
        const random = createRandom(11);
        const paths: string[] = [];
        for (const lang of ['en', 'ko']) {
          for (const f of readdirSync(join('samples', lang))) paths.push(join('samples', lang, f));
        }
        const texts = new Map<string, string>();
        for (const doc of generateCorpus({ seed: 3, documents: 300 })) {
          const path = join(dir, `${doc.id}.txt`);
          writeFileSync(path, doc.text);
          texts.set(path, doc.text);
          paths.push(path);
        }
        // Shuffled, then ingested in batches of 10–80 with a re-ingested changed revision or a decision between some.
        for (let i = paths.length - 1; i > 0; i--) {
          const j = random.int(i + 1);
          [paths[i], paths[j]] = [paths[j], paths[i]];
        }
        const ingest = async (batch: string[]) => {
          for await (const item of readSources(batch)) if (item.ok) await store.saveDocument(item.article, extractSafely(item.article, gazetteer));
        };
        let step = 0;
        for (let at = 0; at < paths.length; step++) {
          const size = 10 + random.int(70);
          await ingest(paths.slice(at, at + size));
          at += size;
          const actions = [`${size} documents`];
          const written = [...texts.keys()].filter((p) => paths.slice(0, at).includes(p));
          if (written.length && random.chance(0.5)) {
            // A new revision: the article loses its last paragraph and gains another's first.
            const path = random.pick(written);
            const other = texts.get(random.pick(written))!;
            const paragraphs = texts.get(path)!.split('\n\n');
            const text = [...paragraphs.slice(0, -1), other.split('\n\n')[0]].join('\n\n');
            writeFileSync(path, text);
            texts.set(path, text);
            await ingest([path]);
            actions.push('a revision');
          }
          if (step > 0 && random.chance(0.5)) actions.push(await randomDecision(store, random));
          // Either path, in any order: a whole-store write must leave the incremental index to be rebuilt, never stale.
          if (random.chance(0.5)) await rebuildMoves(store, gazetteer, random.pick(['whole', 'incremental'] as const));
          else await store.resolution.update({ gazetteer, decisions: await store.curation.listDecisions(), chunkClaims: random.pick([10, 100]) });
          await assertEquivalent(store, `batch ${step} (${actions.join(', ')})`);
        }
        assert.ok((await store.counts()).moves > 300);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

