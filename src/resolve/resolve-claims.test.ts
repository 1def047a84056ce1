import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Resolution, StoredClaim } from '../core/types.ts';
import { buildGazetteer, type OrgEntry } from '../orgs/index.ts';
import { pickMoveDate, resolveClaims } from './index.ts';
import { makeClaim, slot } from './_test-claim.ts';

const entry = (id: string, name: string, aliases: string[] = [], parent: string | null = null): OrgEntry => ({ id, name, aliases, parent, kind: parent ? 'unit' : 'company' });
const gazetteer = buildGazetteer([
  entry('apple', 'Apple', ['애플']),
  entry('meta', 'Meta', ['메타']),
  entry('google', 'Google', ['구글']),
  entry('google-deepmind', 'Google DeepMind', ['DeepMind', '딥마인드'], 'google'),
  entry('openai', 'OpenAI', ['오픈AI']),
  entry('microsoft', 'Microsoft', ['마이크로소프트']),
  entry('bytedance', 'ByteDance', ['바이트댄스']),
  entry('alibaba', 'Alibaba', ['알리바바']),
  entry('baidu', 'Baidu', ['바이두']),
  entry('naver', 'Naver', ['네이버']),
  entry('kakao', 'Kakao', ['카카오']),
  entry('lg', 'LG', ['LG전자']),
]);
const resolve = (claims: StoredClaim[]) => resolveClaims(claims, { gazetteer });
const unverified = (org: string) => slot(org, { verified: false });

function personOf(r: Resolution, name: string) {
  const found = r.people.filter((p) => p.names.includes(name));
  assert.equal(found.length, 1, `one person named ${name}: ${JSON.stringify(r.people)}`);
  return found[0];
}
const movesOf = (r: Resolution, personKey: string) => r.moves.filter((m) => m.personKey === personKey);

test('"left Apple" + "joined Lumen Robotics" + a dated report are one move', () => {
  const r = resolve([
    makeClaim({ documentId: 1, person: 'Tomasz Nowak', from: 'Apple' }),
    makeClaim({ documentId: 2, person: 'Nowak Tomasz', to: unverified('Lumen Robotics') }),
    makeClaim({ documentId: 3, person: 'Tomasz Nowak', from: 'Apple', date: '2025-08' }),
  ]);
  const moves = movesOf(r, personOf(r, 'Tomasz Nowak').key);
  assert.equal(moves.length, 1);
  assert.deepEqual([moves[0].from?.orgKey, moves[0].to?.orgKey, moves[0].date, moves[0].claimIds.length], ['apple', 'lumen-robotics', '2025-08', 3]);
  assert.deepEqual(r.orgs.find((o) => o.key === 'lumen-robotics'), { key: 'lumen-robotics', name: 'Lumen Robotics', verified: false, parent: null, aliases: ['Lumen Robotics'] });
});

test('a boomerang stays two moves, and a one-sided report joins only the move it fits', () => {
  const r = resolve([
    makeClaim({ documentId: 1, person: 'Rachel Albers', from: 'Google', to: 'Microsoft', date: '2025-10' }),
    makeClaim({ documentId: 1, person: 'Rachel Albers', from: 'Microsoft', to: 'Google', date: '2023', history: true }),
    makeClaim({ documentId: 2, person: '레이첼 알버스', from: 'Google', date: '2025-10-20' }),
  ]);
  const moves = movesOf(r, personOf(r, 'Rachel Albers').key).sort((a, b) => a.claimIds.length - b.claimIds.length);
  assert.equal(moves.length, 2);
  assert.deepEqual([moves[0].from?.orgKey, moves[0].to?.orgKey, moves[0].history], ['microsoft', 'google', true]);
  assert.deepEqual([moves[1].from?.orgKey, moves[1].to?.orgKey, moves[1].history, moves[1].date, moves[1].claimIds.length], ['google', 'microsoft', false, '2025-10-20', 2]);
  assert.equal(personOf(r, '레이첼 알버스').name, 'Rachel Albers');
});

test('a report with one side known picks the closest of two moves from the same origin', () => {
  const r = resolve([
    makeClaim({ documentId: 1, person: 'Emily Zhao', from: 'Apple', to: 'Meta', date: '2019-05', history: true }),
    makeClaim({ documentId: 1, person: 'Emily Zhao', from: 'Apple', to: 'OpenAI', date: '2025-07' }),
    makeClaim({ documentId: 2, person: '에밀리 자오', from: 'Apple', date: '2025-07-01' }),
  ]);
  const moves = movesOf(r, personOf(r, 'Emily Zhao').key);
  assert.deepEqual(moves.map((m) => [m.to?.orgKey, m.claimIds.length, m.date]).sort(), [['meta', 1, '2019-05'], ['openai', 2, '2025-07-01']]);
});

test('the date is the most precise given, conflicts at that precision go to the majority', () => {
  assert.equal(pickMoveDate([{ date: '2025-08', confidence: 0.9 }, { date: '2025-08-12', confidence: 0.5 }, { date: '2025-08-13', confidence: 0.6 }, { date: '2025-08-13', confidence: 0.6 }]), '2025-08-13');
  assert.equal(pickMoveDate([{ date: '2025', confidence: 0.9 }, { date: '2025-07', confidence: 0.5 }]), '2025-07');
  assert.equal(pickMoveDate([{ date: null, confidence: 0.9 }]), null);
});

test('merged moves keep every distinct compensation figure with its claim, combine confidence, and flag history only when all reports are', () => {
  const r = resolve([
    makeClaim({ id: 501, documentId: 1, person: 'Chen Wei', from: 'Google', to: 'Meta', confidence: 0.8, compensation: { text: '수천만 달러', usd: null } }),
    makeClaim({ id: 502, documentId: 2, person: 'Wei Chen', from: 'Google', to: 'Meta', confidence: 0.5, compensation: { text: 'more than $100 million', usd: 100_000_000 } }),
    makeClaim({ id: 503, documentId: 3, person: 'Chen Wei', from: 'Google', to: 'Meta', confidence: 0.5, history: true, compensation: { text: 'over $100 million', usd: 100_000_000 } }),
  ]);
  const [move] = r.moves;
  assert.equal(r.moves.length, 1);
  assert.deepEqual(move.compensation.map((c) => [c.claimId, c.usd]), [[501, null], [502, 100_000_000]]);
  assert.equal(move.confidence, 0.95);
  assert.equal(move.history, false);
  assert.deepEqual(move.claimIds, [501, 502, 503]);
  const many = resolve(Array.from({ length: 30 }, (_, i) => makeClaim({ documentId: i + 1, person: 'Chen Wei', from: 'Google', to: 'Meta', confidence: 0.9 })));
  assert.equal(many.moves[0].confidence, 0.99);
});

test('namesakes with conflicting organizations stay two people', () => {
  const r = resolve([
    makeClaim({ documentId: 1, person: 'Chen Wei', aliases: ['첸 웨이'], from: 'Google', to: 'Meta' }),
    makeClaim({ documentId: 1, person: 'Chen Wei', aliases: ['첸 웨이'], from: 'Baidu', to: 'Google', history: true }),
    makeClaim({ documentId: 2, person: 'Chen Wei', from: 'ByteDance', to: 'Alibaba' }),
    makeClaim({ documentId: 3, person: '천 웨이', from: 'Google' }),
    makeClaim({ documentId: 4, person: '이서연', from: 'Google', to: 'Naver' }),
    makeClaim({ documentId: 5, person: '이서연', from: 'Kakao', to: 'LG' }),
    makeClaim({ documentId: 6, person: 'Seo-yeon Lee', to: 'Naver', date: '2025-05' }),
  ]);
  const chen = r.people.filter((p) => p.names.includes('Chen Wei'));
  assert.equal(chen.length, 2);
  assert.notEqual(chen[0].key, chen[1].key);
  const googleMeta = r.moves.find((m) => m.from?.orgKey === 'google' && m.to?.orgKey === 'meta')!;
  assert.equal(googleMeta.claimIds.length, 2, 'the 천 웨이 report joins the Google → Meta move');
  const lees = r.people.filter((p) => p.names.includes('이서연'));
  assert.equal(lees.length, 2);
  const naver = r.moves.find((m) => m.to?.orgKey === 'naver')!;
  assert.equal(naver.claimIds.length, 2);
  assert.equal(r.people.find((p) => p.key === naver.personKey)!.name, 'Seo-yeon Lee');
});

test('a loose transliteration links two reports only when they state the same transition', () => {
  const same = resolve([
    makeClaim({ documentId: 1, person: 'Michael Johnson', from: 'Apple', to: 'Meta' }),
    makeClaim({ documentId: 2, person: '마이클 존슨', from: 'Apple', to: 'Meta', lang: 'ko' }),
  ]);
  assert.equal(same.people.length, 1);
  assert.equal(same.moves.length, 1);
  const dated = resolve([
    makeClaim({ documentId: 1, person: 'Michael Johnson', from: 'Apple', to: 'Meta', date: '2025-08-04' }),
    makeClaim({ documentId: 2, person: '마이클 존슨', from: 'Apple', date: '2025-08', lang: 'ko' }),
  ]);
  assert.equal(dated.people.length, 1, 'the same side in the same month corroborates');
  const other = resolve([
    makeClaim({ documentId: 1, person: 'Michael Johnson', from: 'Apple', to: 'Meta', date: '2025-08' }),
    makeClaim({ documentId: 2, person: '마이클 존슨', from: 'Apple', date: '2025-03', lang: 'ko' }),
  ]);
  assert.equal(other.people.length, 2);
});

test('an undated transition corroborates a loose transliteration only between reports published within months', () => {
  const pair = (first: string, second: string) =>
    resolve([
      makeClaim({ documentId: 1, person: 'Michael Johnson', from: 'Apple', to: 'Meta', published: first }),
      makeClaim({ documentId: 2, person: '마이클 존슨', from: 'Apple', to: 'Meta', lang: 'ko', published: second }),
    ]).people.length;
  assert.equal(pair('2025-08-01', '2025-10-20'), 1, 'two reports of one season');
  assert.equal(pair('2025-11-30', '2026-01-02'), 1, 'across a window edge');
  assert.equal(pair('2023-02-01', '2025-08-01'), 2, 'two years apart: as likely a namesake');
  assert.equal(pair('2023', '2025-08-01'), 2, 'a year-only publication is placed mid-year');
  const retrospective = resolve([
    makeClaim({ documentId: 1, person: 'Michael Johnson', from: 'Apple', to: 'Meta', date: '2023-05', published: '2026-01-10' }),
    makeClaim({ documentId: 2, person: '마이클 존슨', from: 'Apple', to: 'Meta', lang: 'ko', published: '2023-06-02' }),
  ]);
  assert.equal(retrospective.people.length, 1, "a report's own date wins over its publication");
});

test('a career chain under one name is one person with two moves', () => {
  const r = resolve([
    makeClaim({ documentId: 1, person: 'Arjun Mehta', from: 'Google', to: 'Meta', date: '2023' }),
    makeClaim({ documentId: 2, person: 'Arjun Mehta', from: 'Meta', to: 'OpenAI', date: '2025-06' }),
  ]);
  assert.equal(r.people.length, 1);
  assert.equal(r.moves.length, 2);
});

test('a sub-unit named as the organization resolves to its top-level parent, the unit becoming the team', () => {
  const r = resolve([
    makeClaim({ person: 'Marco Bellini', from: 'DeepMind', to: slot('Microsoft', { team: 'Microsoft AI' }) }),
    makeClaim({ person: 'Aisha Khan', from: slot('Google DeepMind', { team: 'Gemini' }), to: 'Meta' }),
  ]);
  const bellini = r.moves.find((m) => m.to?.orgKey === 'microsoft')!;
  assert.deepEqual(bellini.from, { orgKey: 'google', team: 'Google DeepMind' });
  assert.deepEqual(bellini.to, { orgKey: 'microsoft', team: 'Microsoft AI' });
  assert.deepEqual(r.moves.find((m) => m.to?.orgKey === 'meta')!.from, { orgKey: 'google', team: 'Gemini' });
  assert.deepEqual(r.orgs.map((o) => [o.key, o.verified, o.parent]), [['google', true, null], ['meta', true, null], ['microsoft', true, null]]);
});

test('spellings and scripts of one unverified organization become one organization with a Latin name', () => {
  const r = resolve([
    makeClaim({ documentId: 1, person: '레오 하트만', from: 'OpenAI', to: unverified('노바리즌'), lang: 'ko' }),
    makeClaim({ documentId: 2, person: 'Leo Hartmann', from: 'OpenAI', to: unverified('Nova Reason Inc.') }),
    makeClaim({ documentId: 3, person: 'Aisha Khan', from: 'Google', to: unverified('노바 리즌'), lang: 'ko' }),
    makeClaim({ documentId: 4, person: 'Elena Petrova', from: 'OpenAI', to: unverified('Nova Reason') }),
  ]);
  const nova = r.orgs.filter((o) => !o.verified);
  assert.deepEqual(nova.map((o) => [o.key, o.name, o.aliases.length]), [['nova-reason', 'Nova Reason', 4]]);
  assert.equal(r.moves.filter((m) => m.to?.orgKey === 'nova-reason').length, 3);
});

test('a short form of an unverified name joins its one long form, never one of several', () => {
  const r = resolve([
    makeClaim({ documentId: 1, person: 'Hiroshi Tanaka', from: 'Apple', to: unverified('Lumen Robotics') }),
    makeClaim({ documentId: 2, person: 'Grace Adeyemi', from: 'Meta', to: unverified('Lumen') }),
    makeClaim({ documentId: 3, person: 'Yuki Sato', from: 'Meta', to: unverified('Helix Intelligence') }),
    makeClaim({ documentId: 4, person: 'Omar Haddad', from: 'Meta', to: unverified('Helix Labs') }),
    makeClaim({ documentId: 5, person: 'Liang Qiao', from: 'Meta', to: unverified('Helix') }),
  ]);
  assert.deepEqual(r.orgs.filter((o) => !o.verified).map((o) => o.key), ['helix', 'helix-intelligence', 'helix-labs', 'lumen-robotics']);
});

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

test('a claim without a name still becomes a person and a move', () => {
  const r = resolve([makeClaim({ person: '', from: 'Apple', to: 'Meta' }), makeClaim({ person: '   ', from: 'Google' })]);
  assert.equal(r.moves.length, 2);
  assert.equal(r.people.length, 2);
  assert.equal(new Set(r.people.map((p) => p.key)).size, 2);
});

test('keys are unique and do not depend on claim order or numbering', () => {
  const base = [
    makeClaim({ source: 'a', documentId: 1, person: 'Chen Wei', from: 'Google', to: 'Meta' }),
    makeClaim({ source: 'b', documentId: 2, person: 'Chen Wei', from: 'ByteDance', to: 'Alibaba' }),
    makeClaim({ source: 'c', documentId: 3, person: '첸 웨이', from: 'Google', date: '2025-08-13' }),
    makeClaim({ source: 'd', documentId: 4, person: 'Nathan Cho', from: 'OpenAI', to: 'Meta', date: '2025-07', history: true }),
    makeClaim({ source: 'd', documentId: 4, person: 'Nathan Cho', from: 'Meta', to: 'OpenAI', date: '2025-09' }),
    makeClaim({ source: 'e', documentId: 5, person: 'Nathan Cho', from: 'OpenAI', to: 'Meta', date: '2026-03' }),
    makeClaim({ source: 'f', documentId: 6, person: '김태현', from: 'Kakao', to: unverified('업스테이지') }),
    makeClaim({ source: 'g', documentId: 7, person: 'Tae-hyun Kim', from: 'Kakao', to: unverified('Upstage') }),
  ];
  const view = (r: Resolution, claims: StoredClaim[]) => {
    const sourceOf = new Map(claims.map((c) => [c.id, `${c.source}:${c.person}:${c.from?.org}`]));
    return r.moves.map((m) => `${m.key} ${m.claimIds.map((id) => sourceOf.get(id)).sort().join(',')}`).concat(r.people.map((p) => p.key), r.orgs.map((o) => o.key));
  };
  const first = view(resolve(base), base);
  for (const seed of [1, 7, 42]) {
    const again = shuffled(base, seed).map((c, i) => ({ ...c, id: 1000 * seed + i, documentId: 100 * seed + c.documentId }));
    assert.deepEqual(view(resolve(again), again), first);
  }
  const r = resolve(base);
  for (const keys of [r.people.map((p) => p.key), r.moves.map((m) => m.key), r.orgs.map((o) => o.key)]) assert.equal(new Set(keys).size, keys.length);
  assert.ok(r.people.some((p) => p.key === 'chen-wei') && r.people.some((p) => p.key.startsWith('chen-wei--')), JSON.stringify(r.people));
  assert.equal(r.moves.filter((m) => m.key.startsWith('nathan-cho:openai>meta')).length, 2, 'a repeated transition gets its own key');
});

test('resolves 20,000 claims in a few seconds (names bucketed, not compared pairwise)', () => {
  const first = ['Wei', 'Min', 'Anna', 'Lucas', 'Tae-hyun', 'Sofia', 'Omar', 'Yuki', 'Daniel', 'Priya', 'Ivan', 'Maria', 'Jun', 'Leila', 'Noah', 'Chloe'];
  const last = ['Chen', 'Kim', 'Smith', 'Moreau', 'Lee', 'Garcia', 'Haddad', 'Sato', 'Kowalski', 'Patel', 'Petrov', 'Rossi', 'Park', 'Nasser', 'Cohen', 'Martin'];
  const suffix = ['', 'a', 'o', 'ski', 'son', 'ez', 'ian', 'ov', 'i', 'ek'];
  const hangul = ['웨이 첸', '안나 김', '루카스 모로', '김태현', '소피아 가르시아', '다니엘 코발스키', '이서연', '노아 코언'];
  const orgs = ['Apple', 'Meta', 'Google', 'OpenAI', 'Microsoft', 'ByteDance', 'Alibaba', 'Baidu', 'Naver', 'Kakao', 'LG'];
  let seed = 7;
  // mulberry32: a seeded generator whose low bits are usable with %.
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const claims: StoredClaim[] = [];
  for (let i = 0; i < 20_000; i++) {
    const person = rand(5) === 0 ? hangul[rand(hangul.length)] : `${first[rand(first.length)]} ${last[rand(last.length)]}${suffix[rand(suffix.length)]}`;
    claims.push(makeClaim({ id: i + 1, documentId: Math.floor(i / 4) + 1, person, from: orgs[rand(orgs.length)], to: rand(3) ? orgs[rand(orgs.length)] : null, date: `202${rand(6)}-0${1 + rand(9)}` }));
  }
  const before = process.cpuUsage();
  const r = resolve(claims);
  const used = process.cpuUsage(before);
  const ms = (used.user + used.system) / 1000;
  assert.ok(r.people.length > 1000 && r.moves.length > r.people.length);
  // CPU time, not wall time: the bound holds on a busy machine and still catches a quadratic step.
  assert.ok(ms < 8000, `${ms} ms of CPU`);
});
