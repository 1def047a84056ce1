import assert from 'node:assert/strict';
import { test } from 'node:test';
import { monthlyFlowSeries } from './monthly-flow-series.ts';
import { testMove } from './_test-move.ts';

const moves = () => [
  testMove({ from: { org: 'Apple', team: 'Apple Foundation Models' }, to: 'Meta', reported: '2025-07-30' }),
  testMove({ from: 'Apple', to: 'Meta', date: '2025-07-02' }),
  testMove({ from: 'Google', to: 'Apple', date: '2025-04' }),
  testMove({ from: 'Apple', to: 'OpenAI', date: '2024' }),
  testMove({ from: 'Apple', to: 'xAI' }),
  testMove({ from: { org: 'Apple', team: 'Siri' }, to: { org: 'Apple', team: 'Apple Foundation Models' }, date: '2025-05-20' }),
  testMove({ from: 'Google', to: 'OpenAI', date: '2025-06-01' }),
];

test('per month for one organization, with gaps filled, year-only and undatable moves apart', () => {
  const s = monthlyFlowSeries(moves(), { org: 'apple' });
  assert.deepEqual(s.months.map((m) => [m.month, m.arrivals, m.departures, m.net, m.byReportedDay]), [
    ['2025-04', 1, 0, 1, 0],
    ['2025-05', 0, 0, 0, 0], // the Siri → AFM change stays inside Apple
    ['2025-06', 0, 0, 0, 0],
    ['2025-07', 0, 2, -2, 1],
  ]);
  assert.deepEqual(s.yearOnly, [{ year: '2024', arrivals: 0, departures: 1, net: -1, byReportedDay: 0 }]);
  assert.equal(s.undatable.length, 1);
});

test('a team name selects that team: the internal change becomes an arrival', () => {
  const s = monthlyFlowSeries(moves(), { org: 'Apple Foundation Models' });
  assert.deepEqual(s.months.map((m) => [m.month, m.arrivals, m.departures]), [['2025-05', 1, 0], ['2025-06', 0, 0], ['2025-07', 0, 1]]);
});

test('a window fixes the months shown and keeps overlapping years', () => {
  const s = monthlyFlowSeries(moves(), { org: 'Apple', since: '2024-11', until: '2025-01' });
  assert.deepEqual(s.months.map((m) => [m.month, m.departures]), [['2024-11', 0], ['2024-12', 0], ['2025-01', 0]]);
  assert.equal(s.yearOnly[0].departures, 1);
});

test('without an organization every move counts where its sides are known', () => {
  const s = monthlyFlowSeries(moves());
  const july = s.months.find((m) => m.month === '2025-07')!;
  assert.deepEqual([july.arrivals, july.departures], [2, 2]);
  assert.equal(s.months.length, 4);
  assert.deepEqual(monthlyFlowSeries([]).months, []);
});
