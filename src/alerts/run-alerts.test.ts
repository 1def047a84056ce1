/**
 * The real pipeline on both engines: the seed article fires one alert naming the four researchers,
 * delivered once through a receiver that fails twice; a later ingest that grows the episode updates
 * the alert and sends nothing more.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../pipeline.ts';
import { loadGazetteer } from '../orgs/index.ts';
import { startReceiver } from './_test-receiver.ts';
import { alertEngines, openEmptyStore } from './_test-engines.ts';

const seed = fileURLToPath(new URL('../../../shared/eval/dev/texts/seed-knews.txt', import.meta.url));
const noSeed = existsSync(seed) ? false : 'skipped: ../shared/eval is not beside the repository';
const gazetteer = loadGazetteer({});
const alerts = { defaultWebhook: null, delivery: { baseDelayMs: 2, random: () => 0.5 } };
const FOUR = ['Bowen Zhang', 'Mark Lee', 'Ruoming Pang', 'Tom Gunter'];

for (const engine of await alertEngines()) {
  describe(`alerts after ingest on ${engine.name}`, { skip: engine.skip || noSeed }, () => {
    let dir = '';
    before(async () => {
      await engine.setUp();
      dir = mkdtempSync(join(tmpdir(), 'poachwatch-alerts-'));
    });
    after(async () => {
      await engine.tearDown();
      rmSync(dir, { recursive: true, force: true });
    });

    test('the seed fires one alert, delivered exactly once; growth updates it without a second delivery', async () => {
      const receiver = await startReceiver((n) => (n < 2 ? 503 : 200));
      const store = await openEmptyStore(engine);
      try {
        const rule = await store.alerts.addRule({ org: 'Apple', threshold: 3, windowDays: 30, webhook: receiver.url });
        await store.alerts.addRule({ org: 'Apple', to: 'OpenAI' }); // matches nothing
        const first = await runIngest([seed], { store, gazetteer, ingest: { published: '2025-07-30' }, alerts });
        assert.equal(first.stored, 1);
        assert.equal(first.alerts.length, 1);
        const [fired] = first.alerts;
        assert.deepEqual([...fired.people].sort(), FOUR);
        assert.equal(fired.ruleId, rule.id);
        assert.equal(fired.reason, '4 departures from Apple (Apple Foundation Models) to Meta on 2025-07-30, threshold 3 in 30 days');
        assert.equal(fired.delivery, 'delivered');
        assert.equal(receiver.requests.length, 3);
        const body = receiver.requests[2].body as { text: string; alert: { people: string[]; count: number } };
        assert.match(body.text, /^poachwatch alert \(Apple: 3\+ departures in 30 days\): 4 departures from Apple/);
        assert.deepEqual([...body.alert.people].sort(), FOUR);

        const again = await runIngest([seed], { store, gazetteer, ingest: { published: '2025-07-30' }, alerts });
        assert.deepEqual([again.skipped, again.alerts.length], [1, 0]);

        const later = join(dir, `later-${engine.name}.txt`);
        writeFileSync(later, "Apple researcher leaves for Meta\n\nJane Roe, a researcher on Apple's foundation models team, has left Apple to join Meta, the company said on July 29, 2025.\n");
        const grown = await runIngest([later], { store, gazetteer, ingest: { published: '2025-07-31' }, alerts });
        assert.deepEqual([grown.stored, grown.alerts.length], [1, 0], 'the same episode does not fire again');
        const list = await store.alerts.listFired();
        assert.equal(list.length, 1);
        assert.deepEqual([list[0].count, list[0].windowStart, list[0].windowEnd, list[0].delivery], [5, '2025-07-30', '2025-07-31', 'delivered']);
        assert.ok(list[0].people.includes('Jane Roe'));
        assert.equal(receiver.requests.length, 3, 'nothing more was sent');
      } finally {
        await store.close();
        await receiver.close();
      }
    });

    test('a receiver that rejects (400) leaves the alert failed after one attempt, and the ingest still succeeds', async () => {
      const receiver = await startReceiver(() => 400);
      const store = await openEmptyStore(engine);
      try {
        await store.alerts.addRule({ org: 'Apple', webhook: receiver.url });
        const report = await runIngest([seed], { store, gazetteer, ingest: { published: '2025-07-30' }, alerts });
        assert.deepEqual([report.stored, report.failed, report.alertsError], [1, 0, undefined]);
        assert.equal(report.alerts[0].delivery, 'failed');
        assert.equal(receiver.requests.length, 1);
        assert.match(report.alerts[0].deliveries[0].lastError!, /^HTTP 400/);
      } finally {
        await store.close();
        await receiver.close();
      }
    });
  });
}
