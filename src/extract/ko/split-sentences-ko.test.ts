/** Sentence splitting and tokenising for Korean text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentencesKo } from './split-sentences-ko.ts';
import { particleAfter, splitParticle, tokenizeKo } from './tokenize-ko.ts';

const texts = (t: string, o = {}) => splitSentencesKo(t, o).map((s) => t.slice(s.start, s.end));

test('sentences end at a period before a space, at line breaks, not inside quotes or numbers', () => {
  assert.deepEqual(texts('그는 2025.08.14 합류했다. 그녀는 "좋다. 정말"이라고 말했다.\n새 문단'), ['그는 2025.08.14 합류했다.', '그녀는 "좋다. 정말"이라고 말했다.', '새 문단']);
});

test('a headline ellipsis splits when asked', () => {
  assert.deepEqual(texts('애플 팀 또 이탈… 핵심 연구원 오픈AI행', { splitAtEllipsis: true }), ['애플 팀 또 이탈…', '핵심 연구원 오픈AI행']);
});

test('a long stretch with no break is cut at the cap, preferring a space', () => {
  const spans = splitSentencesKo('가나다 '.repeat(2000), { maxLength: 100 });
  assert.ok(spans.length >= 70);
  assert.ok(spans.every((s) => s.end - s.start <= 100));
});

test('tokens keep offsets, hyphenated words and numbers with commas', () => {
  const t = '비전-언어 모델(VLM)에 1,380억 원';
  const toks = tokenizeKo(t);
  assert.deepEqual(toks.map((x) => x.text), ['비전-언어', '모델', 'VLM', '에', '1,380억', '원']);
  for (const x of toks) assert.equal(t.slice(x.start, x.end), x.text);
});

test('particles come off the longest first; a known stem reads its particle', () => {
  assert.deepEqual(splitParticle('팀에서'), { stem: '팀', particle: '에서' });
  assert.deepEqual(splitParticle('오픈AI로'), { stem: '오픈AI', particle: '로' });
  assert.deepEqual(splitParticle('연구원'), { stem: '연구원', particle: '' });
  assert.equal(particleAfter('파커의', '파커'), '의');
  assert.equal(particleAfter('파커스', '파커'), null);
});
