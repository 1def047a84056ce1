import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCascades } from './find-cascades.ts';
import { testMove } from './_test-move.ts';

const AFM = { org: 'Apple', team: 'Apple Foundation Models' };

test('the seed: a senior leader and three same-day followers, whatever their sort order', () => {
  const moves = [
    testMove({ person: 'Tom Gunter', from: AFM, to: 'Meta', reported: '2025-07-30' }),
    testMove({ person: 'Mark Lee', from: AFM, to: 'Meta', reported: '2025-07-30' }),
    testMove({ person: 'Ruoming Pang', from: AFM, to: 'Meta', reported: '2025-07-30', role: 'head of Apple foundation models' }),
    testMove({ person: 'Bowen Zhang', from: AFM, to: 'Meta', reported: '2025-07-30' }),
  ];
  const { cascades } = findCascades(moves);
  assert.equal(cascades.length, 1);
  const [c] = cascades;
  assert.equal(c.confidence, 'senior');
  assert.equal(c.leader.person, 'Ruoming Pang');
  assert.deepEqual(c.followers.map((f) => f.person).sort(), ['Bowen Zhang', 'Mark Lee', 'Tom Gunter']);
  assert.equal(c.org, 'Apple');
  assert.equal(c.team, 'Apple Foundation Models');
  assert.equal(c.to, 'Meta');
  assert.equal(c.spanDays, 0);
});

test('followers must leave the same origin for the same destination within the window', () => {
  const moves = [
    testMove({ person: 'Lead', from: 'Apple', to: 'Meta', date: '2025-01-10', role: 'VP of AI' }),
    testMove({ person: 'F1', from: 'Apple', to: 'Meta', date: '2025-02-01' }),
    testMove({ person: 'F2', from: 'Apple', to: 'Meta', date: '2025-04-10' }), // day 90: inside
    testMove({ person: 'Late', from: 'Apple', to: 'Meta', date: '2025-04-11' }), // day 91: outside
    testMove({ person: 'Elsewhere', from: 'Apple', to: 'OpenAI', date: '2025-02-01' }),
    testMove({ person: 'Other origin', from: 'Google', to: 'Meta', date: '2025-02-01' }),
    testMove({ person: 'Before', from: 'Apple', to: 'Meta', date: '2025-01-09' }),
  ];
  const { cascades } = findCascades(moves);
  const senior = cascades.filter((c) => c.confidence === 'senior');
  assert.equal(senior.length, 1);
  assert.deepEqual(senior[0].followers.map((f) => f.person), ['F1', 'F2']);
  assert.equal(senior[0].spanDays, 90);
  assert.equal(findCascades(moves, { days: 30 }).cascades.find((c) => c.confidence === 'senior')?.followers.length, 1);
});

test('a different named team does not follow; an unnamed team does', () => {
  const moves = [
    testMove({ person: 'Lead', from: { org: 'Google', team: 'DeepMind' }, to: 'OpenAI', date: '2025-03-01', seniority: 'senior' }),
    testMove({ person: 'Same team', from: { org: 'Google', team: 'DeepMind' }, to: 'OpenAI', date: '2025-03-05' }),
    testMove({ person: 'No team', from: 'Google', to: 'OpenAI', date: '2025-03-06' }),
    testMove({ person: 'Other team', from: { org: 'Google', team: 'Cloud' }, to: 'OpenAI', date: '2025-03-07' }),
  ];
  const [c] = findCascades(moves).cascades;
  assert.deepEqual(c.followers.map((f) => f.person), ['Same team', 'No team']);
});

test('without a senior role, the earliest of three leads a likely cascade; two are not enough', () => {
  const three = ['2025-05-01', '2025-05-20', '2025-06-15'].map((date, i) => testMove({ person: `P${i}`, from: 'Acme', to: 'Beta', date, role: 'research scientist' }));
  const { cascades } = findCascades(three);
  assert.equal(cascades.length, 1);
  assert.equal(cascades[0].confidence, 'likely');
  assert.equal(cascades[0].leader.person, 'P0');
  assert.deepEqual(cascades[0].followers.map((f) => f.person), ['P1', 'P2']);
  assert.equal(findCascades(three.slice(0, 2)).cascades.length, 0);
  assert.equal(findCascades(three, { minLikelyFollowers: 3 }).cascades.length, 0);
});

test('a senior follower whose followers all follow the first leader is not reported again; a later wave is', () => {
  const moves = [
    testMove({ person: 'Chief', from: 'Apple', to: 'Meta', date: '2025-01-01', role: 'Chief scientist' }),
    testMove({ person: 'Director', from: 'Apple', to: 'Meta', date: '2025-01-05', role: '상무' }),
    testMove({ person: 'A', from: 'Apple', to: 'Meta', date: '2025-01-10' }),
    testMove({ person: 'B', from: 'Apple', to: 'Meta', date: '2025-04-04' }), // within 90 days of Director only
  ];
  const { cascades } = findCascades(moves);
  assert.deepEqual(cascades.map((c) => [c.leader.person, c.followers.map((f) => f.person)]), [
    ['Chief', ['Director', 'A']],
    ['Director', ['A', 'B']],
  ]);
  assert.deepEqual(findCascades(moves.slice(0, 3)).cascades.map((c) => c.leader.person), ['Chief']);
});

test('year-only and undatable departures are listed, not placed; the same person never follows themself', () => {
  const moves = [
    testMove({ person: 'Lead', personId: 1, from: 'Apple', to: 'Meta', date: '2025-01-01', role: 'head of research' }),
    testMove({ person: 'Lead', personId: 1, from: 'Apple', to: 'Meta', date: '2025-01-03' }),
    testMove({ from: 'Apple', to: 'Meta', date: '2025' }),
    testMove({ from: 'Apple', to: 'Meta' }),
  ];
  const r = findCascades(moves);
  assert.equal(r.cascades.length, 0);
  assert.equal(r.coarse.length, 1);
  assert.equal(r.undatable.length, 1);
});

test('a long dense flow is scanned quickly', () => {
  const moves = [];
  for (let i = 0; i < 5000; i++) moves.push(testMove({ from: 'Big', to: 'Other', date: new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10), role: i % 100 === 0 ? 'director' : null }));
  const t0 = performance.now();
  const { cascades } = findCascades(moves);
  assert.ok(cascades.length > 0);
  assert.ok(performance.now() - t0 < 2000);
});
