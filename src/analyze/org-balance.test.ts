import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orgBalance } from './org-balance.ts';
import { testMove } from './_test-move.ts';

const moves = () => [
  testMove({ from: 'Apple', to: { org: 'Meta', team: 'Superintelligence Labs' }, date: '2025-07-01' }),
  testMove({ from: 'Apple', to: 'Meta', reported: '2025-07-30' }),
  testMove({ from: 'Apple', to: 'OpenAI', date: '2025' }),
  testMove({ from: 'Google', to: 'Apple', date: '2025-03-02' }),
  testMove({ from: null, to: 'Apple', date: '2025-03-05' }),
  testMove({ from: 'Apple', to: 'xAI' }),
  testMove({ from: { org: 'Apple', team: 'Siri' }, to: 'Apple', date: '2025-02' }),
  testMove({ from: 'Google', to: 'Meta', date: '2025-07-01' }),
];

test('unbounded balance with counterparts, internal moves apart', () => {
  const b = orgBalance(moves(), 'APPLE');
  assert.deepEqual([b.inflow, b.outflow, b.net, b.internal], [2, 4, -2, 1]);
  assert.deepEqual(b.topDestinations[0], { org: 'Meta', count: 2, teams: ['Superintelligence Labs'] });
  assert.deepEqual(b.topSources.map((s) => [s.org, s.count]), [['Google', 1], [null, 1]]);
  assert.deepEqual(b.undatable, []);
});

test('a window: overlap for coarse dates, reported day for undated, undatable listed', () => {
  const b = orgBalance(moves(), 'Apple', { since: '2025-07', until: '2025-07' });
  // Meta (day), Meta (reported 07-30), OpenAI (2025 overlaps July).
  assert.deepEqual([b.inflow, b.outflow], [0, 3]);
  assert.equal(b.undatable.length, 1);
  assert.deepEqual(orgBalance(moves(), 'Apple', { until: '2025-03-03' }).inflow, 1);
});

test('limit trims counterpart lists; a team name gives the team balance', () => {
  assert.equal(orgBalance(moves(), 'Apple', {}, { limit: 1 }).topDestinations.length, 1);
  const siri = orgBalance(moves(), 'Siri');
  assert.deepEqual([siri.inflow, siri.outflow, siri.internal], [0, 1, 0]);
  assert.equal(orgBalance(moves(), 'Nobody').net, 0);
});
