/** Person names in Korean text, through the rule pack's entry point (no name lists involved). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultGazetteer } from '../../orgs/index.ts';
import { findPersonsKo } from './find-persons-ko.ts';
import { tokenizeKo } from './tokenize-ko.ts';

function people(text: string, triggers: string[] = ['합류했다', '옮겼다', '영입했다', '떠났다']) {
  const tokens = tokenizeKo(text);
  const trig = tokens.flatMap((t, i) => (triggers.some((w) => t.text.startsWith(w)) ? [i] : []));
  const f = findPersonsKo(text, tokens, defaultGazetteer(), new Uint8Array(tokens.length), new Int32Array(tokens.length), trig);
  return f;
}
const names = (text: string) => people(text).persons.map((p) => [p.hangul, p.latin].filter(Boolean).join('|')).sort();

test('a Hangul name with its Latin form in brackets; both forms belong to one person', () => {
  assert.deepEqual(names('제미나이 개발을 이끈 첸 웨이(Chen Wei) 수석연구원이 합류했다.'), ['첸 웨이|Chen Wei']);
  assert.deepEqual(names('외데고르(Søren Ødegaard)가 아니라 쇠렌 외데고르(Søren Ødegaard)도 합류했다.').length, 1);
});

test('brackets naming an organization or product are not people', () => {
  assert.deepEqual(names("스타트업 노바 리즌(Nova Reason)에 합류했다. '정렬 과학(Alignment Science)' 팀과 제미나이(Gemini)"), []);
  const f = people('AI 스타트업 노바 리즌(Nova Reason)이 투자를 유치했다.');
  assert.deepEqual(f.contextOrgs.map((o) => o.name), ['노바 리즌']);
});

test('Korean names need a title; the byline is marked as the writer', () => {
  const f = people('[한빛일보 이서준 기자] 정민호 전 네이버 리더가 합류했다. 이번 주 핵심 연구원이 떠났다.');
  assert.deepEqual(f.persons.map((p) => [p.hangul, p.reporter]), [['이서준', true], ['정민호', false]]);
});

test('Hangul-only foreign names: before a title, or as a subject after a relative clause', () => {
  assert.deepEqual(names('오픈AI의 카를로스 피게레도 연구원은 회사에 남았다.'), ['카를로스 피게레도']);
  assert.deepEqual(names('모델 평가를 맡아 온 라이언 파커도 회사를 떠났다.'), ['라이언 파커']);
  assert.deepEqual(names('한편 카카오에서 일하던 신입 직원들이 토스로 옮겼다.'), []);
  assert.deepEqual(names('합류했으며, 보상 규모는 수백만 달러다.'), []);
});

test('a surname alone, or a family name with a title, resolves to the full name', () => {
  const f = people('루오밍 팡(Ruoming Pang)이 떠났다. 팡의 이직은 손실이다. 정민호 리더가 합류했다. 정 리더는 말했다.');
  const shorts = f.mentions.filter((m) => m.short).map((m) => m.person.latin ?? m.person.hangul);
  assert.deepEqual(shorts, ['Ruoming Pang', '정민호']);
});

test('a surname that is also a company name stays a person inside the full name', () => {
  const f = people('엔비디아 → xAI: 아르준 메타(Arjun Mehta)\n아르준 메타가 xAI로 옮겼다.');
  assert.equal(f.mentions.filter((m) => m.person.latin === 'Arjun Mehta').length, 2);
});
