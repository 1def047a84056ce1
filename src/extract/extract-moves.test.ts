import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Article } from '../core/types.ts';
import { extractMoves } from './extract-moves.ts';

const article = (text: string, lang: Article['lang'], published: string | null = '2026-03-04'): Article => ({
  source: 'test.txt', url: null, title: null, text, lang, published, publishedFrom: published ? 'dateline' : null,
  contentHash: createHash('sha256').update(text).digest('hex'), mediaType: 'text/plain', charset: 'utf-8', bytes: Buffer.byteLength(text),
});

test('every claim names at least one organization, and its evidence is an exact slice of the text', () => {
  const texts: Array<[string, Article['lang']]> = [
    ['노바 AI 대표 김도윤은 올해 초 합류했다. 그는 "새 출발"이라고 말했다.\n', 'ko'],
    ['Jane Okafor joined earlier this year, she said.\n', 'en'],
    ['Meta hired Jane Okafor, a former Apple engineer, on Monday.\n', 'en'],
    ['메타가 애플 출신의 하진우 연구원을 영입했다고 3일 밝혔다.\n', 'ko'],
  ];
  let claims = 0;
  for (const [text, lang] of texts) {
    const x = extractMoves(article(text, lang));
    for (const m of x.moves) {
      claims++;
      assert.ok(m.from !== null || m.to !== null, `${m.person}: a claim with neither side`);
      for (const e of m.evidence) assert.equal(text.slice(e.start, e.end), e.text);
    }
  }
  assert.ok(claims >= 2, 'the two explicit moves are found');
});

test('a language without a rule pack yields no claims rather than guesses', () => {
  assert.deepEqual(extractMoves(article('Anna Schmidt wechselte von SAP zu Google.', 'other')).moves, []);
});

test('an article of 200,000 sentences (8.6 MB, beyond the default size limit) is extracted, not a stack overflow', () => {
  const result = extractMoves(article('Jane Doe left Google for Meta in May 2025. '.repeat(200_000), 'en'));
  assert.equal(result.moves.length, 1);
  assert.equal(result.moves[0].person, 'Jane Doe');
});
