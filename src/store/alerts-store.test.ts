/** The alert store on both engines: rules, fired alerts (one per episode key), delivery claims. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { alertEngines, openEmptyStore } from '../alerts/_test-engines.ts';
import type { EpisodeFields } from './alerts-store.ts';

const fields = (over: Partial<EpisodeFields> = {}): EpisodeFields => ({
  windowStart: '2025-07-01', windowEnd: '2025-07-20', count: 3, team: 'AFM', people: ['A', 'B', 'C'], moveIds: [1, 2, 3],
  destinations: [{ org: 'Meta', count: 3 }], reason: '3 departures', ...over,
});

for (const engine of await alertEngines()) {
  describe(`alert store on ${engine.name}`, { skip: engine.skip }, () => {
    before(() => engine.setUp());
    after(() => engine.tearDown());

    test('rules: add with defaults, list, remove once', async () => {
      const store = await openEmptyStore(engine);
      try {
        const a = await store.alerts.addRule({ org: 'Apple' });
        const b = await store.alerts.addRule({ org: 'Apple', team: 'AFM', to: 'Meta', windowDays: 14, threshold: 2, webhook: 'http://127.0.0.1:9/x', name: 'afm', backfill: true });
        assert.deepEqual([a.windowDays, a.threshold, a.team, a.to, a.webhook, a.backfill, a.name], [30, 3, null, null, null, false, 'Apple: 3+ departures in 30 days']);
        assert.deepEqual([b.team, b.to, b.windowDays, b.threshold, b.backfill, b.name], ['AFM', 'Meta', 14, 2, true, 'afm']);
        assert.deepEqual((await store.alerts.listRules()).map((r) => r.id), [a.id, b.id]);
        assert.equal(await store.alerts.removeRule(a.id), true);
        assert.equal(await store.alerts.removeRule(a.id), false);
        assert.deepEqual((await store.alerts.listRules()).map((r) => r.id), [b.id]);
        assert.equal(await store.alerts.getRule(a.id), null);
        await assert.rejects(store.alerts.addRule({ org: 'X', threshold: 0 }), RangeError);
      } finally {
        await store.close();
      }
    });

    test('an episode key fires once; listFired is newest first with deliveries, pages, and survives rule removal', async () => {
      const store = await openEmptyStore(engine);
      try {
        const rule = await store.alerts.addRule({ org: 'Apple' });
        const first = await store.alerts.recordFired({ ...fields(), rule, episodeKey: `${rule.id}:2025-07-01`, firedAt: '2025-08-01T00:00:00.000Z', webhooks: ['http://a/1', 'http://a/1', 'http://b/2'] });
        assert.ok(first !== null);
        assert.equal(await store.alerts.recordFired({ ...fields(), rule, episodeKey: `${rule.id}:2025-07-01`, firedAt: '2025-08-02T00:00:00.000Z', webhooks: ['http://a/1'] }), null);
        const second = await store.alerts.recordFired({ ...fields({ windowStart: '2025-09-01', windowEnd: '2025-09-02' }), rule, episodeKey: `${rule.id}:2025-09-01`, firedAt: '2025-09-03T00:00:00.000Z', webhooks: [] });
        const all = await store.alerts.listFired();
        assert.deepEqual(all.map((a) => a.id), [second, first]);
        assert.deepEqual(all[1].deliveries.map((d) => [d.url, d.state, d.attempts]), [['http://a/1', 'pending', 0], ['http://b/2', 'pending', 0]]);
        assert.deepEqual([all[0].delivery, all[1].delivery], ['none', 'pending']);
        assert.deepEqual([all[1].people, all[1].moveIds, all[1].team, all[1].rule.org], [['A', 'B', 'C'], [1, 2, 3], 'AFM', 'Apple']);
        assert.deepEqual((await store.alerts.listFired({ limit: 1, offset: 1 })).map((a) => a.id), [first]);
        assert.deepEqual((await store.alerts.listFired({ offset: 1 })).map((a) => a.id), [first]);
        assert.deepEqual(await store.alerts.listEpisodeSpans([rule.id]), [
          { id: first, ruleId: rule.id, windowStart: '2025-07-01', windowEnd: '2025-07-20' },
          { id: second, ruleId: rule.id, windowStart: '2025-09-01', windowEnd: '2025-09-02' },
        ]);
        await store.alerts.updateEpisode(first!, fields({ windowEnd: '2025-07-25', count: 4, people: ['A', 'B', 'C', 'D'] }), '2025-08-05T00:00:00.000Z');
        await store.alerts.removeRule(rule.id);
        const [grown] = await store.alerts.listFired({ ids: [first!] });
        assert.deepEqual([grown.windowEnd, grown.count, grown.people.length, grown.updatedAt], ['2025-07-25', 4, 4, '2025-08-05T00:00:00.000Z']);
      } finally {
        await store.close();
      }
    });

    test('a delivery is claimed by one sender at a time and never changes once delivered', async () => {
      const store = await openEmptyStore(engine);
      try {
        const rule = await store.alerts.addRule({ org: 'Apple' });
        await store.alerts.recordFired({ ...fields(), rule, episodeKey: 'k', firedAt: '2025-08-01T00:00:00.000Z', webhooks: ['http://a/1'] });
        const now = '2025-08-01T00:00:01.000Z';
        const [d] = await store.alerts.listDueDeliveries(now);
        assert.equal(await store.alerts.claimDelivery(d.id, now, '2025-08-01T00:01:00.000Z'), true);
        assert.equal(await store.alerts.claimDelivery(d.id, now, '2025-08-01T00:01:00.000Z'), false, 'held by the first sender');
        assert.deepEqual(await store.alerts.listDueDeliveries(now), [], 'a held delivery is not due');
        assert.equal(await store.alerts.claimDelivery(d.id, '2025-08-01T00:02:00.000Z', '2025-08-01T00:03:00.000Z'), true, 'an expired claim can be taken over');
        await store.alerts.recordDeliveryOutcome(d.id, { state: 'pending', error: 'HTTP 503', nextAttemptAt: '2025-08-01T00:10:00.000Z' });
        assert.deepEqual(await store.alerts.listDueDeliveries('2025-08-01T00:05:00.000Z'), [], 'backing off');
        assert.equal((await store.alerts.listDueDeliveries('2025-08-01T00:05:00.000Z', { includeNotDue: true })).length, 1);
        await store.alerts.recordDeliveryOutcome(d.id, { state: 'delivered', deliveredAt: '2025-08-01T00:10:01.000Z' });
        await store.alerts.recordDeliveryOutcome(d.id, { state: 'failed', error: 'late' });
        const [row] = (await store.alerts.listFired())[0].deliveries;
        assert.deepEqual([row.state, row.attempts, row.deliveredAt], ['delivered', 2, '2025-08-01T00:10:01.000Z']);
        assert.equal(await store.alerts.claimDelivery(d.id, '2030-01-01T00:00:00.000Z', '2030-01-01T00:01:00.000Z'), false);
        assert.equal(await store.alerts.requeueFailed(now), 0);
      } finally {
        await store.close();
      }
    });
  });
}
