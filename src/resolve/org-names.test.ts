import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeOrgName, sameOrgName } from './index.ts';

test('folds case, spacing, punctuation and legal forms into one key', () => {
  assert.equal(normalizeOrgName('Nova Reason, Inc.'), 'novareason');
  assert.equal(normalizeOrgName('NovaReason'), 'novareason');
  assert.equal(normalizeOrgName('주식회사 노바리즌'), '노바리즌');
  assert.equal(normalizeOrgName('노바 리즌'), '노바리즌');
  // A legal form alone is still a name.
  assert.equal(normalizeOrgName('Inc.'), 'inc');
});

test('matches a Hangul transcription of a Latin organization name', () => {
  for (const [a, b] of [
    ['Nova Reason', '노바리즌'],
    ['Nova Reason Inc.', '노바 리즌'],
    ['Lumen Robotics', '루멘 로보틱스'],
    ['Helix Intelligence', '헬릭스 인텔리전스'],
    ['Cobalt Labs', '코발트 랩스'],
    ['DeepGrain', '딥그레인'],
    ['Reflection AI', '리플렉션 AI'],
    ['Perplexity', '퍼플렉시티'],
  ]) assert.ok(sameOrgName(a, b) && sameOrgName(b, a), `${a} / ${b}`);
});

test('does not match organizations whose distinctive word differs', () => {
  for (const [a, b] of [
    ['Nova Reason', '노바텍'],
    ['Lumen Robotics', '루나 로보틱스'],
    ['Helix Intelligence', '헬리오스 인텔리전스'],
    ['Cobalt Labs', '코난 랩스'],
    ['DeepGrain', '딥브레인'],
    ['Physical Intelligence', '피지컬 AI'],
    ['Nova Reason', 'Nova Research'],
  ]) assert.ok(!sameOrgName(a, b) && !sameOrgName(b, a), `${a} / ${b}`);
});
