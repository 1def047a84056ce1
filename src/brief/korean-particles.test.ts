import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasFinalConsonant, particle, withParticle } from './korean-particles.ts';

test('Hangul words take the particle their final consonant calls for', () => {
  assert.equal(withParticle('애플', '이/가'), '애플이');
  assert.equal(withParticle('메타', '이/가'), '메타가');
  assert.equal(withParticle('애플', '을/를'), '애플을');
  assert.equal(withParticle('메타', '을/를'), '메타를');
  assert.equal(withParticle('구글', '은/는'), '구글은');
  assert.equal(withParticle('오픈AI', '은/는'), '오픈AI는');
  assert.equal(withParticle('애플', '과/와'), '애플과');
  assert.equal(withParticle('메타', '과/와'), '메타와');
});

test('으로/로: 로 after a vowel and after ㄹ, 으로 after any other final consonant', () => {
  assert.equal(withParticle('메타', '으로/로'), '메타로');
  assert.equal(withParticle('구글', '으로/로'), '구글로');
  assert.equal(withParticle('앤트로픽', '으로/로'), '앤트로픽으로');
  assert.equal(withParticle('삼성', '으로/로'), '삼성으로');
});

test('a parenthesised original name does not change the reading: the particle follows the Hangul', () => {
  assert.equal(withParticle('루오밍 팡(Ruoming Pang)', '이/가'), '루오밍 팡(Ruoming Pang)이');
  assert.equal(withParticle('톰 건터(Tom Gunter)', '이/가'), '톰 건터(Tom Gunter)가');
  assert.equal(withParticle("'2억 달러가 넘는 보상'", '으로/로'), "'2억 달러가 넘는 보상'으로");
});

test('digits, acronyms and Latin words are read as Korean reads them aloud', () => {
  assert.equal(particle('4', '이/가'), '가'); // 사
  assert.equal(particle('3', '이/가'), '이'); // 삼
  assert.equal(particle('10', '이/가'), '이'); // 십
  assert.equal(particle('7', '으로/로'), '로'); // 칠: ㄹ
  assert.equal(particle('AFM', '이/가'), '이'); // 엠
  assert.equal(particle('xAI', '이/가'), '가'); // 아이
  assert.equal(particle('LG', '이/가'), '가'); // 지
  assert.equal(particle('Google', '으로/로'), '로'); // 구글
  assert.equal(particle('Anthropic', '이/가'), '이'); // 앤트로픽
  assert.equal(particle('Meta', '이/가'), '가');
  assert.equal(hasFinalConsonant('Samsung'), true);
  assert.equal(hasFinalConsonant('Nvidia'), false);
});
