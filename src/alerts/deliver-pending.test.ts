/** Webhook delivery against a real HTTP receiver on 127.0.0.1, on both engines: retries, permanent failures, deliver once. */
import { after, before, describe, test } from 'node:test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import type { Store } from '../store/index.ts';
import { backoffDelay, deliverPending } from './deliver-pending.ts';
import { postWebhook } from './post-webhook.ts';
import { startReceiver } from './_test-receiver.ts';
import { alertEngines, openEmptyStore } from './_test-engines.ts';

const fast = { baseDelayMs: 2, random: () => 0.5 };

async function fireOne(store: Store, url: string): Promise<number> {
  const rule = await store.alerts.addRule({ org: 'Apple', webhook: url });
  const id = await store.alerts.recordFired({
    windowStart: '2025-07-30', windowEnd: '2025-07-30', count: 3, team: null, people: ['A', 'B', 'C'], moveIds: [1, 2, 3],
    destinations: [{ org: 'Meta', count: 3 }], reason: '3 departures from Apple to Meta on 2025-07-30, threshold 3 in 30 days',
    rule, episodeKey: `${rule.id}:2025-07-30`, firedAt: new Date().toISOString(), webhooks: [url],
  });
  return id!;
}

test('backoff doubles from the base with ±20% jitter, and honours Retry-After', () => {
  assert.deepEqual([1, 2, 3, 4].map((n) => backoffDelay(n, 1000, () => 0.5)), [1000, 2000, 4000, 8000]);
  assert.equal(backoffDelay(1, 1000, () => 0), 800);
  assert.equal(backoffDelay(1, 1000, () => 0.5, 3000), 3000);
});

test('postWebhook classifies answers: 2xx delivered, 408/429/5xx retry, other 4xx and 3xx permanent, silence retry', async () => {
  const statuses = [204, 503, 429, 408, 400, 404, 302];
  const r = await startReceiver((n) => (n < statuses.length ? statuses[n] : 'hang'));
  try {
    const kinds = [];
    for (let i = 0; i < statuses.length; i++) kinds.push((await postWebhook(r.url, { text: 'x' }, { idempotencyKey: 'k' })).kind);
    assert.deepEqual(kinds, ['delivered', 'retry', 'retry', 'retry', 'permanent', 'permanent', 'permanent']);
    const silent = await postWebhook(r.url, { text: 'x' }, { idempotencyKey: 'k', timeoutMs: 100 });
    assert.deepEqual([silent.kind, (silent as { error: string }).error], ['retry', 'no answer within 100 ms']);
    assert.equal((await postWebhook('ftp://example.com/x', {}, { idempotencyKey: 'k' })).kind, 'permanent');
  } finally {
    await r.close();
  }
  const refused = await postWebhook(r.url, {}, { idempotencyKey: 'k' });
  assert.equal(refused.kind, 'retry', 'a closed port is a network error, retried');
});

test('an oversized answer is read only up to the limit', async () => {
  const big = 'x'.repeat(4 * 1024 * 1024);
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(500, { 'content-type': 'text/plain' }).end(big);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const r = await postWebhook(url, {}, { idempotencyKey: 'k', maxResponseBytes: 1024 });
    assert.equal(r.kind, 'retry');
    assert.ok((r as { error: string }).error.length <= 220, 'the error keeps a short excerpt');
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

for (const engine of await alertEngines()) {
  describe(`webhook delivery on ${engine.name}`, { skip: engine.skip }, () => {
    before(() => engine.setUp());
    after(() => engine.tearDown());

    test('503, 503, then 200: delivered once after three requests; later runs send nothing', async () => {
      const r = await startReceiver((n) => (n < 2 ? 503 : 200));
      const store = await openEmptyStore(engine);
      try {
        const id = await fireOne(store, r.url);
        const report = await deliverPending(store.alerts, fast);
        assert.deepEqual(report, { attempted: 3, delivered: 1, failed: 0, pending: 0 });
        assert.equal(r.requests.length, 3);
        const body = r.requests[2].body as { text: string; alert: { id: number; people: string[] } };
        assert.match(body.text, /3 departures from Apple to Meta/);
        assert.deepEqual([body.alert.id, body.alert.people], [id, ['A', 'B', 'C']]);
        assert.equal(new Set(r.requests.map((q) => q.headers['idempotency-key'])).size, 1, 'every attempt carries one idempotency key');
        assert.equal(r.requests[0].headers['content-type'], 'application/json; charset=utf-8');
        const [alert] = await store.alerts.listFired();
        assert.deepEqual([alert.delivery, alert.deliveries[0].state, alert.deliveries[0].attempts], ['delivered', 'delivered', 3]);
        assert.deepEqual(await deliverPending(store.alerts, { ...fast, ignoreBackoff: true }), { attempted: 0, delivered: 0, failed: 0, pending: 0 });
        assert.equal(await store.alerts.requeueFailed(new Date().toISOString()), 0, 'a delivered alert is not failed, so not requeued');
        assert.equal(r.requests.length, 3);
      } finally {
        await store.close();
        await r.close();
      }
    });

    test('400 fails for good after one attempt; always-503 gives up after five', async () => {
      const bad = await startReceiver(() => 400);
      const down = await startReceiver(() => 503);
      const store = await openEmptyStore(engine);
      try {
        await fireOne(store, bad.url);
        await fireOne(store, down.url);
        assert.deepEqual(await deliverPending(store.alerts, fast), { attempted: 6, delivered: 0, failed: 2, pending: 0 });
        assert.equal(bad.requests.length, 1);
        assert.equal(down.requests.length, 5);
        const byUrl = new Map((await store.alerts.listFired()).map((a) => [a.deliveries[0].url, a.deliveries[0]]));
        assert.deepEqual([byUrl.get(bad.url)!.state, byUrl.get(bad.url)!.attempts], ['failed', 1]);
        assert.match(byUrl.get(bad.url)!.lastError!, /^HTTP 400/);
        assert.match(byUrl.get(down.url)!.lastError!, /^gave up after 5 attempts: HTTP 503/);
        assert.equal((await deliverPending(store.alerts, { ...fast, ignoreBackoff: true })).attempted, 0, 'failed deliveries are not retried by themselves');
        assert.equal(await store.alerts.requeueFailed(new Date().toISOString()), 2);
      } finally {
        await store.close();
        await bad.close();
        await down.close();
      }
    });

    test('a wait beyond the budget leaves the delivery pending with its next attempt time; the next run delivers it', async () => {
      let up = false;
      const r = await startReceiver(() => (up ? 200 : 503));
      const store = await openEmptyStore(engine);
      try {
        await fireOne(store, r.url);
        assert.deepEqual(await deliverPending(store.alerts, { baseDelayMs: 60_000, waitBudgetMs: 1000 }), { attempted: 1, delivered: 0, failed: 0, pending: 1 });
        const [pending] = (await store.alerts.listFired())[0].deliveries;
        assert.deepEqual([pending.state, pending.attempts, pending.lastError], ['pending', 1, 'HTTP 503: status 503']);
        assert.ok(Date.parse(pending.nextAttemptAt) > Date.now() + 30_000, 'backing off a minute');
        assert.equal((await deliverPending(store.alerts, fast)).attempted, 0, 'not due yet');
        await fireOne(store, r.url);
        assert.deepEqual(await deliverPending(store.alerts, { baseDelayMs: 60_000, waitBudgetMs: 1000 }), { attempted: 1, delivered: 0, failed: 0, pending: 1 },
          'the second alert to the same receiver tries once and the first, not due, waits');
        assert.deepEqual(await deliverPending(store.alerts, { baseDelayMs: 60_000, waitBudgetMs: 1000, ignoreBackoff: true }), { attempted: 1, delivered: 0, failed: 0, pending: 2 },
          'a receiver left pending is not tried again in the same run');
        up = true;
        assert.deepEqual(await deliverPending(store.alerts, { ...fast, ignoreBackoff: true }), { attempted: 2, delivered: 2, failed: 0, pending: 0 });
        assert.equal(r.requests.length, 5);
      } finally {
        await store.close();
        await r.close();
      }
    });

    test('a delivery another sender holds is left alone', async () => {
      const r = await startReceiver(() => 200);
      const store = await openEmptyStore(engine);
      try {
        await fireOne(store, r.url);
        const [d] = (await store.alerts.listFired())[0].deliveries;
        const now = new Date();
        assert.ok(await store.alerts.claimDelivery(d.id, now.toISOString(), new Date(now.getTime() + 60_000).toISOString()));
        assert.equal((await deliverPending(store.alerts, { ...fast, ignoreBackoff: true })).attempted, 0);
        assert.equal(r.requests.length, 0);
      } finally {
        await store.close();
        await r.close();
      }
    });
  });
}
