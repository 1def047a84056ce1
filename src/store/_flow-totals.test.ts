/** flow_totals: a refresh of only the changed pairs leaves what a full recount would, on both engines. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Resolution } from '../core/types.ts';
import { refreshFlowTotals, type MoveSides } from './_flow-totals.ts';
import { kyselyOf } from './kysely-store.ts';
import type { Store } from './index.ts';
import { postgresEngine, sqliteEngine, type ContractEngine } from './_contract-engines.ts';
import { makeArticle, makeClaim, save } from './_test-data.ts';

/** A seeded world with a sub-unit (Hub Lab under Hub) and two top-level organizations of one name. */
function world(seed: number): Resolution {
  let x = seed;
  // mulberry32
  const next = (n: number) => {
    x = (x + 0x6d2b79f5) | 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  const orgs = [
    { key: 'hub', name: 'Hub', verified: true, parent: null, aliases: [] },
    { key: 'hub-lab', name: 'Hub Lab', verified: true, parent: 'hub', aliases: [] },
    { key: 'nova', name: 'Nova', verified: false, parent: null, aliases: [] },
    { key: 'nova-2', name: 'Nova', verified: false, parent: null, aliases: [] },
    ...['a', 'b', 'c', 'd'].map((k) => ({ key: k, name: `Org ${k.toUpperCase()}`, verified: true, parent: null, aliases: [] })),
  ];
  const people = Array.from({ length: 40 }, (_, i) => ({ key: `p${i}`, name: `Person ${i}`, names: [] }));
  const moves = Array.from({ length: 300 }, (_, i) => {
    const from = next(5) === 0 ? null : orgs[next(orgs.length)].key;
    const to = next(7) === 0 ? null : orgs[next(orgs.length)].key;
    return {
      key: `m${i}`, personKey: `p${next(people.length)}`, from: from ? { orgKey: from, team: null } : null, to: to ? { orgKey: to, team: null } : null,
      date: next(4) === 0 ? null : `202${next(5)}-0${1 + next(9)}`, role: null, compensation: [], confidence: 0.5, history: next(6) === 0, claimIds: [1],
    };
  });
  return { orgs, people, moves };
}

async function totals(store: Store) {
  return kyselyOf(store).selectFrom('flow_totals').selectAll().orderBy('from_org_id').orderBy('to_org_id').execute();
}

for (const engine of [sqliteEngine(), await postgresEngine()] as ContractEngine[]) {
  describe(`flow totals on ${engine.name}`, { skip: engine.skip }, () => {
    before(() => engine.setUp());
    after(() => engine.tearDown());

    it('refreshes the pairs of changed moves to what recounting everything gives', async () => {
      const store = await engine.openEmpty();
      try {
        await save(store, makeArticle('t.txt', 'totals'), [makeClaim('Someone', 'Apple', 'Meta')]);
        await store.saveResolution(world(7));
        const full = await totals(store);
        assert.ok(full.length > 10);
        // Namesakes (nova, nova-2) are one side, as the flows query names them; the sub-unit counts under Hub.
        const db = kyselyOf(store);
        const ids = new Map((await db.selectFrom('orgs').select(['id', 'key']).execute()).map((r) => [r.key, r.id]));
        assert.ok(!full.some((r) => r.from_org_id === ids.get('nova-2') || r.to_org_id === ids.get('hub-lab')));
        // Delete some moves and add others, as an incremental resolution would, then refresh only their pairs.
        const gone = await db.selectFrom('moves').select(['id', 'from_org_id', 'to_org_id']).where('id', '<=', 60).execute();
        await db.deleteFrom('moves').where('id', '<=', 60).execute();
        const added = [
          { id: 1001, key: 'x1', person_id: 1, from_org_id: ids.get('hub-lab')!, to_org_id: ids.get('nova-2')!, history: 0 },
          { id: 1002, key: 'x2', person_id: 2, from_org_id: ids.get('a')!, to_org_id: ids.get('d')!, history: 0 },
          { id: 1003, key: 'x3', person_id: 2, from_org_id: ids.get('a')!, to_org_id: ids.get('d')!, history: 0 },
        ].map((m) => ({ ...m, from_team: null, from_team_key: null, to_team: null, to_team_key: null, date: null, date_sort: null, date_end: null, date_precision: null, role: null, compensation: '[]', confidence: 0.5 }));
        await db.insertInto('moves').values(added).execute();
        const changed: MoveSides[] = [...gone, ...added].map((m) => ({ fromOrgId: m.from_org_id, toOrgId: m.to_org_id }));
        await refreshFlowTotals(db, changed);
        const partial = await totals(store);
        await refreshFlowTotals(db);
        assert.deepEqual(partial, await totals(store));
        assert.notDeepEqual(partial, full);
      } finally {
        await store.close();
      }
    });
  });
}
