import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testMove } from '../analyze/_test-move.ts';
import { findEpisodes, matchesRule, newestMoveDay, teamMatches, type RuleSpec } from './find-episodes.ts';

const rule = (over: Partial<RuleSpec> = {}): RuleSpec => ({ org: 'Apple', team: null, to: null, windowDays: 30, threshold: 3, ...over });

test('three departures inside 30 days are one episode; two are not', () => {
  const moves = [
    testMove({ person: 'A', from: 'Apple', to: 'Meta', date: '2025-07-01' }),
    testMove({ person: 'B', from: 'Apple', to: 'Meta', date: '2025-07-10' }),
    testMove({ person: 'C', from: 'Apple', to: 'OpenAI', date: '2025-07-30' }),
  ];
  const [e, ...more] = findEpisodes(moves, rule());
  assert.equal(more.length, 0);
  assert.deepEqual([e.start, e.end, e.people], ['2025-07-01', '2025-07-30', ['A', 'B', 'C']]);
  assert.deepEqual(e.destinations, [{ org: 'Meta', count: 2 }, { org: 'OpenAI', count: 1 }]);
  assert.equal(findEpisodes(moves.slice(0, 2), rule()).length, 0);
  // 2025-07-01 + 30 days = 2025-07-31: a window is [t, t + 30 days), so the 31st is outside.
  const spread = [moves[0], moves[1], testMove({ from: 'Apple', to: 'Meta', date: '2025-07-31' })];
  assert.equal(findEpisodes(spread, rule()).length, 0, '07-01..07-30 and 07-10..08-08 each hold two');
  assert.equal(findEpisodes(spread, rule({ windowDays: 31 })).length, 1);
});

test('overlapping qualifying windows merge into one maximal run; separate runs stay apart', () => {
  const days = ['2025-01-01', '2025-01-05', '2025-01-20', '2025-02-10', '2025-02-15', '2025-06-01', '2025-06-02', '2025-06-03'];
  const moves = days.map((date, i) => testMove({ person: `P${i}`, from: 'Apple', to: 'Meta', date }));
  const episodes = findEpisodes(moves, rule());
  assert.deepEqual(episodes.map((e) => [e.start, e.end, e.moves.length]), [['2025-01-01', '2025-02-15', 5], ['2025-06-01', '2025-06-03', 3]]);
});

test('what counts: the org (any script case), the team, the destination; not arrivals, internal moves, history, years or undatable', () => {
  const base = { date: '2025-03-03' };
  assert.ok(matchesRule(testMove({ ...base, from: 'APPLE', to: 'Meta' }), rule()));
  assert.ok(!matchesRule(testMove({ ...base, from: 'Meta', to: 'Apple' }), rule()), 'an arrival');
  assert.ok(!matchesRule(testMove({ ...base, from: { org: 'Apple', team: 'Siri' }, to: { org: 'Apple', team: 'AFM' } }), rule()), 'inside the org');
  assert.ok(matchesRule(testMove({ ...base, from: { org: 'Apple', team: 'AFM' }, to: { org: 'Apple', team: 'Siri' } }), rule({ team: 'AFM' })), 'leaving the team counts at team level');
  assert.ok(!matchesRule(testMove({ ...base, from: { org: 'Apple', team: 'Siri' }, to: 'Meta' }), rule({ team: 'AFM' })));
  assert.ok(!matchesRule(testMove({ ...base, from: 'Apple', to: 'Meta' }), rule({ team: 'AFM' })), 'no team named');
  assert.ok(matchesRule(testMove({ ...base, from: 'Apple', to: 'Meta' }), rule({ to: 'meta' })));
  assert.ok(!matchesRule(testMove({ ...base, from: 'Apple', to: 'OpenAI' }), rule({ to: 'Meta' })));
  assert.ok(!matchesRule(testMove({ ...base, from: 'Apple', to: null }), rule({ to: 'Meta' })));
  assert.ok(!matchesRule({ ...testMove({ ...base, from: 'Apple', to: 'Meta' }), history: true }, rule()), 'career history');
  const placedOrNot = [
    testMove({ from: 'Apple', to: 'Meta', date: '2025' }),
    testMove({ from: 'Apple', to: 'Meta', date: null, reported: null }),
    testMove({ from: 'Apple', to: 'Meta', date: '2025-05' }),
    testMove({ from: 'Apple', to: 'Meta', date: null, reported: '2025-05-20' }),
    testMove({ from: 'Apple', to: 'Meta', date: '2025-05-01' }),
  ];
  const [e] = findEpisodes(placedOrNot, rule());
  assert.equal(e.moves.length, 3, 'the year-only and the undatable move are left out');
  assert.deepEqual([e.start, e.end], ['2025-05-01', '2025-05-20'], 'a month-dated move stands at mid-month, an undated one on its reported day');
});

test('team names match whole words, with or without the organization in front', () => {
  assert.ok(teamMatches('Apple Foundation Models', 'foundation models'));
  assert.ok(teamMatches('AFM', 'afm'));
  assert.ok(!teamMatches('Apple Foundation Models Infra', 'Models Inf'));
});

test('the recency reference is the newest placed move, never later than now', () => {
  const moves = [testMove({ from: 'A', to: 'B', date: '2025-01-01' }), testMove({ from: 'A', to: 'B', date: '2031-01-01' }), testMove({ from: 'A', to: 'B' })];
  assert.equal(newestMoveDay(moves, new Date('2026-01-01T12:00:00Z'))!.toISOString(), '2026-01-01T12:00:00.000Z');
  assert.equal(newestMoveDay(moves.slice(0, 1), new Date('2026-01-01'))!.toISOString().slice(0, 10), '2025-01-01');
  assert.equal(newestMoveDay([], new Date()), null);
});
