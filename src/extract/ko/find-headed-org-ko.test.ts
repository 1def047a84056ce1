/** Tests of the company a person heads as the destination of their founding or joining ("노바 AI 대표 X … 창업했다"). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, MoveClaim } from '../../core/types.ts';
import { defaultGazetteer } from '../../orgs/index.ts';
import { extractMovesKo } from './extract-ko.ts';

function article(text: string, published: string | null = '2025-06-12'): Article {
  return {
    source: 'test', url: null, title: null, text, lang: 'ko', published, publishedFrom: 'test',
    contentHash: '', mediaType: 'text/plain', charset: 'utf-8', bytes: text.length,
  };
}
const run = (text: string, published?: string | null) => extractMovesKo({ article: article(text, published), gazetteer: defaultGazetteer() });
const sides = (moves: MoveClaim[]) => moves.filter((m) => !m.history).map((m) => `${m.person}: ${m.from?.org ?? '-'} -> ${m.to?.org ?? '-'}${m.to && !m.to.verified ? ' (unverified)' : ''}`).sort();

test('"ORG 대표 X … 이 회사를 창업했다": the company before the title is what the person founded', () => {
  assert.deepEqual(sides(run('노바 AI 대표 마이클 첸(Michael Chen)은 2024년 오픈AI를 떠나 이 회사를 창업했다.')), ['Michael Chen: OpenAI -> 노바 AI (unverified)']);
  assert.deepEqual(sides(run('딥스피치 김도현 대표는 2023년 네이버를 떠나 회사를 창업했다.')), ['김도현: Naver -> 딥스피치 (unverified)']);
});

test('"ORG의 대표인 X는 … 떠나 합류했다": joining the company one heads, known or not', () => {
  assert.deepEqual(sides(run('노바AI의 대표인 마이클 첸(Michael Chen)은 지난해 오픈AI를 떠나 합류했다.')), ['Michael Chen: OpenAI -> 노바AI (unverified)']);
  assert.deepEqual(sides(run('코히어의 최고경영자(CEO)인 에이든 고메즈(Aidan Gomez)는 2019년 구글을 떠나 합류했다.')), ['Aidan Gomez: Google -> Cohere']);
  assert.deepEqual(sides(run('스타트업 퓨처랩스의 대표인 레오 마르탱(Leo Martin)은 지난해 구글을 떠나 회사를 세웠다.')), ['Leo Martin: Google -> 퓨처랩스 (unverified)']);
});

test('no company is made up from connectives, common nouns or a plain join with no departure', () => {
  assert.deepEqual(sides(run('한편 김도현 대표는 2023년 네이버를 떠나 회사를 창업했다.')), ['김도현: Naver -> -']);
  assert.deepEqual(sides(run('업계 대표 마이클 첸(Michael Chen)은 이 회사를 창업했다.')), ['Michael Chen: - -> -']);
  // Joining with no departure stated: the company the person heads may be the one they have run for years.
  assert.deepEqual(sides(run('노바 AI 대표 마이클 첸(Michael Chen)은 올해 초 합류했다.')), ['Michael Chen: - -> -']);
});
