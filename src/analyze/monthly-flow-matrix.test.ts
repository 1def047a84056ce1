import assert from 'node:assert/strict';
import { test } from 'node:test';
import { monthlyFlowMatrix } from './monthly-flow-matrix.ts';
import { testMove } from './_test-move.ts';

const moves = () => [
  testMove({ id: 1, from: { org: 'Apple', team: 'Apple Foundation Models' }, to: 'Meta', reported: '2025-07-30' }),
  testMove({ id: 2, from: 'Apple', to: 'Meta', date: '2025-07-02' }),
  testMove({ id: 3, from: 'Google', to: 'Apple', date: '2025-04' }),
  testMove({ id: 4, from: 'Apple', to: 'OpenAI', date: '2024' }),
  testMove({ id: 5, from: 'Apple', to: 'xAI' }),
  testMove({ id: 6, from: { org: 'Apple', team: 'Siri' }, to: { org: 'Apple', team: 'Apple Foundation Models' }, date: '2025-05-20' }),
  testMove({ id: 7, from: 'Google', to: null, date: '2025-06-01' }),
];

test('month × flow cells: months with gaps, year-only moves in their own bucket, undatable and uncounted apart', () => {
  const m = monthlyFlowMatrix(moves());
  assert.deepEqual(m.months, ['2025-04', '2025-05', '2025-06', '2025-07']);
  assert.deepEqual(m.years, ['2024']);
  assert.deepEqual(m.cells.map((c) => [c.period, c.from, c.to, c.count, c.moveIds]), [
    ['2025-04', 'Google', 'Apple', 1, [3]],
    ['2025-07', 'Apple', 'Meta', 2, [1, 2]], // the undated move counts in the month of its report
    ['2024', 'Apple', 'OpenAI', 1, [4]],
  ]);
  assert.deepEqual(m.undatable.map((x) => x.id), [5]);
  assert.deepEqual(m.uncounted.map((x) => x.id).sort(), [6, 7]); // inside Apple; no destination
});

test('team level splits flows by the teams named, and counts a team change inside one organization', () => {
  const m = monthlyFlowMatrix(moves(), { level: 'team' });
  const july = m.cells.filter((c) => c.period === '2025-07').map((c) => [c.fromTeam, c.count]);
  assert.deepEqual(july.sort(), [[null, 1], ['Apple Foundation Models', 1]]);
  assert.ok(m.cells.some((c) => c.period === '2025-05' && c.fromTeam === 'Siri' && c.toTeam === 'Apple Foundation Models'));
});

test('a window fixes the months and keeps a year that overlaps it', () => {
  const m = monthlyFlowMatrix(moves(), { since: '2024-11', until: '2025-01' });
  assert.deepEqual(m.months, ['2024-11', '2024-12', '2025-01']);
  assert.deepEqual(m.cells.map((c) => c.period), ['2024']);
});
