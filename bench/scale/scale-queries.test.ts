// Tests for the scale world and the store's read paths over it: the world is consistent and
// seeded, the bulk-loaded store answers flows and organization pages as a plain recount of its
// moves does, and the plans use flow_totals (migration 0006) and the indexes of migration 0005.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { scaleOrgRows, scaleOrgs, scaleWorld } from './scale-world.ts';
import { loadScaleStore } from './load-scale-store.ts';
import { explainProbes } from './explain-probes.ts';
import { queryProbes } from './query-probes.ts';
import type { FlowRow, MoveRow } from '../../src/store/index.ts';

test('the scale world is seeded, numbered from 1 and refers only to what it holds', () => {
  const chunks = [...scaleWorld({ seed: 3, moves: 2500, chunk: 1000 })];
  assert.deepEqual(chunks.map((c) => c.moves.length), [1000, 1000, 500]);
  assert.deepEqual([...scaleWorld({ seed: 3, moves: 2500, chunk: 1000 })], chunks);
  assert.notDeepEqual([...scaleWorld({ seed: 4, moves: 2500, chunk: 1000 })][0].moves, chunks[0].moves);
  const orgs = scaleOrgRows(3).count;
  const moves = chunks.flatMap((c) => c.moves);
  const people = chunks.flatMap((c) => c.people);
  const documents = chunks.flatMap((c) => c.documents);
  assert.deepEqual(moves.map((m) => m.id), moves.map((_, i) => i + 1));
  assert.deepEqual(people.map((p) => p.id), people.map((_, i) => i + 1));
  let seenPeople = 0;
  for (const c of chunks) {
    seenPeople += c.people.length;
    for (const m of c.moves) {
      assert.ok(m.person_id >= 1 && m.person_id <= seenPeople, `move ${m.id} names a person not yet made`);
      for (const side of [m.from_org_id, m.to_org_id]) assert.ok(side === null || (side! >= 1 && side! <= orgs));
      assert.ok(m.from_org_id !== null || m.to_org_id !== null);
      assert.notEqual(m.from_org_id, m.to_org_id);
    }
  }
  const claimDocs = new Set(chunks.flatMap((c) => c.claims.map((cl) => cl.document_id)));
  assert.deepEqual([...claimDocs].sort((a, b) => a - b), documents.map((d) => d.id));
});

test('over a bulk-loaded store, flows and organization pages agree with a recount of the moves', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'scale-test-'));
  const url = `sqlite:${join(dir, 's.sqlite')}`;
  try {
    const loaded = await loadScaleStore(url, { seed: 1, moves: 3000 });
    assert.equal(loaded.moves, 3000);
    const store = await openStore(url);
    try {
      assert.equal((await store.counts()).moves, 3000);
      // More than 100 pairs: the unlimited call names people by one scan, the limited one by index lookups.
      const all = await store.flows();
      assert.ok(all.length > 100, `${all.length} flows`);
      assert.deepEqual(await store.flows({ limit: 7 }), all.slice(0, 7));
      const year = await store.flows({ since: '2020', until: '2020' });
      assert.deepEqual(await store.flows({ since: '2020', until: '2020', limit: 3 }), year.slice(0, 3));
      assert.equal(all.reduce((s, f) => s + f.count, 0) > year.reduce((s, f) => s + f.count, 0), true);

      // Capped people: the first N of the uncapped list, and the same exact peopleCount, whether
      // the flows are many (window function over pairs) or few (bounded query per flow); flows of
      // Google and its sub-unit span several id pairs.
      assert.ok(all.some((f) => f.peopleCount > 3 && f.people.length > 3));
      const cap = (flows: FlowRow[], n: number) => flows.map((f) => ({ ...f, people: f.people.slice(0, n) }));
      for (const n of [0, 1, 3]) {
        assert.deepEqual(await store.flows({ peopleLimit: n }), cap(all, n), `every flow, ${n} people`);
        assert.deepEqual(await store.flows({ limit: 20, peopleLimit: n }), cap(all.slice(0, 20), n), `top 20, ${n} people`);
      }
      assert.deepEqual(await store.flows({ since: '2020', until: '2020', peopleLimit: 2 }), cap(year, 2));
      // peopleCount recounted from the moves: distinct person ids per pair of top-level organizations.
      const topOf = new Map(scaleOrgs(1).filter((o) => o.parent).map((o) => [o.key, o.parent!]));
      const peopleOf = new Map<string, Set<number>>();
      for (const m of await store.listMoves({})) {
        if (m.history || !m.from || !m.to) continue;
        const key = JSON.stringify([topOf.get(m.from.key) ?? m.from.name, topOf.get(m.to.key) ?? m.to.name]);
        if (!peopleOf.has(key)) peopleOf.set(key, new Set());
        peopleOf.get(key)!.add(m.person.id);
      }
      assert.deepEqual(all.map((f) => f.peopleCount), all.map((f) => peopleOf.get(JSON.stringify([f.from, f.to]))!.size));
      assert.ok(all.some((f) => f.peopleCount < f.count), 'some person moves twice along one flow');

      const parents = new Map(scaleOrgs(1).filter((o) => o.parent).map((o) => [o.key, o.parent!]));
      for (const name of ['Google', 'Upstage']) {
        const summary = (await store.orgSummary(name))!;
        const moves = await store.listMoves({ org: name });
        // Google's sub-unit Google DeepMind is inside it; synthetic team names never name an organization.
        const keys = name === 'Google' ? new Set(['Google', 'Google DeepMind']) : new Set([name]);
        const inside = (side: MoveRow['from']) => side !== null && keys.has(side.key);
        const departures = moves.filter((m) => inside(m.from) && !inside(m.to));
        const arrivals = moves.filter((m) => inside(m.to) && !inside(m.from));
        assert.ok(departures.length > 10 && arrivals.length > 10, `${name}: ${departures.length} out, ${arrivals.length} in`);
        assert.equal(summary.outflow, departures.length);
        assert.equal(summary.inflow, arrivals.length);
        assert.equal(summary.net, arrivals.length - departures.length);
        // listMoves is newest first, undated last, then by id: the order of the recent lists.
        assert.deepEqual(summary.recentDepartures.map((m) => m.id), departures.slice(0, 10).map((m) => m.id));
        assert.deepEqual(summary.recentArrivals.map((m) => m.id), arrivals.slice(0, 10).map((m) => m.id));
        const toCount = new Map<string, number>();
        for (const m of departures) {
          if (!m.to) continue;
          const top = parents.get(m.to.key) ?? m.to.name;
          toCount.set(top, (toCount.get(top) ?? 0) + 1);
        }
        const expected = [...toCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10).map(([org, count]) => ({ org, count }));
        assert.deepEqual(summary.topDestinations, expected);
      }
    } finally {
      await store.close();
    }

    const plans = await explainProbes(url, queryProbes('nobody', 'Kim'));
    const block = (name: string) => plans.split('\n## ').find((b) => b.startsWith(`## ${name}`) || b.startsWith(name))!;
    // All time, the counts are flow_totals' rows; in a window, one GROUP BY over the covering index.
    assert.match(block('flows, top 20, all time'), /from "flow_totals" where "moves" >= \?\n.*\n.* rows in .* ms\n\s+SEARCH flow_totals USING INDEX flow_totals_moves_idx/);
    assert.doesNotMatch(block('flows, top 20, all time'), /group by/);
    // The statement, its parameters, its timing, then its plan.
    assert.match(block('flows, top 20, one year'), /group by "m"\."from_org_id", "m"\."to_org_id"\n.*\n.* rows in .* ms\n\s+SEARCH m USING COVERING INDEX moves_flow_idx/);
    assert.match(plans, /## moves, newest 50[\s\S]*?SCAN m USING INDEX moves_date_idx/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
