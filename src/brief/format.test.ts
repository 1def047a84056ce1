import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enDate, koDate, koDateAfter, koUsd, probability, usd } from './format.ts';
import { koOrgName, koPersonName, outletOf } from './display-names.ts';
import { defaultGazetteer } from '../orgs/index.ts';
import { koForecastReason } from './forecast-reason.ts';

test('dates at every precision, in Korean and English', () => {
  assert.equal(koDate('2025-07-30'), '2025년 7월 30일');
  assert.equal(koDate('2025-07'), '2025년 7월');
  assert.equal(koDate('2025'), '2025년');
  assert.equal(koDateAfter('2025-07-31', '2025-07-01'), '31일');
  assert.equal(koDateAfter('2025-08-15', '2025-07-01'), '8월 15일');
  assert.equal(koDateAfter('2026-01-02', '2025-07-01'), '2026년 1월 2일');
  assert.equal(enDate('2025-07-30'), 'July 30, 2025');
  assert.equal(enDate('2025-07'), 'July 2025');
});

test('money and probabilities', () => {
  assert.equal(usd(200_000_000), '$200M');
  assert.equal(usd(1_500_000), '$1.5M');
  assert.equal(usd(350_000), '$350,000');
  assert.equal(koUsd(200_000_000), '2억 달러');
  assert.equal(koUsd(215_000_000), '2억 1,500만 달러');
  assert.equal(probability(0.0000018), '1.8×10⁻⁶');
  assert.equal(probability(0.25), '0.250');
});

test("organizations take the gazetteer's Korean name; people their Hangul form with the original in parentheses", () => {
  const g = defaultGazetteer();
  assert.equal(koOrgName('Apple', g), '애플');
  assert.equal(koOrgName('Meta', g), '메타');
  assert.equal(koOrgName('Apple Foundation Models', g), '애플 파운데이션 모델');
  assert.equal(koOrgName('Nowhere Labs', g), 'Nowhere Labs');
  assert.equal(koPersonName('Ruoming Pang', ['루오밍 팡']), '루오밍 팡(Ruoming Pang)');
  assert.equal(koPersonName('이도건', []), '이도건');
  assert.equal(koPersonName('Felix Brenner', []), 'Felix Brenner');
  assert.equal(outletOf({ url: 'https://www.example.com/a/b', source: 'https://www.example.com/a/b' }), 'example.com');
  assert.equal(outletOf({ url: null, source: '/x/y/seed-knews.txt' }), 'seed-knews.txt');
});

test('the forecast reason is restated in Korean for each model choice', () => {
  assert.match(koForecastReason('poisson', '4 departures, fewer than the 8 a Hawkes fit needs'), /이탈 기록이 4건으로 호크스 과정 적합에 필요한 8건에 못 미쳐/);
  assert.match(koForecastReason('hawkes', 'Hawkes beats Poisson on AIC by 6.2 (alpha 0.41)'), /호크스 과정을 택했다\(AIC 6\.2 개선, α=0\.41\)/);
  assert.match(koForecastReason('poisson', 'Hawkes does not beat Poisson on AIC (ΔAIC -1.3)'), /ΔAIC -1\.3/);
});
