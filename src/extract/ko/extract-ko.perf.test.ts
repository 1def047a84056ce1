/** Worst-case inputs for the Korean rule pack: each must finish in linear time, far below the bounds asserted here. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { Article } from '../../core/types.ts';
import { defaultGazetteer } from '../../orgs/index.ts';
import { extractMovesKo } from './extract-ko.ts';

const gazetteer = defaultGazetteer();
const article = (text: string): Article => ({
  source: 'perf', url: null, title: null, text, lang: 'ko', published: '2025-06-12', publishedFrom: null,
  contentHash: '', mediaType: 'text/plain', charset: 'utf-8', bytes: text.length,
});
function timed(text: string): number {
  const t0 = performance.now();
  extractMovesKo({ article: article(text), gazetteer });
  return performance.now() - t0;
}

test('a megabyte with no sentence break, with and without spaces', () => {
  const spaced = '연구원들이 회사에서 모델을 '.repeat(70000);
  assert.ok(spaced.length > 1_000_000);
  assert.ok(timed(spaced) < 3000);
  assert.ok(timed('가'.repeat(1_000_000)) < 3000);
});

test('5,000 capitalised words in a row, bare and in brackets after a Hangul word', () => {
  const words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
  const caps = Array.from({ length: 5000 }, (_, i) => words[i % words.length]).join(' ');
  assert.ok(timed(caps) < 3000);
  assert.ok(timed(`김철수(${caps})가 합류했다.`) < 3000);
});

test('10,000 repetitions of a trigger word, of a name with a trigger, and of a pay phrase', () => {
  assert.ok(timed('합류했다 '.repeat(10000)) < 3000);
  assert.ok(timed('라이언 파커가 메타로 이직했다, '.repeat(10000)) < 3000);
  assert.ok(timed('온 라이언 파커가 '.repeat(10000) + '합류했다.') < 3000);
  assert.ok(timed('1'.repeat(50000) + '억 달러 보상 ' + '수천만 달러 '.repeat(10000)) < 3000);
  assert.ok(timed('13일 지난달 '.repeat(10000)) < 3000);
});

test('throughput on the dev articles: well above 50 documents a second even on a busy machine on one core', () => {
  const dir = new URL('../../../../shared/eval/dev/texts/', import.meta.url);
  let files: string[];
  try { files = readdirSync(dir).filter((f) => /^(d0(0\d|1[0-4]|3[0246])|seed-knews)\.txt$/.test(f)); } catch { return; }
  const texts = files.map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const rounds = 10;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) extractMovesKo({ article: article(t), gazetteer });
  const perSecond = (rounds * texts.length) / ((performance.now() - t0) / 1000);
  // A loose bound: the test machine is shared; this catches a quadratic slip, not a few percent.
  assert.ok(perSecond > 50, `${perSecond.toFixed(0)} documents/s`);
});
