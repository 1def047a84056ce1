import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGazetteer, defaultGazetteer } from '../orgs/index.ts';
import { koStoredOrgName } from './index.ts';

const org = (name: string, verified: boolean, aliases: string[] = [name]) => ({ name, verified, aliases });

test("a verified organization takes the gazetteer's Korean press name", () => {
  const g = defaultGazetteer();
  assert.equal(koStoredOrgName(org('Apple', true), g), '애플');
  assert.equal(koStoredOrgName(org('Meta', true), g), '메타');
  // Latin letters inside a press name are kept; Kana and Han aliases never count.
  assert.equal(koStoredOrgName(org('OpenAI', true), g), '오픈AI');
  assert.equal(koStoredOrgName(org('xAI', true), g), '엑스AI');
  // A press name may start in Latin letters: 'SK텔레콤' comes before the spelled-out '에스케이텔레콤'.
  assert.equal(koStoredOrgName(org('SK Telecom', true), g), 'SK텔레콤');
  // The gazetteer wins over whatever Hangul the articles wrote: stored aliases keep every mention, teams included.
  assert.equal(koStoredOrgName(org('Apple', true, ['Apple', '애플 파운데이션 모델 팀', '애플']), g), '애플');
});

test('otherwise a Hangul form among the stored aliases, else the canonical name', () => {
  const g = defaultGazetteer();
  assert.equal(koStoredOrgName(org('Tidewater Robotics', false, ['Tidewater Robotics', '타이드워터 로보틱스']), g), '타이드워터 로보틱스');
  assert.equal(koStoredOrgName(org('Cobalt Labs', false), g), 'Cobalt Labs');
  // A name already in Hangul stays as it is.
  assert.equal(koStoredOrgName(org('노바 리즌', false), g), '노바 리즌');
  // Aliases in other scripts are not Korean names.
  assert.equal(koStoredOrgName(org('Kumo Labs', false, ['Kumo Labs', '雲ラボ', 'クモ']), g), 'Kumo Labs');
  // The first Hangul alias in the stored order, as koOrgName takes the gazetteer's first.
  assert.equal(koStoredOrgName(org('Helix Intelligence', false, ['Helix Intelligence', '헬릭스 인텔리전스', '헬릭스']), g), '헬릭스 인텔리전스');
});

test("a verified organization the gazetteer has no Korean name for falls back to its stored aliases; an unverified one never asks the gazetteer", () => {
  const g = buildGazetteer([
    { id: 'orbit', name: 'Orbit Labs', aliases: ['Orbit'], parent: null, kind: 'lab' },
    { id: 'scale-ai', name: 'Scale AI', aliases: ['Scale', '스케일AI'], parent: null, kind: 'startup' },
  ]);
  assert.equal(koStoredOrgName(org('Orbit Labs', true, ['Orbit Labs', '오빗 랩스']), g), '오빗 랩스');
  assert.equal(koStoredOrgName(org('Orbit Labs', true), g), 'Orbit Labs');
  // 'Scale' left unverified (say, an ambiguous word the resolver did not trust) is not Scale AI.
  assert.equal(koStoredOrgName(org('Scale', false), g), 'Scale');
  assert.equal(koStoredOrgName(org('Scale AI', true), g), '스케일AI');
  // Without a gazetteer only the stored aliases speak.
  assert.equal(koStoredOrgName(org('Apple', true, ['Apple', '애플']), undefined), '애플');
});
