/** The API over real HTTP on a seeded SQLite store: errors, auth, body limits, CSV, headers, pagination, writes and the cache. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../store/index.ts';
import { AnalysisCache } from './analysis-cache.ts';
import { seedSamples, startTestServer, TEST_TOKEN, type TestServer } from './_test-server.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are checked by openapi.test.ts
type Json = any;

let dir: string;
let store: Store;
let server: TestServer;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'poachwatch-server-'));
  store = await openStore(`sqlite:${join(dir, 'store.sqlite')}`);
  await seedSamples(store);
  server = await startTestServer(store);
});

after(async () => {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = async (path: string, init?: RequestInit) => {
  const res = await server.fetch(path, init);
  return { res, body: await res.json() as Json };
};
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  server.fetch(path, { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}`, ...headers } });

test('security headers on API and dashboard responses', async () => {
  for (const path of ['/api/health', '/', '/api/nope']) {
    const res = await server.fetch(path);
    await res.arrayBuffer();
    assert.equal(res.headers.get('content-security-policy'), "default-src 'self'", path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
  }
});

test('non-API GETs go to the dashboard; other methods there are 405', async () => {
  const res = await server.fetch('/org/apple');
  assert.equal(res.status, 200);
  assert.match(await res.text(), /dashboard/);
  const { res: put, body } = await json('/org/apple', { method: 'PUT' });
  assert.equal(put.status, 405);
  assert.equal(body.status, 405);
});

test('errors are problem objects with the right statuses', async () => {
  const cases: Array<[string, RequestInit | undefined, number, RegExp]> = [
    ['/api/moves?since=yesterday', undefined, 400, /^since: expected a date .* got 'yesterday'/],
    ['/api/moves?limit=501', undefined, 400, /^limit: expected a whole number from 1 to 500, got '501'/],
    ['/api/moves?format=xml', undefined, 400, /^format: expected one of json, csv/],
    ['/api/people/no-such-person', undefined, 404, /no person with key 'no-such-person'/],
    ['/api/documents/abc', undefined, 400, /^id: expected a numeric id/],
    ['/api/documents/99999', undefined, 404, /no document with id 99999/],
    ['/api/forecast?org=Nowhere%20Labs', undefined, 404, /no organization named "Nowhere Labs"/],
    ['/api/forecast', undefined, 400, /^org: required/],
    ['/api/nope', undefined, 404, /no API endpoint at \/api\/nope/],
    ['/api/moves', { method: 'DELETE' }, 405, /DELETE is not allowed on \/api\/moves; allowed: GET, HEAD/],
    ['/api/health?format=csv', undefined, 400, /answers JSON only/],
  ];
  for (const [path, init, status, detail] of cases) {
    const res = await server.fetch(path, init);
    assert.equal(res.status, status, path);
    assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8', path);
    const body = await res.json() as Json;
    assert.equal(body.status, status);
    assert.equal(body.type, 'about:blank');
    assert.equal(body.instance, new URL(path, 'http://x').pathname);
    assert.match(body.detail, detail, path);
  }
  assert.equal((await server.fetch('/api/moves', { method: 'DELETE' })).headers.get('allow'), 'GET, HEAD');
});

test('writes: 401 without a token, 403 with a wrong one, 415 for other types, 413 over 1 MB, 400 for bad JSON', async () => {
  const text = JSON.stringify({ text: 'x' });
  const noToken = await server.fetch('/api/ingest', { method: 'POST', body: text, headers: { 'content-type': 'application/json' } });
  assert.equal(noToken.status, 401);
  assert.match(noToken.headers.get('www-authenticate') ?? '', /^Bearer/);
  assert.equal((await post('/api/ingest', text, { authorization: 'Bearer wrong' })).status, 403);
  assert.equal((await post('/api/ingest', text, { 'content-type': 'text/plain' })).status, 415);
  const big = await post('/api/ingest', JSON.stringify({ text: 'a'.repeat(1024 * 1024 + 10) }));
  assert.equal(big.status, 413);
  const bad = await post('/api/ingest', '{"text": ');
  assert.equal(bad.status, 400);
  assert.match((await bad.json() as Json).detail, /^body: not valid JSON/);
  const both = await post('/api/ingest', JSON.stringify({ text: 'a', url: 'https://example.com/' }));
  assert.equal(both.status, 400);
  assert.equal((await post('/api/curation', JSON.stringify({ action: 'accept', claimId: 999999 }))).status, 404);
  assert.equal((await post('/api/curation', JSON.stringify({ action: 'shrug', claimId: 1 }))).status, 400);
});

test('writes are refused with 403 when no token is configured', async () => {
  const open = await startTestServer(store, { token: null });
  try {
    const res = await open.fetch('/api/ingest', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', authorization: 'Bearer anything' } });
    assert.equal(res.status, 403);
    assert.equal((await res.json() as Json).detail, 'writes are disabled: set POACHWATCH_API_TOKEN (or serve --token-file FILE)');
    assert.equal((await open.fetch('/api/curation/1', { method: 'DELETE' })).status, 403);
  } finally {
    await open.close();
  }
});

test('lists page with limit and offset and say how many match', async () => {
  const { body: all } = await json('/api/moves?limit=500');
  const { body: page } = await json('/api/moves?limit=3&offset=2');
  assert.equal(page.total, all.total);
  assert.equal(page.items.length, 3);
  assert.deepEqual(page.items.map((m: { id: number }) => m.id), all.items.slice(2, 5).map((m: { id: number }) => m.id));
  const { body: apple } = await json('/api/moves?org=%EC%95%A0%ED%94%8C&limit=500');
  assert.ok(apple.total > 0 && apple.total < all.total);
  assert.ok(apple.items.every((m: { from: { name: string } | null; to: { name: string } | null }) => m.from?.name === 'Apple' || m.to?.name === 'Apple'));
});

test('people and organizations are addressed by key, across scripts', async () => {
  const { body: found } = await json('/api/search?q=' + encodeURIComponent('첸 웨이'));
  const { body: latin } = await json('/api/people?q=Chen%20Wei');
  assert.ok(found.people.length >= 1);
  assert.equal(found.people[0].key, latin.items[0].key);
  const { body: person } = await json(`/api/people/${encodeURIComponent(latin.items[0].key)}`);
  assert.ok(person.moves.length >= 1);
  assert.equal(person.moves[0].person.key, latin.items[0].key);
  assert.ok(person.claims.every((c: { personKey: string }) => c.personKey === latin.items[0].key));
  const { body: org } = await json('/api/orgs/apple');
  assert.equal(org.key, 'apple');
  assert.ok(org.outflow > 0);
  assert.equal(org.net, org.inflow - org.outflow);
});

test("every organization is listed with its Korean name, and one stored by a write is listed at once", async () => {
  const { body: names } = await json('/api/org-names');
  const { body: orgs } = await json('/api/orgs?limit=500');
  assert.deepEqual(names.orgs.map((o: Json) => [o.key, o.name]), orgs.items.map((o: Json) => [o.key, o.name]));
  const ko = new Map<string, string>(names.orgs.map((o: Json) => [o.key, o.nameKo]));
  assert.equal(ko.get('apple'), '애플');
  assert.equal(ko.get('openai'), '오픈AI');
  assert.equal(ko.get('helix-intelligence'), '헬릭스 인텔리전스', 'an unverified organization by its Hangul alias');
  assert.equal(ko.get('cobalt-labs'), 'Cobalt Labs', 'no Korean form known');

  const text = 'Ines Varga left Meta and joined Quillfeather Robotics in April 2025, the startup said.';
  assert.equal((await post('/api/ingest', JSON.stringify({ text, published: '2025-04-20' }))).status, 200);
  const { body: after } = await json('/api/org-names');
  assert.deepEqual(after.orgs.find((o: Json) => o.name === 'Quillfeather Robotics'), { key: 'quillfeather-robotics', name: 'Quillfeather Robotics', nameKo: 'Quillfeather Robotics' });
});

test('a document carries its text, and its claims evidence spans index into it', async () => {
  const { body: list } = await json('/api/claims?limit=1');
  const claim = list.items[0];
  const { body: doc } = await json(`/api/documents/${claim.documentId}`);
  const span = doc.claims.find((c: { id: number }) => c.id === claim.id).evidence[0];
  assert.equal(doc.text.slice(span.start, span.end), span.text);
});

test('tabular endpoints answer CSV with ?format=csv or Accept: text/csv', async () => {
  const res = await server.fetch('/api/moves?limit=2&format=csv');
  assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
  const lines = (await res.text()).trim().split('\n');
  assert.match(lines[0], /^id,date,person,person_key,/);
  assert.equal(lines.length, 3);
  const flows = await server.fetch('/api/flows?limit=1', { headers: { accept: 'text/csv' } });
  assert.match(await flows.text(), /^from,from_team,to,to_team,count/);
});

test('an ingested text is stored, resolved and visible to cached analyses at once', async () => {
  const before = (await json('/api/flows?limit=500')).body;
  const text = 'Zelda Quist left Baidu and joined Mistral AI in March 2025, the company said.';
  const res = await post('/api/ingest', JSON.stringify({ text, published: '2025-03-20', title: 'A test' }));
  assert.equal(res.status, 200);
  const report = await res.json() as Json;
  assert.equal(report.stored, 1);
  const { body: doc } = await json(`/api/documents/${report.documentId}`);
  assert.equal(doc.title, 'A test');
  assert.match(doc.source, /^api:[0-9a-f]{40}$/);
  const after = (await json('/api/flows?limit=500')).body;
  const count = (b: { items: Array<{ from: string; to: string; count: number }> }) => b.items.find((f) => f.from === 'Baidu' && f.to === 'Mistral AI')?.count ?? 0;
  assert.equal(count(after), count(before) + 1);
  const again = await (await post('/api/ingest', JSON.stringify({ text, published: '2025-03-20' }))).json() as Json;
  assert.equal(again.skipped, 1);
  assert.equal(again.documentId, report.documentId);
});

test('a curation decision is recorded, shown on the claim, and undone', async () => {
  const { body: claims } = await json('/api/claims?limit=1');
  const id = claims.items[0].id;
  const res = await post('/api/curation', JSON.stringify({ action: 'reject', claimId: id, note: 'not a move' }));
  assert.equal(res.status, 201);
  const decision = await res.json() as Json;
  const { body: claim } = await json(`/api/claims/${id}`);
  assert.equal(claim.state, 'rejected');
  assert.equal(claim.curation[0].id, decision.id);
  const del = await server.fetch(`/api/curation/${decision.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TEST_TOKEN}` } });
  assert.equal(del.status, 204);
  assert.equal((await json(`/api/claims/${id}`)).body.state, null);
  assert.equal((await server.fetch(`/api/curation/${decision.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TEST_TOKEN}` } })).status, 404);
});

test('the analysis cache shares one computation per key and generation, and expires', async () => {
  let now = 0;
  const cache = new AnalysisCache({ ttlMs: 1000, now: () => now });
  let runs = 0;
  const compute = async () => ++runs;
  assert.equal(await cache.get('a', compute), 1);
  assert.equal(await cache.get('a', compute), 1);
  cache.bump();
  assert.equal(await cache.get('a', compute), 2);
  now = 1001;
  assert.equal(await cache.get('a', compute), 2, 'past the TTL the old value answers while a new one is computed');
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(await cache.get('a', compute), 3, 'then the new value replaces it');
  await assert.rejects(cache.get('b', async () => { throw new Error('boom'); }));
  assert.equal(await cache.get('b', compute), 4, 'a failure is not cached');
});
