/** Tests of Hangul-only names found as the bare subject of a move verb, and of the common words that must not pass. */
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
const news = (moves: MoveClaim[]) => moves.filter((m) => !m.history).map((m) => `${m.person}: ${m.from?.org ?? '-'} -> ${m.to?.org ?? '-'} @${m.date ?? '-'}`).sort();

test('a closed-syllable name with nothing before it, confirmed by the surname later', () => {
  const moves = run('오픈AI에 입사한 지 1년 만에 존 슐먼이 앤트로픽으로 자리를 옮겼다. 슐먼은 앤트로픽에서 정렬 연구를 이끈다.');
  assert.deepEqual(news(moves), ['존 슐먼: OpenAI -> Anthropic @-']);
  const ev = moves.find((m) => !m.history)!.evidence;
  assert.ok(ev.every((e) => e.text.length > 0));
});

test('a name after a time clause, as a wire story writes it, with the surname as the next subject', () => {
  const moves = run('(뉴욕=한빛통신) 정다은 특파원 = 구조조정 발표 사흘 뒤 케빈 브래드쇼가 지난달 메타로 옮겼다. 브래드쇼 연구원은 메타에서 검색 랭킹을 맡는다.', '2025-09-03');
  assert.deepEqual(news(moves), ['케빈 브래드쇼: - -> Meta @2025-08']);
});

test('common words in subject position are not names, even when a surname-like word recurs', () => {
  const text = [
    '최근 업계가 메타로 옮겼다는 소문은 사실이 아니다.',
    '이번 영입이 메타로 이어졌다. 영입은 계속된다.',
    '해당 연구원이 메타로 옮겼다. 연구원은 익명을 요구했다.',
    '미국 빅테크가 한국을 떠났다. 빅테크는 철수를 택했다.',
    '유명 유튜버가 회사를 떠났다. 유튜버는 독립을 선언했다.',
    '결국 그녀가 회사를 떠났다.',
  ].join(' ');
  assert.deepEqual(run(text), []);
});

test('a name seen once, with no title and no later reference, is left alone', () => {
  assert.deepEqual(run('그 직후 데릭 홀트가 메타로 옮겼다.'), []);
});
