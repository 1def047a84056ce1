import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isKoreanSuffixAt, stripKoreanParticle } from './korean-particles.ts';

describe('isKoreanSuffixAt', () => {
  it('accepts stacked particles and fused suffixes up to the end of the word', () => {
    for (const rest of ['에서는', '측은', '행을', '출신의', '으로부터', '과의', '사의', '러']) {
      assert.equal(isKoreanSuffixAt(`구글${rest} 다음`, 2), true, rest);
    }
  });

  it('rejects Hangul that continues the word', () => {
    for (const rest of ['버스', '리케이션', '링', '톡', '동', '에서버스']) assert.equal(isKoreanSuffixAt(`메타${rest}`, 2), false, rest);
  });

  it('gives up on a long unbroken run without scanning it all', () => {
    const run = '가'.repeat(100_000);
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++) assert.equal(isKoreanSuffixAt(run, 0), false);
    assert.ok(performance.now() - t0 < 500);
  });
});

describe('stripKoreanParticle', () => {
  it('removes particle runs that fit the stem', () => {
    assert.deepEqual(
      ['노바리즌에서는', '노바리즌으로', '노바리즌과의', '딥그레인이', '헬릭스가', '헬릭스는', '오픈AI가', '노바리즌이었다', '서울로'].map(stripKoreanParticle),
      ['노바리즌', '노바리즌', '노바리즌', '딥그레인', '헬릭스', '헬릭스', '오픈AI', '노바리즌', '서울'],
    );
  });

  it('keeps syllables that end transliterated names, and mismatched allomorphs', () => {
    assert.deepEqual(
      ['딥그레인', '닌텐도', '모토로라', '스텔라', '카카오', '루멘은', '노바가', '노바이', '가'].map(stripKoreanParticle),
      ['딥그레인', '닌텐도', '모토로라', '스텔라', '카카오', '루멘', '노바', '노바이', '가'],
    );
  });
});
