/** The Store contract: one suite, run on SQLite (a temporary file) and on PostgreSQL (a throwaway database). */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { InputError } from '../core/errors.ts';
import type { Article, Extraction, MoveClaim, Resolution, ResolvedMove, StoredClaim } from '../core/types.ts';
import { openStore, type MoveRow, type Store } from './index.ts';
import { postgresEngine, sqliteEngine, type ContractEngine } from './_contract-engines.ts';
import { listMigrations } from './migrations/migrate-store.ts';
import { makeArticle, makeClaim, makeExtraction, save } from './_test-data.ts';

const engines: ContractEngine[] = [sqliteEngine(), await postgresEngine()];

/** Strips what the store adds, to compare with what was saved. */
function asSaved(claim: StoredClaim): MoveClaim {
  const { id, documentId, source, published, lang, extractor, ...rest } = claim;
  return rest;
}

const describeMove = (m: MoveRow) => `${m.person.name} ${m.from?.name ?? '?'}>${m.to?.name ?? '?'} ${m.date ?? 'undated'}`;

/**
 * A small world: three documents, then a resolution over their claims.
 *   m1 Ruoming Pang  Apple → Meta (team Superintelligence Labs)  2025-07-07  two sources (en, ko)
 *   m2 Tom Gunter    Apple → Meta                                2025-07
 *   m3 Bowen Zhang   Apple → Meta                                2025
 *   m4 Mark Lee      Google (team DeepMind) → OpenAI             2024-11-15
 *   m5 Jane Doe      Apple → Google                              2019, career history
 *   m6 Mark Lee      OpenAI → Google DeepMind (a sub-unit org)   2025-09-01
 *   m7 Alex Kim      Meta → (unknown)                            undated
 */
async function buildWorld(store: Store): Promise<Resolution> {
  const en = makeArticle('https://example.com/en-1', 'Ruoming Pang and Tom Gunter left Apple for Meta.');
  await save(store, en, [makeClaim('Ruoming Pang', 'Apple', 'Meta', { date: '2025-07-07' }), makeClaim('Tom Gunter', 'Apple', 'Meta')]);
  const ko = makeArticle('news/ko-1.txt', '루오밍 팡과 보웬 장이 애플을 떠나 메타로 갔다.', { lang: 'ko', published: '2025-07-30', url: null });
  await save(store, ko, [makeClaim('루오밍 팡', 'Apple', 'Meta'), makeClaim('보웬 장', 'Apple', 'Meta', { date: '2025' })]);
  const other = makeArticle('news/en-2.txt', 'Mark Lee, Jane Doe and Alex Kim moved.', { published: '2025-09-02' });
  await save(store, other, [
    makeClaim('Mark Lee', 'Google', 'OpenAI', { date: '2024-11-15' }),
    makeClaim('Jane Doe', 'Apple', 'Google', { date: '2019', history: true }),
    makeClaim('Mark Lee', 'OpenAI', 'Google', { date: '2025-09-01' }),
    makeClaim('Alex Kim', 'Meta', null, { date: null }),
  ]);
  const ids = (await store.listClaims()).map((c) => c.id);
  const move = (key: string, personKey: string, from: [string, string | null] | null, to: [string, string | null] | null, date: string | null, claimIds: number[], history = false): ResolvedMove => ({
    key,
    personKey,
    from: from && { orgKey: from[0], team: from[1] },
    to: to && { orgKey: to[0], team: to[1] },
    date,
    role: null,
    compensation: [],
    confidence: 0.9,
    history,
    claimIds,
  });
  const resolution: Resolution = {
    orgs: [
      { key: 'apple', name: 'Apple', verified: true, parent: null, aliases: ['애플', 'Apple Inc.'] },
      { key: 'meta', name: 'Meta', verified: true, parent: null, aliases: ['메타', 'Facebook'] },
      { key: 'msl', name: 'Superintelligence Labs', verified: true, parent: 'meta', aliases: ['MSL'] },
      { key: 'google', name: 'Google', verified: true, parent: null, aliases: ['구글'] },
      { key: 'deepmind', name: 'Google DeepMind', verified: true, parent: 'google', aliases: ['DeepMind', '딥마인드'] },
      { key: 'openai', name: 'OpenAI', verified: true, parent: null, aliases: ['오픈AI'] },
    ],
    people: [
      { key: 'pang', name: 'Ruoming Pang', names: ['Ruoming Pang', '루오밍 팡'] },
      { key: 'gunter', name: 'Tom Gunter', names: ['톰 건터', '톰 군터'] },
      { key: 'zhang', name: 'Bowen Zhang', names: ['보웬 장'] },
      { key: 'lee', name: 'Mark Lee', names: ['마크 리'] },
      { key: 'doe', name: 'Jane Doe', names: [] },
      { key: 'kim', name: 'Alex Kim', names: [] },
    ],
    moves: [
      move('m1', 'pang', ['apple', null], ['meta', 'Superintelligence Labs'], '2025-07-07', [ids[0], ids[2]]),
      move('m2', 'gunter', ['apple', null], ['meta', null], '2025-07', [ids[1]]),
      move('m3', 'zhang', ['apple', null], ['meta', null], '2025', [ids[3]]),
      move('m4', 'lee', ['google', 'DeepMind'], ['openai', null], '2024-11-15', [ids[4]]),
      move('m5', 'doe', ['apple', null], ['google', null], '2019', [ids[5]], true),
      move('m6', 'lee', ['openai', null], ['deepmind', null], '2025-09-01', [ids[6]]),
      move('m7', 'kim', ['meta', null], null, null, [ids[7]]),
    ],
  };
  await store.saveResolution(resolution);
  return resolution;
}

for (const engine of engines) {
  if (engine.skip) {
    // A skipped describe registers no tests; one skipped test makes the runner count and show it.
    it(`store contract: ${engine.name}`, { skip: engine.skip }, () => {});
    continue;
  }
  describe(`store contract: ${engine.name}`, () => {
    before(() => engine.setUp());
    after(() => engine.tearDown());

    // Opens an empty store for one test and closes it afterwards, pass or fail.
    async function withStore(fn: (store: Store) => Promise<void>): Promise<void> {
      const store = await engine.openEmpty();
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    }

    it('reports its engine and starts empty', () =>
      withStore(async (store) => {
        assert.equal(store.engine, engine.name);
        assert.deepEqual(await store.counts(), { documents: 0, claims: 0, people: 0, orgs: 0, moves: 0 });
      }));

    it('migrates idempotently: reopening and migrating again keeps data and records each migration once', async () => {
      await withStore((store) => save(store, makeArticle('a.txt', 'one'), [makeClaim('Ruoming Pang', 'Apple', 'Meta')]).then(() => {}));
      const again = await openStore(engine.url());
      try {
        await again.migrate();
        await again.migrate();
        assert.deepEqual(await again.counts(), { documents: 1, claims: 1, people: 0, orgs: 0, moves: 0 });
      } finally {
        await again.close();
      }
      const applied = await engine.query('select name from kysely_migration order by name');
      assert.deepEqual(applied.map((r) => r.name), Object.keys(listMigrations(engine.name)));
    });

    it('stores a document with its claims and lists them back exactly', () =>
      withStore(async (store) => {
        const article = makeArticle('https://example.com/a', 'Bowen Zhang joined Meta.', { lang: 'en' });
        const claims = [
          makeClaim('Bowen Zhang', 'Apple', 'Meta', {
            aliases: ['보웬 장'],
            to: { org: 'Meta', team: 'Superintelligence Labs', verified: true, mention: 'Meta Superintelligence Labs' },
            from: { org: 'Tiny Startup', team: null, verified: false, mention: 'a tiny startup' },
            role: 'researcher',
            compensation: { text: '2억 달러 이상', usd: 200_000_000, amount: 200_000_000, currency: 'USD' },
            confidence: 0.75,
            evidence: [{ start: 0, end: 11, text: 'Bowen Zhang' }, { start: 19, end: 23, text: 'Meta' }],
          }),
          makeClaim('Tom Gunter', null, 'Meta', { date: null, history: true, compensation: { text: '10억 원', usd: null, amount: 1e9, currency: 'KRW' } }),
        ];
        const result = await save(store, article, claims);
        assert.equal(result.status, 'stored');
        assert.equal(result.revision, 1);
        assert.equal(result.claims, 2);
        const listed = await store.listClaims();
        assert.deepEqual(listed.map(asSaved), claims);
        for (const c of listed) {
          assert.equal(c.documentId, result.documentId);
          assert.equal(c.source, article.source);
          assert.equal(c.published, '2025-07-29');
          assert.equal(c.lang, 'en');
          assert.equal(c.extractor, 'rules@test');
        }
        assert.ok(listed[0].id < listed[1].id);
      }));

    it('skips the same content at the same source, writing nothing', () =>
      withStore(async (store) => {
        const article = makeArticle('a.txt', 'same text');
        const first = await save(store, article, [makeClaim('Ruoming Pang', 'Apple', 'Meta')]);
        const second = await save(store, article, [makeClaim('Someone Else', 'Apple', 'Meta')]);
        assert.deepEqual(second, { status: 'skipped', documentId: first.documentId, revision: 1, claims: 0 });
        assert.deepEqual((await store.listClaims()).map((c) => c.person), ['Ruoming Pang']);
        // Same content at another source is another document.
        const elsewhere = await save(store, { ...article, source: 'b.txt' }, [makeClaim('Ruoming Pang', 'Apple', 'Meta')]);
        assert.equal(elsewhere.status, 'stored');
        assert.equal((await store.counts()).documents, 2);
      }));

    it('stores changed content as the next revision and lists only the latest revision', () =>
      withStore(async (store) => {
        const v1 = makeArticle('a.txt', 'version one');
        const v2 = makeArticle('a.txt', 'version two');
        const v3 = makeArticle('a.txt', 'version three');
        await save(store, v1, [makeClaim('Old Claim', 'Apple', 'Meta')]);
        const r2 = await save(store, v2, [makeClaim('New Claim', 'Apple', 'Meta'), makeClaim('Second Claim', 'Meta', 'Apple')]);
        assert.equal(r2.status, 'stored');
        assert.equal(r2.revision, 2);
        assert.deepEqual((await store.listClaims()).map((c) => c.person), ['New Claim', 'Second Claim']);
        const r3 = await save(store, v3, []);
        assert.equal(r3.revision, 3);
        assert.deepEqual(await store.listClaims(), []);
        assert.deepEqual(await store.counts(), { documents: 1, claims: 0, people: 0, orgs: 0, moves: 0 });
        // Content seen before, even superseded, is skipped: it does not become current again.
        assert.equal((await save(store, v1, [makeClaim('Old Claim', 'Apple', 'Meta')])).status, 'skipped');
        assert.deepEqual(await store.listClaims(), []);
      }));

    it('numbers revisions and skips duplicates correctly when saves of one source run concurrently', () =>
      withStore(async (store) => {
        const versions = ['one', 'two', 'three', 'four'].map((v) => makeArticle('race.txt', `version ${v}`));
        const results = await Promise.all([...versions, ...versions].map((v) => save(store, v, [makeClaim('Racing Claim', 'Apple', 'Meta')])));
        assert.deepEqual(results.filter((r) => r.status === 'stored').map((r) => r.revision).sort(), [1, 2, 3, 4]);
        assert.equal(results.filter((r) => r.status === 'skipped').length, 4);
        assert.deepEqual(await store.counts(), { documents: 1, claims: 1, people: 0, orgs: 0, moves: 0 });
      }));

    it('stores nothing of a document when one of its claims fails, and leaves the previous revision current', () =>
      withStore(async (store) => {
        const v1 = makeArticle('a.txt', 'version one');
        await save(store, v1, [makeClaim('Kept Claim', 'Apple', 'Meta')]);
        const v2 = makeArticle('a.txt', 'version two');
        // The second claim breaks the confidence range check, after the document row was written.
        const bad = [makeClaim('Fine Claim', 'Apple', 'Meta'), makeClaim('Broken Claim', 'Apple', 'Meta', { confidence: 1.5 })];
        await assert.rejects(save(store, v2, bad));
        assert.deepEqual((await store.listClaims()).map((c) => c.person), ['Kept Claim']);
        assert.deepEqual(await store.counts(), { documents: 1, claims: 1, people: 0, orgs: 0, moves: 0 });
        // Nothing of the failed attempt remains: the same content now stores as revision 2.
        const retry = await save(store, v2, [bad[0]]);
        assert.equal(retry.status, 'stored');
        assert.equal(retry.revision, 2);
        assert.deepEqual((await store.listClaims()).map((c) => c.person), ['Fine Claim']);
        const rows = await engine.query('select revision from documents order by revision');
        assert.deepEqual(rows.map((r) => Number(r.revision)), [1, 2]);
      }));

    it('replaces the whole resolution, and keeps the old one when the new one is rejected', () =>
      withStore(async (store) => {
        const world = await buildWorld(store);
        assert.deepEqual(await store.counts(), { documents: 3, claims: 8, people: 6, orgs: 6, moves: 7 });
        const smaller: Resolution = {
          orgs: world.orgs.filter((o) => o.key === 'apple' || o.key === 'meta'),
          people: world.people.filter((p) => p.key === 'gunter'),
          moves: world.moves.filter((m) => m.key === 'm2'),
        };
        await store.saveResolution(smaller);
        assert.deepEqual(await store.counts(), { documents: 3, claims: 8, people: 1, orgs: 2, moves: 1 });
        assert.deepEqual((await store.listMoves()).map(describeMove), ['Tom Gunter Apple>Meta 2025-07']);
        assert.deepEqual(await store.listMoves({ person: 'Ruoming Pang' }), []);

        const unknownPerson = { ...smaller, moves: [{ ...smaller.moves[0], personKey: 'nobody' }] };
        await assert.rejects(store.saveResolution(unknownPerson), (e: unknown) => {
          assert.ok(e instanceof InputError);
          assert.equal(e.code, 'bad-data');
          assert.equal(e.message, 'resolution: move "m2" names person "nobody", which is not among resolution.people');
          return true;
        });
        // A claim id the store does not hold fails inside the transaction (foreign key): all rolled back.
        const unknownClaim = { ...world, moves: [...world.moves.slice(0, 3), { ...world.moves[3], claimIds: [999_999] }] };
        await assert.rejects(store.saveResolution(unknownClaim));
        assert.deepEqual(await store.counts(), { documents: 3, claims: 8, people: 1, orgs: 2, moves: 1 });
      }));

    it('saves a large resolution in chunks', () =>
      withStore(async (store) => {
        const article = makeArticle('bulk.txt', 'bulk');
        await save(store, article, [makeClaim('Bulk Person', 'Apple', 'Meta')]);
        const [claim] = await store.listClaims();
        const n = 4000;
        const resolution: Resolution = {
          orgs: [
            { key: 'a', name: 'Org A', verified: true, parent: null, aliases: [] },
            { key: 'b', name: 'Org B', verified: false, parent: null, aliases: [] },
          ],
          people: Array.from({ length: n }, (_, i) => ({ key: `p${i}`, name: `Person ${i}`, names: [`사람 ${i}`] })),
          moves: Array.from({ length: n }, (_, i) => ({
            key: `m${i}`, personKey: `p${i}`, from: { orgKey: 'a', team: null }, to: { orgKey: 'b', team: `Team ${i % 7}` },
            date: `2024-${String((i % 12) + 1).padStart(2, '0')}`, role: null, compensation: [], confidence: 0.5, history: false, claimIds: [claim.id],
          })),
        };
        await store.saveResolution(resolution);
        assert.deepEqual(await store.counts(), { documents: 1, claims: 1, people: n, orgs: 2, moves: n });
        const page = await store.listMoves({ limit: 3 });
        assert.deepEqual(page.map((m) => m.date), ['2024-12', '2024-12', '2024-12']);
        assert.equal(page[0].sources.length, 1);
        // People in date order (month), then in move order.
        const expected = [...Array(n).keys()].sort((a, b) => (a % 12) - (b % 12) || a - b).map((i) => `Person ${i}`);
        assert.deepEqual(await store.flows(), [{ from: 'Org A', to: 'Org B', count: n, people: expected, peopleCount: n }]);
        // Capped: the earliest people of the same list, the count still of all of them.
        assert.deepEqual(await store.flows({ peopleLimit: 20 }), [{ from: 'Org A', to: 'Org B', count: n, people: expected.slice(0, 20), peopleCount: n }]);
      }));

    it('caps the people each flow lists to the earliest, and counts them all', () =>
      withStore(async (store) => {
        const article = makeArticle('capped.txt', 'capped');
        await save(store, article, [makeClaim('Someone', 'Apple', 'Meta')]);
        const [claim] = await store.listClaims();
        // Org A has a sub-unit A Lab: A→B and A Lab→B are two id pairs of one flow. p0 moves along
        // both pairs, p1 twice along one, p2 and p3 share a name; B→C is a second, smaller flow.
        const people = ['P0', 'P1', 'Same Name', 'Same Name', 'P4', 'P5', 'P6'].map((name, i) => ({ key: `p${i}`, name, names: [name] }));
        const steps: Array<[person: number, from: string, to: string, date: string]> = [
          [0, 'a', 'b', '2024-01'], [1, 'a-lab', 'b', '2024-02'], [1, 'a', 'b', '2024-03'], [0, 'a-lab', 'b', '2024-04'],
          [2, 'a', 'b', '2024-05'], [3, 'a-lab', 'b', '2024-06'], [4, 'a', 'b', '2024-07'], [5, 'a', 'b', '2023'],
          [6, 'b', 'c', '2024-08'], [4, 'b', 'c', '2024-09'], [6, 'b', 'c', '2025-01'],
        ];
        await store.saveResolution({
          orgs: [
            { key: 'a', name: 'Org A', verified: true, parent: null, aliases: [] },
            { key: 'a-lab', name: 'A Lab', verified: true, parent: 'a', aliases: [] },
            { key: 'b', name: 'Org B', verified: true, parent: null, aliases: [] },
            { key: 'c', name: 'Org C', verified: true, parent: null, aliases: [] },
          ],
          people,
          moves: steps.map(([person, from, to, date], i) => ({
            key: `m${i}`, personKey: `p${person}`, from: { orgKey: from, team: null }, to: { orgKey: to, team: null },
            date, role: null, compensation: [], confidence: 0.5, history: false, claimIds: [claim.id],
          })),
        });
        const all = await store.flows();
        // Date order ('2023', year only, sorts on its first day), each name once.
        assert.deepEqual(all, [
          { from: 'Org A', to: 'Org B', count: 8, people: ['P5', 'P0', 'P1', 'Same Name', 'P4'], peopleCount: 6 },
          { from: 'Org B', to: 'Org C', count: 3, people: ['P6', 'P4'], peopleCount: 2 },
        ]);
        for (const peopleLimit of [0, 1, 2, 3, 4, 5, 9]) {
          const capped = await store.flows({ peopleLimit });
          assert.deepEqual(capped, all.map((f) => ({ ...f, people: f.people.slice(0, peopleLimit) })), `peopleLimit ${peopleLimit}`);
        }
        assert.deepEqual(await store.flows({ limit: 1, peopleLimit: 2 }), [{ ...all[0], people: ['P5', 'P0'] }]);
        assert.deepEqual(await store.flows({ since: '2024-04', peopleLimit: 3 }), [
          { from: 'Org A', to: 'Org B', count: 4, people: ['P0', 'Same Name', 'P4'], peopleCount: 4 },
          { from: 'Org B', to: 'Org C', count: 3, people: ['P6', 'P4'], peopleCount: 2 },
        ]);
        await assert.rejects(store.flows({ peopleLimit: -1 }), (e: unknown) => e instanceof InputError && /peopleLimit: expected a whole number/.test(e.message));
      }));

    it('caps the people of many flows at once (one pass over id pairs) as it caps a few', () =>
      withStore(async (store) => {
        const article = makeArticle('many.txt', 'many');
        await save(store, article, [makeClaim('Someone', 'Apple', 'Meta')]);
        const [claim] = await store.listClaims();
        // 110 flows Hub → Org i, each over two id pairs (Hub and its sub-unit Hub Lab): person a_i
        // moves along both pairs, b_i twice along one, c_i once, undated (listed last).
        const n = 110;
        const moves: Array<[person: string, from: string, date: string | null]> = [];
        for (let i = 0; i < n; i++) {
          moves.push([`a${i}`, 'hub', '2024-03'], [`b${i}`, 'hub-lab', '2024-01'], [`a${i}`, 'hub-lab', '2024-02'], [`b${i}`, 'hub-lab', '2024-04'], [`c${i}`, 'hub', null]);
        }
        await store.saveResolution({
          orgs: [
            { key: 'hub', name: 'Hub', verified: true, parent: null, aliases: [] },
            { key: 'hub-lab', name: 'Hub Lab', verified: true, parent: 'hub', aliases: [] },
            ...Array.from({ length: n }, (_, i) => ({ key: `o${i}`, name: `Org ${String(i).padStart(3, '0')}`, verified: true, parent: null, aliases: [] })),
          ],
          people: Array.from({ length: n }, (_, i) => ['a', 'b', 'c'].map((p) => ({ key: `${p}${i}`, name: `${p.toUpperCase()} ${i}`, names: [] }))).flat(),
          moves: moves.map(([person, from, date], k) => ({
            key: `m${k}`, personKey: person, from: { orgKey: from, team: null }, to: { orgKey: `o${person.slice(1)}`, team: null },
            date, role: null, compensation: [], confidence: 0.5, history: false, claimIds: [claim.id],
          })),
        });
        const all = await store.flows();
        assert.equal(all.length, n);
        assert.deepEqual(all[0], { from: 'Hub', to: 'Org 000', count: 5, people: ['B 0', 'A 0', 'C 0'], peopleCount: 3 });
        for (const peopleLimit of [0, 1, 2, 5]) {
          const expected = all.map((f) => ({ ...f, people: f.people.slice(0, peopleLimit) }));
          assert.deepEqual(await store.flows({ peopleLimit }), expected, `every flow, ${peopleLimit} people`);
          assert.deepEqual(await store.flows({ limit: 3, peopleLimit }), expected.slice(0, 3), `3 flows, ${peopleLimit} people`);
        }
      }));

    it('finds people with an exact name match before those whose names only contain it', () =>
      withStore(async (store) => {
        const people = ['Leeann Park', 'Anna Lee', 'Lee', 'Tom Gunter'].map((name, i) => ({ key: `p${i}`, name, names: [] }));
        await store.saveResolution({ people, orgs: [], moves: [] });
        assert.deepEqual((await store.findPeople('LEE')).map((p) => p.name), ['Lee', 'Anna Lee', 'Leeann Park']);
        assert.deepEqual((await store.findPeople('Lee')).every((p) => p.moves.length === 0), true);
      }));

    describe('queries over a resolved world', () => {
      let store: Store;
      before(async () => {
        store = await engine.openEmpty();
        await buildWorld(store);
      });
      after(() => store.close());

      const listed = async (filter: Parameters<Store['listMoves']>[0]) => (await store.listMoves(filter)).map(describeMove);

      it('lists moves newest first, undated last, without career history by default', async () => {
        assert.deepEqual(await listed({}), [
          'Mark Lee OpenAI>Google DeepMind 2025-09-01',
          'Ruoming Pang Apple>Meta 2025-07-07',
          'Tom Gunter Apple>Meta 2025-07',
          'Bowen Zhang Apple>Meta 2025',
          'Mark Lee Google>OpenAI 2024-11-15',
          'Alex Kim Meta>? undated',
        ]);
        const withHistory = await store.listMoves({ history: true });
        assert.equal(withHistory.length, 7);
        assert.deepEqual(withHistory.filter((m) => m.history).map(describeMove), ['Jane Doe Apple>Google 2019']);
      });

      it('returns each move with its person, sides and every source', async () => {
        const [pang] = await store.listMoves({ person: 'Ruoming Pang' });
        assert.deepEqual(pang.person.aliases, ['루오밍 팡']);
        assert.deepEqual(pang.from, { key: 'apple', name: 'Apple', team: null, verified: true });
        assert.deepEqual(pang.to, { key: 'meta', name: 'Meta', team: 'Superintelligence Labs', verified: true });
        assert.deepEqual(pang.sources.map((s) => [s.source, s.url, s.title, s.published, s.lang]), [
          ['https://example.com/en-1', 'https://example.com/en-1', 'Title of https://example.com/en-1', '2025-07-29', 'en'],
          ['news/ko-1.txt', null, 'Title of news/ko-1.txt', '2025-07-30', 'ko'],
        ]);
        assert.deepEqual(pang.sources[1].evidence, [{ start: 0, end: 5, text: '루오밍 팡' }]);
        assert.ok(pang.sources[0].claimId < pang.sources[1].claimId);
      });

      it('filters by organization on either side, by any alias, including sub-units and teams', async () => {
        const apple = ['Ruoming Pang Apple>Meta 2025-07-07', 'Tom Gunter Apple>Meta 2025-07', 'Bowen Zhang Apple>Meta 2025'];
        assert.deepEqual(await listed({ org: 'Apple' }), apple);
        assert.deepEqual(await listed({ org: '애플' }), apple);
        assert.deepEqual(await listed({ org: 'apple inc' }), apple);
        assert.deepEqual(await listed({ org: 'FACEBOOK' }), [...apple, 'Alex Kim Meta>? undated']);
        // MSL names a sub-unit of Meta; Pang's move names it as a team.
        assert.deepEqual(await listed({ org: 'MSL' }), ['Ruoming Pang Apple>Meta 2025-07-07']);
        const google = ['Mark Lee OpenAI>Google DeepMind 2025-09-01', 'Mark Lee Google>OpenAI 2024-11-15'];
        assert.deepEqual(await listed({ org: '구글' }), google);
        assert.deepEqual(await listed({ org: 'DeepMind' }), google);
        assert.deepEqual(await listed({ org: 'Nowhere Corp' }), []);
      });

      it('filters by origin and destination', async () => {
        assert.deepEqual(await listed({ from: 'OpenAI' }), ['Mark Lee OpenAI>Google DeepMind 2025-09-01']);
        assert.deepEqual(await listed({ to: '오픈AI' }), ['Mark Lee Google>OpenAI 2024-11-15']);
        assert.deepEqual(await listed({ to: 'Apple' }), []);
        assert.deepEqual(await listed({ from: 'Apple', to: 'Meta', person: 'gunter' }), ['Tom Gunter Apple>Meta 2025-07']);
      });

      it('filters by any name of the person, in any script and case', async () => {
        for (const name of ['Tom Gunter', 'TOM GUNTER', 'tom-gunter', '톰 군터', '톰건터', 'Gunter']) {
          assert.deepEqual(await listed({ person: name }), ['Tom Gunter Apple>Meta 2025-07'], name);
        }
        assert.deepEqual(await listed({ person: '루오밍' }), ['Ruoming Pang Apple>Meta 2025-07-07']);
        assert.deepEqual(await listed({ person: '마크 리' }), ['Mark Lee OpenAI>Google DeepMind 2025-09-01', 'Mark Lee Google>OpenAI 2024-11-15']);
        assert.deepEqual(await listed({ person: 'Nobody Known' }), []);
        await assert.rejects(store.listMoves({ person: '%_' }), {
          name: 'InputError',
          message: "person: expected a name with at least one letter or digit, got '%_' (e.g. Ruoming Pang)",
        });
      });

      it('filters by a date window that overlaps each move at its own precision, leaving undated moves out', async () => {
        assert.deepEqual(await listed({ since: '2025-07', until: '2025-07' }), [
          'Ruoming Pang Apple>Meta 2025-07-07',
          'Tom Gunter Apple>Meta 2025-07',
          'Bowen Zhang Apple>Meta 2025',
        ]);
        assert.deepEqual(await listed({ since: '2025-07-08' }), ['Mark Lee OpenAI>Google DeepMind 2025-09-01', 'Tom Gunter Apple>Meta 2025-07', 'Bowen Zhang Apple>Meta 2025']);
        assert.deepEqual(await listed({ until: '2024' }), ['Mark Lee Google>OpenAI 2024-11-15']);
        assert.deepEqual(await listed({ until: '2024-11-14' }), []);
        assert.deepEqual(await listed({ since: '2019', until: '2019', history: true }), ['Jane Doe Apple>Google 2019']);
      });

      it('pages with limit and offset', async () => {
        const all = await listed({});
        assert.deepEqual(await listed({ limit: 2 }), all.slice(0, 2));
        assert.deepEqual(await listed({ limit: 2, offset: 3 }), all.slice(3, 5));
        assert.deepEqual(await listed({ offset: 4 }), all.slice(4));
        assert.deepEqual(await listed({ limit: 0 }), []);
      });

      it('rejects malformed filters with a message saying what was expected', async () => {
        await assert.rejects(store.listMoves({ since: 'July' }), {
          name: 'InputError',
          message: "since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got 'July' (e.g. 2025-07)",
        });
        await assert.rejects(store.listMoves({ limit: -1 }), { name: 'InputError', message: 'limit: expected a whole number ≥ 0, got -1 (e.g. 50)' });
        await assert.rejects(store.listMoves({ org: ' - ' }), { name: 'InputError', message: "org: expected an organization name, got ' - ' (e.g. Meta)" });
      });

      it('finds people by any name with their whole timeline, oldest first', async () => {
        const [lee, ...rest] = await store.findPeople('마크 리');
        assert.equal(rest.length, 0);
        assert.deepEqual({ name: lee.name, names: lee.names }, { name: 'Mark Lee', names: ['Mark Lee', '마크 리'] });
        assert.deepEqual(lee.moves.map(describeMove), ['Mark Lee Google>OpenAI 2024-11-15', 'Mark Lee OpenAI>Google DeepMind 2025-09-01']);
        const [doe] = await store.findPeople('jane');
        assert.deepEqual(doe.moves.map((m) => m.history), [true]);
        assert.deepEqual((await store.findPeople('톰 건터')).map((p) => p.name), ['Tom Gunter']);
        assert.deepEqual(await store.findPeople('Nobody Known'), []);
      });

      it('summarises an organization: inflow, outflow, net, top counterparts and recent moves', async () => {
        const apple = await store.orgSummary('애플');
        assert.ok(apple);
        assert.deepEqual(
          { key: apple.key, name: apple.name, verified: apple.verified, aliases: apple.aliases, parent: apple.parent, inflow: apple.inflow, outflow: apple.outflow, net: apple.net },
          { key: 'apple', name: 'Apple', verified: true, aliases: ['애플', 'Apple Inc.'], parent: null, inflow: 0, outflow: 3, net: -3 },
        );
        assert.deepEqual(apple.topDestinations, [{ org: 'Meta', count: 3 }]);
        assert.deepEqual(apple.topSources, []);
        assert.deepEqual(apple.recentDepartures.map(describeMove), ['Ruoming Pang Apple>Meta 2025-07-07', 'Tom Gunter Apple>Meta 2025-07', 'Bowen Zhang Apple>Meta 2025']);
        assert.deepEqual(apple.recentArrivals, []);

        const meta = await store.orgSummary('Meta');
        assert.deepEqual([meta?.inflow, meta?.outflow, meta?.net], [3, 1, 2]);
        assert.deepEqual(meta?.topSources, [{ org: 'Apple', count: 3 }]);
        assert.deepEqual(meta?.topDestinations, []);

        // Google and its sub-unit DeepMind are one organization here: one move out, one back in.
        const google = await store.orgSummary('Google');
        assert.deepEqual([google?.inflow, google?.outflow], [1, 1]);
        assert.deepEqual(google?.topSources, [{ org: 'OpenAI', count: 1 }]);
        const since2025 = await store.orgSummary('Google', { since: '2025' });
        assert.deepEqual([since2025?.inflow, since2025?.outflow], [1, 0]);

        const deepmind = await store.orgSummary('딥마인드');
        assert.deepEqual([deepmind?.key, deepmind?.parent], ['deepmind', 'google']);
        assert.equal(await store.orgSummary('Nowhere Corp'), null);
      });

      it('counts flows between top-level organizations in a window', async () => {
        assert.deepEqual(await store.flows(), [
          { from: 'Apple', to: 'Meta', count: 3, people: ['Bowen Zhang', 'Tom Gunter', 'Ruoming Pang'], peopleCount: 3 },
          { from: 'Google', to: 'OpenAI', count: 1, people: ['Mark Lee'], peopleCount: 1 },
          { from: 'OpenAI', to: 'Google', count: 1, people: ['Mark Lee'], peopleCount: 1 },
        ]);
        assert.deepEqual(await store.flows({ since: '2025-03' }), [
          { from: 'Apple', to: 'Meta', count: 3, people: ['Bowen Zhang', 'Tom Gunter', 'Ruoming Pang'], peopleCount: 3 },
          { from: 'OpenAI', to: 'Google', count: 1, people: ['Mark Lee'], peopleCount: 1 },
        ]);
        assert.deepEqual(await store.flows({ until: '2025-06' }), [
          { from: 'Apple', to: 'Meta', count: 1, people: ['Bowen Zhang'], peopleCount: 1 },
          { from: 'Google', to: 'OpenAI', count: 1, people: ['Mark Lee'], peopleCount: 1 },
        ]);
        assert.deepEqual(await store.flows({ limit: 1 }), [{ from: 'Apple', to: 'Meta', count: 3, people: ['Bowen Zhang', 'Tom Gunter', 'Ruoming Pang'], peopleCount: 3 }]);
      });
    });
  });
}
