/** Tests of the Korean rule pack on news styles and name shapes written for these tests: wire, business daily, press release, blog, card news, personnel lists. */
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
const run = (text: string, published: string | null = '2026-03-06') => extractMovesKo({ article: article(text, published), gazetteer });
const brief = (m: MoveClaim) => `${m.person}: ${m.from?.org ?? '-'} -> ${m.to?.org ?? '-'} @${m.date ?? '-'}`;
const news = (moves: MoveClaim[]) => moves.filter((m) => !m.history).map(brief).sort();

test('wire copy: "(서울=…) 기자 =" byline, a Chinese name written solid with its Latin form, announcement date after the verb', () => {
  const moves = run('(서울=한빛통신) 김하준 기자 = 네이버는 마이크로소프트 리서치 출신의 리웨이(Li Wei) 박사를 AI 연구소장으로 영입했다고 5일 밝혔다.');
  assert.deepEqual(news(moves), ['Li Wei: Microsoft -> Naver @2026-03-05']);
  assert.deepEqual(moves[0].aliases, ['리웨이']);
});

test('business daily: "[매체 기자]" byline, a family-name reference carries the date', () => {
  const moves = run('[한결경제 박서윤 기자] 카카오의 AI 조직을 이끌던 정태민 부사장이 쿠팡으로 자리를 옮겼다. 19일 업계에 따르면 정 부사장은 이달 중순 쿠팡에 합류했다.', '2026-05-20');
  assert.deepEqual(news(moves), ['정태민: Kakao -> Coupang @2026-05']);
});

test('IT trade press: a Japanese name in Hangul before a title', () => {
  assert.deepEqual(news(run('소프트뱅크에서 음성 모델을 개발해 온 다나카 히로시 연구원이 지난달 네이버클라우드에 합류했다.', '2026-02-10')), ['다나카 히로시: SoftBank -> Naver @2026-01']);
});

test('press release: "신임 CTO로 선임했다고 ○일 밝혔다" with a two-syllable Chinese name and a start date ahead', () => {
  const moves = run('업스테이지는 삼성리서치 출신 왕팅 박사를 신임 최고기술책임자(CTO)로 선임했다고 2일 밝혔다. 왕 박사는 다음 달부터 업스테이지로 출근한다.', '2026-03-03');
  assert.deepEqual(news(moves), ['왕팅: Samsung -> Upstage @2026-04']);
});

test('blog post with ~습니다 endings: the full name from the parenthesis, "합류를 확정했습니다"', () => {
  const moves = run('오늘 전해 드릴 소식은 애플에서 시리 팀을 이끌던 존 앤더슨(John Anderson)의 이직입니다. 앤더슨은 지난주 오픈AI 합류를 확정했습니다.', '2026-03-06');
  assert.deepEqual(news(moves), ['John Anderson: Apple -> OpenAI @2026-02']);
});

test('card-news lines: a headline with an arrow and short lines', () => {
  const moves = run('앤트로픽, 구글 출신 마이클 첸 영입\n\n마이클 첸(Michael Chen)이 지난 3일 구글을 떠나 앤트로픽에 합류했다.', '2026-03-06');
  assert.deepEqual(news(moves), ['Michael Chen: Google -> Anthropic @2026-03-03']);
});

test('quotes with 말했다/전했다: what a quoted person says is no move', () => {
  const moves = run([
    '이번에 메타로 옮긴 한 연구원은 "오픈AI를 떠나는 것이 쉽지 않았다"고 말했다.',
    '김민서 연구원은 "메타로 이직할 생각은 없다"고 전했다.',
  ].join(' '));
  assert.deepEqual(moves, []);
});

test('passive hire "…에 영입됐다" with a Hangul-Latin pair', () => {
  assert.deepEqual(news(run('구글 딥마인드 출신 사라 김(Sarah Kim) 박사가 지난달 삼성전자에 영입됐다.', '2026-03-06')), ['Sarah Kim: Google -> Samsung @2026-02']);
});

test('러브콜 and a stay are no move; 사의 표명 alone is not yet one', () => {
  const moves = run([
    '메타가 오픈AI 연구원 이도윤 박사에게 러브콜을 보냈지만 이 박사는 잔류를 택했다.',
    'SK텔레콤 AI센터장인 백지훈 부사장이 사의를 표명했다.',
  ].join(' '));
  assert.deepEqual(moves, []);
});

test('"새 둥지를 틀었다" and "친정으로 복귀"', () => {
  assert.deepEqual(news(run('네이버에서 검색 AI를 총괄하던 한지민 전무가 카카오에 새 둥지를 틀었다.')), ['한지민: Naver -> Kakao @-']);
  assert.deepEqual(news(run('3년 전 구글로 떠났던 오승준 박사가 지난달 친정인 LG AI연구원으로 복귀했다.', '2026-03-06')), ['오승준: Google -> LG @2026-02']);
});

test('holding a second post (겸직) and an outside directorship are not moves', () => {
  const moves = run([
    '카카오는 정우진 CTO가 카카오브레인 대표를 겸직한다고 밝혔다.',
    '크래프톤은 이사회를 열고 한서연 KAIST 교수를 사외이사로 선임했다.',
  ].join(' '));
  assert.deepEqual(moves, []);
});

test('a three-word English name fully in Hangul', () => {
  assert.deepEqual(news(run('메리 앤 존슨 연구원이 지난 2일 오픈AI를 떠나 앤트로픽에 합류했다.', '2026-03-06')), ['메리 앤 존슨: OpenAI -> Anthropic @2026-03-02']);
});

test('a Korean name with no title after "출신"', () => {
  assert.deepEqual(news(run('네이버 출신 정민호가 지난 3일 카카오에 합류했다.', '2026-03-06')), ['정민호: Naver -> Kakao @2026-03-03']);
});

test('a comma list after a group sentence takes the group\'s destination and date, each with their own origin', () => {
  const moves = run('크래프톤은 올해 1월 빅테크 출신 연구자들을 잇따라 데려왔다. 아마존 출신 피터 홀(Peter Hall), 메타에서 추천 모델을 연구하던 소피 마르탱, 구글 리나 오(Lina Oh) 연구원 등 3명이 당시 합류했다.', '2026-04-10');
  assert.deepEqual(news(moves), ['Lina Oh: Google -> Krafton @2026-01', 'Peter Hall: Amazon -> Krafton @2026-01', '소피 마르탱: Meta -> Krafton @2026-01']);
});

test('a blog list: "…하던 X입니다" introduces the person the next sentence moves', () => {
  const moves = run('첫 번째는 메타에서 추천 시스템 연구를 하던 사토 유키입니다. 지난달 앤트로픽으로 이직했습니다.', '2026-03-06');
  assert.deepEqual(news(moves), ['사토 유키: Meta -> Anthropic @2026-02']);
});

test('a move inside the company ("카카오 내 … 센터장으로") is a reorganisation', () => {
  assert.deepEqual(run('카카오 CTO였던 송지호 부사장은 카카오 내 신설 조직인 AI 안전 센터장으로 자리를 옮긴다.'), []);
});

test('gapping and "같은 날": each conjunct keeps its own destination and date', () => {
  assert.deepEqual(news(run('오픈AI에서 일하던 김도윤 연구원은 지난 4일 앤트로픽으로, 정하람 연구원은 6일 구글로 각각 자리를 옮겼다.', '2026-03-10')), [
    '김도윤: OpenAI -> Anthropic @2026-03-04', '정하람: OpenAI -> Google @2026-03-06',
  ]);
  const moves = run('오픈AI의 이수민 연구원은 지난 3일 메타로 옮겼고, 박준영 연구원도 같은 날 메타에 합류했다.', '2026-03-10');
  assert.equal(moves.find((m) => m.person === '박준영')?.date, '2026-03-03');
});

test('"A와 함께 일하던 B" moves B alone; a hedge noun inside a later relative clause does not hedge the move', () => {
  const moves = run('바스케스는 지난 13일 앤트로픽에 복귀해 해석 가능성을 연구하는 새 팀을 이끌고 있다. 오픈AI에서 바스케스와 함께 일하던 연구 엔지니어 토비아스 엥겔도 18일 앤트로픽에 합류했다. 엘레나 바스케스(Elena Vasquez)는 오픈AI 출신이다.', '2026-05-22');
  const engel = moves.filter((m) => m.person === '토비아스 엥겔');
  assert.equal(engel.length, 1);
  assert.equal(engel[0].date, '2026-05-18');
  assert.equal(moves.find((m) => m.person === 'Elena Vasquez')?.date, '2026-05-13');
});

test('pay stated about "그에게" belongs to the person in focus; the size word may follow a bracketed conversion', () => {
  const moves = run('딥마인드 출신 라훌 메타(Rahul Mehta)가 지난달 xAI로 자리를 옮겼다. 업계에서는 xAI가 그에게 4년간 6,000만 달러(약 830억 원) 규모의 보상을 약속한 것으로 본다.', '2026-03-06');
  assert.equal(moves[0].compensation?.text, '4년간 6,000만 달러(약 830억 원) 규모의 보상');
  assert.equal(moves[0].compensation?.usd, 60_000_000);
});

test('"3년 전 구글로 떠났던" dates the earlier step, which becomes history and the origin of the return', () => {
  const moves = run('3년 전 구글로 떠났던 오승준 박사가 지난달 친정인 LG AI연구원으로 복귀했다.', '2026-03-06');
  assert.deepEqual(moves.map((m) => `${brief(m)}${m.history ? ' (history)' : ''}`).sort(), ['오승준: - -> Google @2023 (history)', '오승준: Google -> LG @2026-02']);
});

test('"이 중에는 X도 포함됐다" names one member of an unnamed group hire', () => {
  assert.deepEqual(news(run('구글 딥마인드는 메타 출신 연구원 3명을 영입했다. 이 중에는 라마 모델 개발을 이끈 아제이 쿠마르 박사도 포함됐다.', '2026-03-11')), ['아제이 쿠마르: Meta -> Google @-']);
});

test('a founder in a relative clause is not the subject of the group that joins her company', () => {
  assert.deepEqual(news(run('오픈AI 최고기술책임자(CTO)였던 미라 무라티가 설립한 싱킹머신즈에 메타 출신 연구원들이 대거 합류했다.', '2025-07-08')), ['미라 무라티: OpenAI -> Thinking Machines Lab @-']);
});
