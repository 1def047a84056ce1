import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findBursts } from './find-bursts.ts';
import { poissonUpperTail } from './poisson-tail.ts';
import { testMove } from './_test-move.ts';

const AFM = { org: 'Apple', team: 'Apple Foundation Models' };
const MSL = { org: 'Meta', team: 'Superintelligence Labs' };

/** The seed: four undated moves from Apple's foundation-models team to Meta, all reported 2025-07-30. */
function seedMoves() {
  return ['Ruoming Pang', 'Tom Gunter', 'Mark Lee', 'Bowen Zhang'].map((person, i) =>
    testMove({ person, from: AFM, to: i < 2 ? MSL : 'Meta', reported: '2025-07-30', role: i === 0 ? 'head of foundation models' : null }),
  );
}

test('the seed case: one burst of Apple (foundation-models team) → Meta with the four people', () => {
  const { bursts, undatable, coarse } = findBursts(seedMoves());
  assert.equal(bursts.length, 1);
  const [b] = bursts;
  assert.equal(b.org, 'Apple');
  assert.equal(b.team, 'Apple Foundation Models');
  assert.deepEqual(b.people, ['Ruoming Pang', 'Tom Gunter', 'Mark Lee', 'Bowen Zhang']);
  assert.deepEqual(b.destinations, [{ org: 'Meta', count: 4, teams: ['Superintelligence Labs'] }]);
  assert.equal(b.count, 4);
  assert.equal(b.start, '2025-07-30');
  assert.equal(b.end, '2025-07-30');
  // No history outside the window: the prior alone, 1 a year over 30 days.
  assert.ok(Math.abs(b.expected - 30 / 365) < 1e-12);
  assert.ok(Math.abs(b.pValue - poissonUpperTail(4, 30 / 365)) < 1e-15);
  assert.ok(b.pValue < 1e-5);
  assert.equal(b.sources.length, 4);
  assert.deepEqual(undatable, []);
  assert.deepEqual(coarse, []);
});

test('the seed case at team level names the team as the group', () => {
  const { bursts } = findBursts(seedMoves(), { level: 'team' });
  assert.equal(bursts.length, 1);
  assert.equal(bursts[0].team, 'Apple Foundation Models');
  assert.equal(bursts[0].count, 4);
});

test('four departures spread over a year are not a burst', () => {
  const moves = ['2025-01-10', '2025-04-10', '2025-07-10', '2025-10-10'].map((date) => testMove({ from: 'Apple', to: 'Meta', date }));
  assert.deepEqual(findBursts(moves).bursts, []);
});

test('three departures in a month at an organization with a high baseline are not a burst', () => {
  // Google loses about three people a month for three years, then three in one July week.
  const moves = [];
  for (let month = 0; month < 36; month++) {
    for (const day of [3, 13, 23]) {
      const d = new Date(Date.UTC(2022, month, day)).toISOString().slice(0, 10);
      moves.push(testMove({ from: 'Google', to: 'OpenAI', date: d }));
    }
  }
  const { bursts } = findBursts(moves, { now: '2024-12-31' });
  assert.deepEqual(bursts, []);
  // The same three departures at an organization with no history are a burst.
  const quiet = ['2024-07-01', '2024-07-05', '2024-07-09'].map((date) => testMove({ from: 'Anthropic', to: 'xAI', date }));
  assert.equal(findBursts([...moves, ...quiet], { now: '2024-12-31' }).bursts.length, 1);
});

test('a burst after a quiet history is found, bounded to its own departures, with the baseline excluding them', () => {
  const history = ['2020-03-01', '2021-06-01', '2022-09-01', '2023-12-01'].map((date) => testMove({ from: 'Apple', to: 'Google', date }));
  const burst = ['2025-07-01', '2025-07-07', '2025-07-15', '2025-07-20'].map((date) => testMove({ from: 'Apple', to: 'Meta', date }));
  const later = testMove({ from: 'Apple', to: 'OpenAI', date: '2025-11-01' });
  const { bursts } = findBursts([...history, ...burst, later], { now: '2025-12-31' });
  assert.equal(bursts.length, 1);
  const [b] = bursts;
  assert.equal(b.start, '2025-07-01');
  assert.equal(b.end, '2025-07-20');
  assert.equal(b.count, 4);
  const observed = (Date.UTC(2025, 11, 31) - Date.UTC(2020, 2, 1)) / 86_400_000 + 1;
  const rate = (1 + 5) / (365 + observed - 30);
  assert.ok(Math.abs(b.baselineRate - rate) < 1e-15);
  assert.ok(Math.abs(b.expected - rate * 30) < 1e-12);
  assert.equal(b.team, null);
});

test('overlapping windows merge into one maximal burst; separate ones stay apart', () => {
  const dates = ['2025-01-01', '2025-01-10', '2025-01-20', '2025-02-05', '2025-02-15', '2025-06-01', '2025-06-02', '2025-06-03'];
  const moves = dates.map((date) => testMove({ from: 'Acme', to: 'Beta', date }));
  const { bursts } = findBursts(moves, { now: '2025-06-30', alpha: 0.05 });
  assert.deepEqual(bursts.map((b) => [b.start, b.end, b.count]).sort(), [['2025-01-01', '2025-02-15', 5], ['2025-06-01', '2025-06-03', 3]]);
});

test('threshold, alpha and window are honoured', () => {
  const moves = ['2025-03-01', '2025-03-02', '2025-03-03'].map((date) => testMove({ from: 'Acme', to: 'Beta', date }));
  assert.equal(findBursts(moves, { threshold: 4 }).bursts.length, 0);
  assert.equal(findBursts(moves, { alpha: 1e-9 }).bursts.length, 0);
  assert.equal(findBursts(moves, { windowDays: 2 }).bursts.length, 0);
  assert.equal(findBursts(moves).bursts.length, 1);
});

test('year-only, undatable, internal and future departures are listed or left out, never placed wrongly', () => {
  const moves = [
    testMove({ from: 'Acme', to: 'Beta', date: '2025' }),
    testMove({ from: 'Acme', to: 'Beta', date: '2025' }),
    testMove({ from: 'Acme', to: 'Beta', date: '2025' }),
    testMove({ from: 'Acme', to: 'Beta' }),
    testMove({ from: { org: 'Acme', team: 'A' }, to: { org: 'Acme', team: 'B' }, date: '2025-05-01' }),
    testMove({ from: 'Acme', to: 'Beta', date: '2026-05-01' }),
  ];
  const r = findBursts(moves, { now: '2025-12-31' });
  assert.equal(r.bursts.length, 0);
  assert.equal(r.coarse.length, 3);
  assert.equal(r.undatable.length, 1);
  // At team level the internal team change is a departure from team A.
  assert.equal(findBursts(moves, { level: 'team' }).bursts.length, 0);
});

test('month-dated departures stand at mid-month and can form a burst', () => {
  const moves = [1, 2, 3, 4].map(() => testMove({ from: 'Apple', to: 'Meta', date: '2025-07' }));
  const { bursts } = findBursts(moves);
  assert.equal(bursts.length, 1);
  assert.equal(bursts[0].start, '2025-07-16');
});

test('thousands of departures scan quickly (linear window)', () => {
  const moves = [];
  for (let i = 0; i < 20000; i++) moves.push(testMove({ from: `Org${i % 50}`, to: 'Sink', date: new Date(Date.UTC(2015, 0, 1 + (i % 3650))).toISOString().slice(0, 10) }));
  const t0 = performance.now();
  findBursts(moves);
  assert.ok(performance.now() - t0 < 2000);
});
