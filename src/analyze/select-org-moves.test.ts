import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orgBalance } from './org-balance.ts';
import { selectOrgMoves } from './select-org-moves.ts';
import { testMove } from './_test-move.ts';

const moves = () => [
  testMove({ id: 1, from: { org: 'Apple', team: 'Apple Foundation Models' }, to: 'Meta', reported: '2025-07-30' }),
  testMove({ id: 2, from: 'Google', to: 'Apple', date: '2025-07' }),
  testMove({ id: 3, from: { org: 'Apple', team: 'Siri' }, to: { org: 'Apple', team: 'Apple Foundation Models' }, date: '2025-07-20' }),
  testMove({ id: 4, from: 'Apple', to: 'xAI' }),
  testMove({ id: 5, from: 'Apple', to: 'OpenAI', date: '2025-09-01' }),
];

test('the moves a balance counts, by kind, in a window', () => {
  const s = selectOrgMoves(moves(), 'apple', { since: '2025-07-01', until: '2025-07-31' });
  assert.deepEqual([s.arrivals, s.departures, s.internal, s.undatable].map((l) => l.map((m) => m.id)), [[2], [1], [3], [4]]);
  const b = orgBalance(moves(), 'apple', { since: '2025-07-01', until: '2025-07-31' });
  assert.deepEqual([b.inflow, b.outflow, b.internal], [s.arrivals.length, s.departures.length, s.internal.length]);
});

test('a team name: the change from Siri is an arrival; without bounds undatable moves count', () => {
  const s = selectOrgMoves(moves(), 'Apple Foundation Models');
  assert.deepEqual([s.arrivals.map((m) => m.id), s.departures.map((m) => m.id)], [[3], [1]]);
  assert.deepEqual(selectOrgMoves(moves(), 'Apple').departures.map((m) => m.id), [1, 4, 5]);
});
