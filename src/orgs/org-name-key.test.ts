import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orgNameKey, sameOrgName } from './org-name-key.ts';

describe('orgNameKey', () => {
  it('gives the Latin and Hangul spellings of a name one key', () => {
    assert.equal(orgNameKey('Nova Reason'), 'nblsn');
    assert.equal(orgNameKey('노바리즌'), 'nblsn');
    assert.equal(orgNameKey('노바 리즌에서'), 'nblsn');
    assert.equal(orgNameKey('Cobalt Labs, Inc.'), orgNameKey('코발트 랩스'));
  });
});

describe('sameOrgName', () => {
  it('matches transliterations across scripts', () => {
    const pairs = [
      ['Nova Reason', '노바리즌'], ['DeepGrain', '딥그레인'], ['Lumen Robotics', '루멘 로보틱스'], ['Cobalt Labs', '코발트 랩스'],
      ['Helix Intelligence', '헬릭스 인텔리전스'], ['Anthropic', '앤스로픽'], ['Anthropic', '앤트로픽'], ['Thinking Machines', '싱킹 머신즈'],
      ['Hugging Face', '허깅페이스'], ['Upstage', '업스테이지'], ['OpenAI', '오픈AI'], ['Naver', '네이버'], ['Cohere', '코히어'],
      ['Microsoft', '마이크로소프트'], ['ByteDance', '바이트댄스'], ['Perplexity', '퍼플렉시티'], ['Singapore', '싱가포르'],
    ];
    for (const [a, b] of pairs) assert.ok(sameOrgName(a!, b!), `${a} / ${b}`);
  });

  it('matches spellings that differ only in spacing, case, legal form or particles', () => {
    assert.ok(sameOrgName('Deep Grain', 'DeepGrain'));
    assert.ok(sameOrgName('NOVA REASON INC.', 'Nova Reason'));
    assert.ok(sameOrgName('노바리즌에서', '노바 리즌'));
    assert.ok(sameOrgName('스탠퍼드대학교', '스탠포드대학교'));
  });

  it('keeps different names apart', () => {
    const pairs = [
      ['Meta', '메디'], ['Naver', '카카오'], ['Apple', '애드빌'], ['Meta', 'Mota'], ['Lumen', '루멘 로보틱스'],
      ['Cobalt Labs', '코발트'], ['메타', '모토'], ['Nova Reason', 'Nova Research'], ['', ''],
    ];
    for (const [a, b] of pairs) assert.ok(!sameOrgName(a!, b!), `${a} / ${b}`);
  });
});
