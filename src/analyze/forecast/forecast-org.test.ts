import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testMove } from '../_test-move.ts';
import { forecastOrg } from './forecast-org.ts';

const AFM = { org: 'Apple', team: 'Apple Foundation Models' };
const MSL = { org: 'Meta', team: 'Superintelligence Labs' };

function corpus() {
  return [
    testMove({ id: 1, person: 'A', from: AFM, to: MSL, date: '2025-07-07' }),
    testMove({ id: 2, person: 'B', from: AFM, to: MSL, date: '2025-07' }),
    testMove({ id: 3, person: 'C', from: AFM, to: MSL, reported: '2025-07-29' }),
    testMove({ id: 4, person: 'D', from: { org: 'apple', team: 'apple foundation models' }, to: 'Meta', date: '2025-07-25' }),
    // Another Apple unit, an arrival, a move inside the team, an undatable one, career history.
    testMove({ id: 5, person: 'E', from: { org: 'Apple', team: 'Siri' }, to: 'OpenAI', date: '2025-03-02' }),
    testMove({ id: 6, person: 'F', from: 'Google', to: 'Apple', date: '2025-01-10' }),
    testMove({ id: 7, person: 'G', from: AFM, to: AFM, date: '2025-05-01' }),
    testMove({ id: 8, person: 'H', from: AFM, to: 'xAI' }),
    { ...testMove({ id: 9, person: 'I', from: 'Apple', to: 'Microsoft', date: '2012-06-01' }), history: true },
    testMove({ id: 10, person: 'J', from: 'Apple', to: 'Anthropic', date: '2025-09-15' }),
  ];
}

test('picks the team\'s departures, places them by the shared dating rule and lists the undatable', () => {
  const f = forecastOrg(corpus(), 'Apple', 'Apple Foundation Models', { now: new Date('2025-07-30T00:00:00Z') });
  assert.deepEqual(f.departures, [
    { id: 1, person: 'A', day: '2025-07-07', precision: 'day' },
    { id: 2, person: 'B', day: '2025-07-16', precision: 'month' },
    { id: 3, person: 'C', day: '2025-07-29', precision: 'reported' },
    { id: 4, person: 'D', day: '2025-07-25', precision: 'day' },
  ]);
  assert.deepEqual(f.undatable, [{ id: 8, person: 'H' }]);
  assert.deepEqual(f.outsideWindow, []);
  // The window opens with the earliest move in the corpus (non-history).
  assert.equal(f.from, '2025-01-10');
  assert.equal(f.until, '2025-07-30');
  assert.equal(f.model, 'poisson');
  assert.equal(f.reason, '4 departures, fewer than the 8 a Hawkes fit needs');
  assert.equal(f.events, 4);
  assert.deepEqual(f.horizons.map((h) => h.horizon), [30, 90]);
  assert.ok(f.horizons[0].expected > 0);
});

test('at organization level every Apple unit counts, internal moves and arrivals do not', () => {
  const f = forecastOrg(corpus(), 'Apple', null, { now: new Date('2025-07-30T00:00:00Z') });
  assert.deepEqual(f.departures.map((d) => d.id), [1, 2, 3, 4, 5]);
  assert.deepEqual(f.outsideWindow, [{ id: 10, person: 'J' }]);
  const withHistory = forecastOrg(corpus(), 'Apple', null, { now: new Date('2025-07-30T00:00:00Z'), includeHistory: true });
  assert.deepEqual(withHistory.departures.map((d) => d.id), [1, 2, 3, 4, 5, 9]);
  assert.equal(withHistory.from, '2012-06-01');
});

test('defaults the forecast date to the latest move and handles an organization with no departures', () => {
  const f = forecastOrg(corpus(), 'Apple');
  assert.equal(f.until, '2025-09-15');
  assert.deepEqual(f.departures.map((d) => d.id), [1, 2, 3, 4, 5, 10]);
  const none = forecastOrg(corpus(), 'Nvidia');
  assert.equal(none.events, 0);
  assert.equal(none.horizons[0].lower, 0);
  assert.deepEqual(forecastOrg([], 'Apple').horizons[0], { horizon: 30, expected: 0, lower: 0, upper: 0, level: 0.8 });
});
