/** Korean pay phrases and amounts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCompensationsKo, parseKoAmount } from './find-compensations-ko.ts';

const find = (t: string) => findCompensationsKo(t, 0, t.length).map(({ text, usd, amount, currency }) => ({ text, usd, amount, currency }));

test('Korean number units', () => {
  assert.equal(parseKoAmount('2억'), 200_000_000);
  assert.equal(parseKoAmount('1,380억'), 138_000_000_000);
  assert.equal(parseKoAmount('2억 5000만'), 250_000_000);
  assert.equal(parseKoAmount('1000만'), 10_000_000);
  assert.equal(parseKoAmount('1.5억'), 150_000_000);
  assert.equal(parseKoAmount('수천만'), null);
});

test('dollars give usd; won and euros keep amount and currency only', () => {
  assert.deepEqual(find('2억 달러가 넘는 보상으로 스카우트되었다'), [{ text: '2억 달러가 넘는 보상', usd: 200_000_000, amount: 200_000_000, currency: 'USD' }]);
  assert.deepEqual(find('연봉 10억 원 이상과 별도의 주식 보상을 제시했다'), [{ text: '연봉 10억 원 이상과 별도의 주식 보상', usd: null, amount: 1_000_000_000, currency: 'KRW' }]);
  assert.deepEqual(find('4년간 최대 3억 달러에 이르는 보상 패키지를 받았다'), [{ text: '4년간 최대 3억 달러에 이르는 보상 패키지', usd: 300_000_000, amount: 300_000_000, currency: 'USD' }]);
  assert.deepEqual(find('수백만 유로 규모의 지분을 받았다'), [{ text: '수백만 유로 규모의 지분', usd: null, amount: null, currency: 'EUR' }]);
});

test('a converted amount in brackets stays in the phrase but not in the figure', () => {
  assert.deepEqual(find('1억 달러(약 1,380억 원)의 사이닝 보너스를 주기로 했다'), [{ text: '1억 달러(약 1,380억 원)의 사이닝 보너스', usd: 100_000_000, amount: 100_000_000, currency: 'USD' }]);
});

test('money that is not pay is ignored, and so is "원" inside a word', () => {
  assert.deepEqual(find('120억 원 규모의 시드 투자를 유치했다'), []);
  assert.deepEqual(find('연구원 3명이 보상을 받았다'), []);
});
