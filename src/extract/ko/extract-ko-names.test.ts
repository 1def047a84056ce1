/** Tests of the Korean rule pack on name shapes and group phrasings written for these tests: rosters after a hire, corporate ranks, long and verb-like names, unit transfers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, MoveClaim } from '../../core/types.ts';
import { defaultGazetteer } from '../../orgs/index.ts';
import { extractMovesKo } from './extract-ko.ts';

function article(text: string, published: string | null): Article {
  return {
    source: 'test', url: null, title: null, text, lang: 'ko', published, publishedFrom: 'test',
    contentHash: '', mediaType: 'text/plain', charset: 'utf-8', bytes: text.length,
  };
}
const gazetteer = defaultGazetteer();
const run = (text: string, published: string | null = '2026-04-10') => extractMovesKo({ article: article(text, published), gazetteer });
const brief = (m: MoveClaim) => `${m.person}: ${m.from?.org ?? '-'} -> ${m.to?.org ?? '-'}`;
const news = (moves: MoveClaim[]) => moves.filter((m) => !m.history).map(brief).sort();

test('a roster named by "X가 데려간 인물은": every listed person moves as the group did, with ranks 상무, 수석, 책임', () => {
  const moves = run('카카오는 최근 네이버 출신 개발자 세 명을 한꺼번에 영입했다. 카카오가 데려간 인물은 검색 품질을 이끌던 남기훈 상무, 추천 분야의 석하윤 수석, 그리고 인프라 리드 변도준 책임이다.');
  assert.deepEqual(news(moves), ['남기훈: Naver -> Kakao', '변도준: Naver -> Kakao', '석하윤: Naver -> Kakao']);
});

test('a Korean name that ends like a verb form is kept when the text calls the person by family name and title', () => {
  const moves = run('LG AI연구원에서 비전 모델을 맡던 김태한 박사는 지난 3일 구글에 첫 출근했다. 김 박사는 제미나이 팀에 배치됐다.');
  assert.deepEqual(news(moves), ['김태한: LG -> Google']);
});

test('a Japanese given name that starts like a Korean family name stays part of the full name the surname refers back to', () => {
  const moves = run('소니에서 음성 인식 조직을 총괄했던 야마다 하루키 본부장은 올해 1월 소니를 떠나 구글로 이직했다. 야마다 본부장은 구글 도쿄 사무소에서 일한다.');
  assert.deepEqual(news(moves), ['야마다 하루키: Sony -> Google']);
});

test('a four-word Vietnamese name with its Latin form is one person', () => {
  const moves = run('응우옌 티 미 린(Nguyen Thi My Linh) 연구원이 지난달 삼성전자를 떠나 엔비디아에 합류했다.');
  assert.deepEqual(news(moves), ['Nguyen Thi My Linh: Samsung -> Nvidia']);
  assert.deepEqual(moves[0].aliases, ['응우옌 티 미 린']);
});

test('"X(Latin) 전 ORG 수석 아키텍트는": the former post after a foreign name gives the subject and its origin', () => {
  const moves = run('로버트 첸(Robert Chen) 전 아마존 수석 아키텍트는 지난주 마이크로소프트로 옮겼다.');
  assert.deepEqual(news(moves), ['Robert Chen: Amazon -> Microsoft']);
});

test('a one-word four-syllable Chinese name before a title, introduced by a relative clause', () => {
  const moves = run('텐센트에서 추천 모델을 맡던 쑨쯔하오 연구원은 지난 2일 바이트댄스로 자리를 옮겼다. 쑨 연구원은 검색 조직을 이끈다.');
  assert.deepEqual(news(moves), ['쑨쯔하오: Tencent -> ByteDance']);
});

test('a move to a unit with no organization named is a transfer inside the company, not a move', () => {
  assert.deepEqual(run('네이버 클로바 조직에 있던 윤서진 연구원은 검색팀으로 자리를 옮겼다. 회사를 떠나지 않은 내부 이동이다.'), []);
  assert.deepEqual(run('카카오의 오지훈 리드는 사내 다른 팀으로 옮겼다.'), []);
  // A unit named with its organization is that organization's: a move to it.
  assert.deepEqual(news(run('메타의 사라 콜린스(Sarah Collins) 연구원이 구글 딥마인드 제미나이 팀으로 이적했다.')), ['Sarah Collins: Meta -> Google']);
});

test('verb phrases and unit names before a title are not people', () => {
  const moves = run('팀 리더급이 빠지면서 연구원 10여 명이 동요하고 있다. 해외 빅테크 임원급을 직접 영입하는 사례가 늘고 있다는 것이다. 추론팀 리드가 회사를 옮길 수 있다는 관측도 나온다.');
  assert.deepEqual(moves, []);
  assert.deepEqual(run('LG AI연구원은 인재 확보 방식을 바꿨다. 최근에는 해외 빅테크 임원급을 직접 영입하는 사례가 늘고 있다는 것이다.'), []);
  assert.deepEqual(run('구글 딥마인드 검색팀 리드가 앤트로픽에 합류했다.'), []);
});

test('"X(Latin) ORG 직함도 … 회사를 떠났다": a post in apposition after the bracket names where the person left', () => {
  const moves = run('인도 출신의 프리야 라오(Priya Rao) 구글 싱가포르 클라우드 파트너 리드도 지난주 회사를 떠났다. 라오 리드는 다음 달 코히어에 합류한다.');
  assert.deepEqual(news(moves), ['Priya Rao: Google -> Cohere']);
  // The long post ("… 파트너 개발 리드도") ends at its last title, which carries the subject particle.
  const alone = run('프리야 라오(Priya Rao) 아마존 싱가포르 생성형 AI 파트너 개발 리드도 지난주 아마존을 떠났다.');
  assert.deepEqual(news(alone), ['Priya Rao: Amazon -> -']);
});

test('a surname reference whose title carries a bracket ("오카모토 최고기술책임자(CTO)는") is still the subject', () => {
  const moves = run('공동창업자는 라인에서 일했던 오카모토 켄(Ken Okamoto)이다. 오카모토 최고기술책임자(CTO)는 이달 초 네이버를 떠나 업스테이지에 합류했다.');
  assert.deepEqual(news(moves), ['Ken Okamoto: Naver -> Upstage']);
});

test('"ORG 팀의 X(Latin) 시니어 매니저를 스카우트했다": a two-word title before the object particle', () => {
  const moves = run('앤트로픽이 애플 시리 팀의 루카스 모로(Lucas Moreau) 시니어 매니저를 지난주 스카우트했다.');
  assert.deepEqual(news(moves), ['Lucas Moreau: Apple -> Anthropic']);
});

test('"ORG의 한 임원" is a determiner, not the family name 한; a hire clause ended by a comma does not take the next name', () => {
  const moves = run('구글에서 검색 모델을 만들어 온 한도윤(Doyun Han) 박사가 지난 2일 메타에 합류했다. 메타의 한 임원은 사내 게시판에 합류를 알렸다. 메타가 오픈AI와 구글 출신 연구자를 영입하고 있는 만큼, 한 박사의 합류가 주목된다.');
  assert.deepEqual(news(moves), ['Doyun Han: Google -> Meta']);
  assert.equal(moves.filter((m) => m.history).length, 0);
});
