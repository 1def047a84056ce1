/** Tests of stated pay in English: amounts, currencies, qualifiers, the phrase as written. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCompensationEn } from './find-compensation-en.ts';

test('dollar amounts with units and qualifiers, with the phrase around them', () => {
  const a = findCompensationEn('Meta is paying Chen a package worth more than $100 million over four years, one of the people said.');
  assert.equal(a?.usd, 100_000_000);
  assert.equal(a?.text, 'a package worth more than $100 million over four years');
  assert.equal(findCompensationEn('Voss received a $100 million signing bonus.')?.text, 'a $100 million signing bonus');
  assert.equal(findCompensationEn('a package of $1.5 billion')?.usd, 1_500_000_000);
  assert.equal(findCompensationEn('offers of $900K a year')?.usd, 900_000);
});

test('other currencies keep amount and currency, with no dollar figure', () => {
  const w = findCompensationEn('a compensation package worth more than 3 billion won a year');
  assert.deepEqual([w?.amount, w?.currency, w?.usd], [3_000_000_000, 'KRW', null]);
  const e = findCompensationEn('Lemaire received equity worth several million euros.');
  assert.deepEqual([e?.amount, e?.currency, e?.text], [null, 'EUR', 'equity worth several million euros']);
  assert.equal(findCompensationEn('tens of millions of dollars a year')?.currency, 'USD');
});

test('no money, no compensation; long inputs stay fast', () => {
  assert.equal(findCompensationEn('She joined Anthropic in May.'), null);
  const t0 = performance.now();
  findCompensationEn('worth '.repeat(20000) + '$5 million');
  assert.ok(performance.now() - t0 < 1000);
});
