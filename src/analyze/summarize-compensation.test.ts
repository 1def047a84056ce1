import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarizeCompensation } from './summarize-compensation.ts';
import { testMove } from './_test-move.ts';

const usd = (text: string, value: number, claimId: number) => ({ text, usd: value, amount: value, currency: 'USD', claimId });
const src = (source: string, claimId: number, published = '2025-07-10') => ({ source, url: null, published, claimId });

function moves() {
  return [
    testMove({
      person: 'Ruoming Pang', from: 'Apple', to: 'Meta', date: '2025-07',
      compensation: [usd('more than $200 million', 200e6, 1), usd('$100 million', 100e6, 2), usd('2억 달러 이상', 200e6, 3)],
      sources: [src('a.txt', 1), src('b.txt', 2), src('c.txt', 3)],
    }),
    testMove({ person: 'B', from: 'OpenAI', to: 'Meta', date: '2025-08-02', compensation: [usd('$50 million', 50e6, 4)] }),
    testMove({ person: 'C', from: 'Google', to: 'Meta', date: '2025-11-20', compensation: [usd('$10 million', 10e6, 5)] }),
    testMove({ person: 'D', from: 'Naver', to: 'Kakao', reported: '2025-03-04', compensation: [{ text: '10억 원', usd: null, amount: 1e9, currency: 'KRW', claimId: 6 }] }),
    testMove({ person: 'E', from: 'Apple', to: 'Meta', date: '2025', compensation: [usd('$1 million', 1e6, 7)] }),
    testMove({ person: 'F', from: 'Apple', to: null, compensation: [usd('$3 million', 3e6, 8)] }),
    testMove({ person: 'G', from: 'Apple', to: 'Meta', date: '2025-07-01' }),
  ];
}

test('per destination and year: count, min, median (each move once), max in USD', () => {
  const { groups } = summarizeCompensation(moves(), { by: 'destination', period: 'year' });
  const meta = groups.find((g) => g.destination === 'Meta' && g.period === '2025')!;
  assert.equal(meta.count, 4);
  assert.equal(meta.min, 1e6);
  assert.equal(meta.max, 200e6);
  // Pang counts once at the lower middle of his figures (100M), not as an average with 200M.
  assert.equal(meta.median, (10e6 + 50e6) / 2);
  assert.equal(meta.figures.length, 5);
});

test('quarters and months place moves by their date, coarser dates in their year', () => {
  const q = summarizeCompensation(moves(), { period: 'quarter' }).groups.filter((g) => g.destination === 'Meta').map((g) => [g.period, g.count]);
  assert.deepEqual(q, [['2025', 1], ['2025-Q3', 2], ['2025-Q4', 1]]);
  const m = summarizeCompensation(moves(), { period: 'month' }).groups.filter((g) => g.destination === 'Meta').map((g) => g.period);
  assert.deepEqual(m, ['2025', '2025-07', '2025-08', '2025-11']);
});

test('other currencies are listed, not converted; unknown destination and undatable are kept', () => {
  const { groups } = summarizeCompensation(moves());
  const kakao = groups.find((g) => g.destination === 'Kakao')!;
  assert.deepEqual([kakao.period, kakao.count, kakao.min, kakao.median], ['2025', 0, null, null]);
  assert.deepEqual(kakao.otherCurrencies.map((f) => [f.amount, f.currency]), [[1e9, 'KRW']]);
  const unknown = groups.find((g) => g.destination === null)!;
  assert.deepEqual([unknown.period, unknown.count, unknown.max], ['undated', 1, 3e6]);
});

test('a move with different figures is a conflict, each figure with its own sources', () => {
  const { conflicts } = summarizeCompensation(moves());
  assert.equal(conflicts.length, 1);
  const [c] = conflicts;
  assert.equal(c.person, 'Ruoming Pang');
  assert.deepEqual(c.figures.map((f) => [f.usd, f.sources.map((s) => s.source)]), [[200e6, ['a.txt', 'c.txt']], [100e6, ['b.txt']]]);
});

test('the same figure in two scripts is no conflict; different currencies are not compared', () => {
  const same = testMove({ to: 'Meta', date: '2025', compensation: [usd('$200 million', 200e6, 1), usd('2억 달러', 200e6, 2)] });
  const mixed = testMove({ to: 'Meta', date: '2025', compensation: [usd('$1 million', 1e6, 3), { text: '10억 원', usd: null, amount: 1e9, currency: 'KRW', claimId: 4 }] });
  const krw = testMove({ to: 'Kakao', date: '2025', compensation: [{ text: '10억 원', usd: null, amount: 1e9, currency: 'KRW', claimId: 5 }, { text: '20억 원', usd: null, amount: 2e9, currency: 'KRW', claimId: 6 }] });
  assert.deepEqual(summarizeCompensation([same, mixed, krw]).conflicts.map((c) => c.moveId), [krw.id]);
});

test('an amount in USD with no usd value still counts as dollars', () => {
  const m = testMove({ to: 'Meta', date: '2025', compensation: [{ text: '$5M', usd: null, amount: 5e6, currency: 'USD', claimId: 1 }] });
  const [g] = summarizeCompensation([m]).groups;
  assert.deepEqual([g.count, g.min, g.otherCurrencies.length], [1, 5e6, 0]);
});
