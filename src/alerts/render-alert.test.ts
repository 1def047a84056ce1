import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactWebhookUrl, renderReason, renderWebhookBody } from './render-alert.ts';
import type { FiredAlert } from '../store/alerts-store.ts';

const rule = { org: 'Apple', team: 'Foundation Models', to: 'Meta', windowDays: 30, threshold: 3 };

test('the reason says how many, from where, to where, when and against which threshold', () => {
  const e = { windowStart: '2025-07-01', windowEnd: '2025-07-28', count: 4, destinations: [{ org: 'Meta', count: 4 }], team: null };
  assert.equal(renderReason(rule, e), '4 departures from Apple (Foundation Models) to Meta between 2025-07-01 and 2025-07-28, threshold 3 in 30 days');
  const mixed = { ...e, windowEnd: '2025-07-01', destinations: [{ org: 'Meta', count: 3 }, { org: null, count: 1 }], team: 'AFM' };
  assert.equal(renderReason({ ...rule, team: null, to: null }, mixed), '4 departures from Apple (AFM) (to Meta 3, unknown 1) on 2025-07-01, threshold 3 in 30 days');
  assert.equal(renderReason(rule, e, 'ko'), 'Apple (Foundation Models) → Meta 이탈 4명, 2025-07-01~2025-07-28 (기준: 30일 내 3명 이상)');
});

test('the webhook body has Slack text and the structured alert', () => {
  const alert: FiredAlert = {
    id: 3, ruleId: 1, episodeKey: '1:2025-07-30', rule: { id: 1, name: 'apple', ...rule, webhook: 'http://x/secret', backfill: false, createdAt: '2025-01-01T00:00:00Z' },
    windowStart: '2025-07-30', windowEnd: '2025-07-30', count: 2, team: null, people: ['A', 'B'], moveIds: [5, 6], destinations: [{ org: 'Meta', count: 2 }],
    reason: 'why', firedAt: '2025-08-01T00:00:00Z', updatedAt: '2025-08-01T00:00:00Z', deliveries: [], delivery: 'none',
  };
  const body = renderWebhookBody(alert);
  assert.equal(body.text, 'poachwatch alert (apple): why: A, B');
  assert.deepEqual(body.alert.people, ['A', 'B']);
  assert.ok(!JSON.stringify(body).includes('secret'), 'the webhook URL itself is never sent');
  assert.equal(redactWebhookUrl('https://hooks.slack.com/services/T0/B0/XYZ'), 'https://hooks.slack.com/…');
  assert.equal(redactWebhookUrl('nonsense'), '(invalid URL)');
});
