/** Smoke test of the API over PostgreSQL (skipped without $POACHWATCH_TEST_PG). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { postgresEngine } from '../store/_contract-engines.ts';
import { seedSamples, startTestServer } from './_test-server.ts';

const engine = await postgresEngine();

test('the API answers over PostgreSQL', { skip: engine.skip }, async () => {
  await engine.setUp();
  const store = await engine.openEmpty();
  const server = await startTestServer(store);
  try {
    await seedSamples(store);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are checked by openapi.test.ts
    const get = async (path: string): Promise<any> => {
      const res = await server.fetch(path);
      assert.equal(res.status, 200, `${path}: ${res.status}`);
      return res.json();
    };
    const health = await get('/api/health');
    assert.equal(health.engine, 'postgres');
    assert.ok(health.counts.moves > 0);
    const moves = await get('/api/moves?limit=5&offset=1');
    assert.equal((await get('/api/moves?history=true&limit=1')).total, health.counts.moves, 'career history included, every move counts');
    assert.ok(moves.total < health.counts.moves);
    assert.equal(moves.items.length, 5);
    const people = await get('/api/people?q=' + encodeURIComponent('첸 웨이'));
    const person = await get(`/api/people/${encodeURIComponent(people.items[0].key)}`);
    assert.ok(person.claims.length >= 1);
    const docs = await get('/api/documents?limit=2');
    assert.equal(docs.total, health.counts.documents);
    const doc = await get(`/api/documents/${docs.items[0].id}`);
    assert.equal(typeof doc.text, 'string');
    const org = await get('/api/orgs/apple');
    assert.equal(org.net, org.inflow - org.outflow);
    const flows = await get('/api/flows?limit=3');
    assert.ok(flows.items.length > 0);
    const claims = await get(`/api/claims?person=${encodeURIComponent(people.items[0].key)}`);
    assert.equal(claims.total, person.claims.length);
    const search = await get('/api/search?q=' + encodeURIComponent('애플'));
    assert.equal(search.orgs[0].key, 'apple');
  } finally {
    await server.close();
    await store.close();
    await engine.tearDown();
  }
});
