import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countFlows } from './count-flows.ts';
import { testMove } from './_test-move.ts';

const AFM = { org: 'Apple', team: 'Apple Foundation Models' };
const MSL = { org: 'Meta', team: 'Superintelligence Labs' };

function corpus() {
  return [
    testMove({ person: 'A', personId: 1, from: AFM, to: MSL, date: '2025-07-03' }),
    testMove({ person: 'B', personId: 2, from: AFM, to: 'Meta', reported: '2025-07-30' }),
    testMove({ person: 'C', personId: 3, from: 'apple', to: 'META', date: '2025-06' }),
    testMove({ person: 'D', personId: 4, from: 'Google', to: 'OpenAI', date: '2024' }),
    testMove({ person: 'E', personId: 5, from: 'Google', to: null, date: '2025-07-10' }),
    testMove({ person: 'F', personId: 6, from: 'OpenAI', to: 'Meta' }),
    testMove({ person: 'G', personId: 7, from: { org: 'Apple', team: 'Siri' }, to: AFM, date: '2025-07-01' }),
  ];
}

test('unbounded: every two-sided move counts, names folded, most first', () => {
  const r = countFlows(corpus());
  assert.deepEqual(r.flows.map((f) => [f.from, f.to, f.count, f.people]), [
    ['Apple', 'Meta', 3, ['A', 'B', 'C']],
    ['Google', 'OpenAI', 1, ['D']],
    ['OpenAI', 'Meta', 1, ['F']],
  ]);
  assert.deepEqual(r.oneSided.map((m) => m.person), ['E']);
  assert.deepEqual(r.internal.map((m) => m.person), ['G']);
  assert.deepEqual(r.undatable, []);
});

test('a window keeps overlapping spans, places undated moves on their reported day, lists undatable ones', () => {
  const r = countFlows(corpus(), { since: '2025-07', until: '2025-07' });
  assert.deepEqual(r.flows.map((f) => [f.from, f.to, f.count, f.uncertain]), [['Apple', 'Meta', 2, 0]]);
  assert.deepEqual(r.undatable.map((m) => m.person), ['F']);
  // A window inside 2024 holds the year-dated move, marked uncertain.
  const y = countFlows(corpus(), { since: '2024-03-01', until: '2024-05-31' });
  assert.deepEqual(y.flows.map((f) => [f.from, f.to, f.count, f.uncertain]), [['Google', 'OpenAI', 1, 1]]);
  assert.equal(countFlows(corpus(), { since: '2025-06-15' }).flows[0].uncertain, 1);
});

test('team level splits flows by team and turns team changes into flows', () => {
  const r = countFlows(corpus(), { level: 'team' });
  const rows = r.flows.map((f) => `${f.from}/${f.fromTeam ?? '-'} → ${f.to}/${f.toTeam ?? '-'} ${f.count}`);
  assert.ok(rows.includes('Apple/Apple Foundation Models → Meta/Superintelligence Labs 1'));
  assert.ok(rows.includes('Apple/Apple Foundation Models → Meta/- 1'));
  assert.ok(rows.includes('Apple/Siri → Apple/Apple Foundation Models 1'));
  assert.equal(r.internal.length, 0);
});

test('a bad window bound is an input error naming the bound', () => {
  assert.throws(() => countFlows([], { since: 'last week' }), { name: 'InputError', message: "since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got 'last week' (e.g. 2025-07)" });
});

test('the same person moving twice on one flow is one name, two moves', () => {
  const r = countFlows([testMove({ person: 'X', personId: 9, from: 'A', to: 'B', date: '2020' }), testMove({ person: 'X', personId: 9, from: 'A', to: 'B', date: '2023' })]);
  assert.deepEqual([r.flows[0].count, r.flows[0].people], [2, ['X']]);
});
