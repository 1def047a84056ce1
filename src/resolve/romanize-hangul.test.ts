import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decomposeSyllable, romanizeHangul } from './index.ts';

test('romanizes Korean names syllable by syllable with the Revised Romanization', () => {
  assert.equal(romanizeHangul('김태현'), 'gimtaehyeon');
  assert.equal(romanizeHangul('이서연'), 'iseoyeon');
  assert.equal(romanizeHangul('정민호'), 'jeongminho');
  assert.equal(romanizeHangul('한글'), 'hangeul');
});

test('writes ㄹㄹ as "ll" and passes other characters through', () => {
  assert.equal(romanizeHangul('줄리언 보스'), 'jullieon boseu');
  assert.equal(romanizeHangul('루오밍 팡(Ruoming Pang)'), 'ruoming pang(Ruoming Pang)');
  assert.equal(romanizeHangul('LG전자'), 'LGjeonja');
});

test('decomposes a syllable into jamo indices and refuses anything else', () => {
  assert.deepEqual(decomposeSyllable('각'), { initial: 0, medial: 0, final: 1 });
  assert.deepEqual(decomposeSyllable('힣'), { initial: 18, medial: 20, final: 27 });
  assert.equal(decomposeSyllable('a'), undefined);
  assert.equal(decomposeSyllable('ㄱ'), undefined);
});
