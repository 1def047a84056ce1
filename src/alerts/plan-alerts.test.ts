import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Episode } from './find-episodes.ts';
import { planAlerts } from './plan-alerts.ts';

const episode = (start: string, end: string): Episode => ({ start, end, moves: [], people: [], destinations: [], team: null });
const rule = { id: 7, windowDays: 30, backfill: false };
const ref = new Date('2025-08-01');

test('a new episode fires under the key rule:start; one overlapping a fired alert of the rule grows it instead', () => {
  const fired = [{ id: 1, ruleId: 7, windowStart: '2025-07-01', windowEnd: '2025-07-10' }, { id: 2, ruleId: 8, windowStart: '2025-07-20', windowEnd: '2025-07-25' }];
  const plan = planAlerts(rule, [episode('2025-06-25', '2025-07-12'), episode('2025-07-20', '2025-07-30')], fired, ref);
  assert.deepEqual(plan.grow.map((g) => g.alertId), [1], 'an episode that started earlier and grew is still alert 1');
  assert.deepEqual(plan.fire.map((f) => f.episodeKey), ['7:2025-07-20'], "another rule's alert does not count");
});

test('old episodes do not fire unless the rule backfills', () => {
  const old = episode('2024-01-01', '2024-01-15');
  const recent = episode('2025-07-05', '2025-07-05');
  const plan = planAlerts(rule, [old, recent], [], ref);
  assert.deepEqual(plan.fire.map((f) => f.episode), [recent]);
  assert.deepEqual(plan.stale, [old]);
  assert.equal(planAlerts({ ...rule, backfill: true }, [old, recent], [], ref).fire.length, 2);
  assert.equal(planAlerts(rule, [episode('2025-07-02', '2025-07-02')], [], ref).fire.length, 1, 'ending exactly windowDays before the reference still fires');
  assert.equal(planAlerts(rule, [episode('2025-07-01', '2025-07-01')], [], ref).fire.length, 0);
});
