import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeOrgName } from './normalize-org-name.ts';

describe('normalizeOrgName', () => {
  it('removes quotes, legal forms, possessives and particles', () => {
    const cases: Array<[string, string]> = [
      ['  “Nova Reason, Inc.” ', 'Nova Reason'],
      ['Acme Robotics Co., Ltd.', 'Acme Robotics'],
      ['Cobalt Labs LLC', 'Cobalt Labs'],
      ["DeepGrain's", 'DeepGrain'],
      ['Helix’s', 'Helix'],
      ['(주)노바리즌에서', '노바리즌'],
      ['주식회사 딥그레인', '딥그레인'],
      ['㈜코발트 랩스는', '코발트 랩스'],
      ["'루멘 로보틱스'", '루멘 로보틱스'],
      ['Lumen\n  Robotics', 'Lumen Robotics'],
    ];
    for (const [input, want] of cases) assert.equal(normalizeOrgName(input), want, input);
  });

  it('keeps names that only look like legal forms or particles', () => {
    assert.equal(normalizeOrgName('Inc'), 'Inc');
    assert.equal(normalizeOrgName('Mistral AI'), 'Mistral AI');
    assert.equal(normalizeOrgName('딥그레인'), '딥그레인');
  });
});
