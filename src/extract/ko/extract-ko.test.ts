/** Tests of the Korean rule pack on sentences written for these tests: other people, other organizations, other phrasings than the dev corpus. */
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
const brief = (m: MoveClaim) => `${m.person}: ${m.from?.org ?? '-'} -> ${m.to?.org ?? '-'} @${m.date ?? '-'}${m.history ? ' (history)' : ''}`;
const news = (moves: MoveClaim[]) => moves.filter((m) => !m.history).map(brief).sort();

test('a wire story: a hire announced with its date after the verb, the byline is not a mover', () => {
  const moves = run('(서울=한국경제신문) 김철수 기자 = 카카오는 구글 딥마인드 출신 박지훈 박사를 AI 연구소장으로 영입했다고 3일 밝혔다. 박 박사는 딥마인드에서 강화학습 연구를 이끌어 왔다.', '2025-09-04');
  assert.deepEqual(news(moves), ['박지훈: Google -> Kakao @2025-09-03']);
  assert.equal(moves[0].role, 'AI 연구소장');
});

test('"적을 옮겼다" and "자리를 옮긴 것으로 확인됐다" with the origin in a relative clause', () => {
  assert.deepEqual(news(run('쿠팡에서 물류 AI를 이끌던 박성호 부사장이 배달의민족 운영사 우아한형제들로 적을 옮겼다.')), ['박성호: Coupang -> Woowa Brothers @-']);
  assert.deepEqual(news(run('삼성전자 반도체연구소에서 HBM 설계를 담당하던 최현우 상무가 지난달 SK하이닉스로 자리를 옮긴 것으로 확인됐다.', '2025-10-02')), ['최현우: Samsung -> SK hynix @2025-09']);
});

test('an appointment is a move only with an outside origin', () => {
  assert.deepEqual(news(run('업스테이지는 네이버클라우드 출신의 정유진 박사를 최고기술책임자(CTO)로 선임했다고 20일 밝혔다.', '2025-06-21')), ['정유진: Naver -> Upstage @2025-06-20']);
  assert.deepEqual(run('카카오는 검색 조직을 이끌어 온 송민재 리더를 최고기술책임자(CTO)로 선임했다.'), []);
});

test('founding a company: the unknown organization comes out unverified, without particles or "스타트업"', () => {
  const a = run('오픈AI의 초기 멤버였던 존 스미스(John Smith)가 회사를 떠나 새 스타트업 베타랩스(Beta Labs)를 설립했다.');
  assert.deepEqual(news(a), ['John Smith: OpenAI -> 베타랩스 @-']);
  assert.deepEqual(a[0].aliases, ['존 스미스']);
  assert.equal(a[0].to?.verified, false);
  const b = run('오픈AI 연구원 출신인 아미르 칸(Amir Khan)이 공동 창업한 스타트업 노스스타 로보틱스(Northstar Robotics)가 시리즈A 투자를 유치했다. 칸은 지난해 6월 오픈AI를 퇴사했다.', '2025-09-09');
  assert.deepEqual(news(b), ['Amir Khan: OpenAI -> 노스스타 로보틱스 @2024-06']);
});

test('rumours, declined offers, stays, expectations and promotions are not moves', () => {
  const moves = run([
    '구글 딥마인드의 이민수 연구원은 메타의 영입 제안을 거절하고 회사에 남기로 했다.',
    '업계에서는 김영희 부사장이 조만간 네이버로 이직할 것이라는 전망이 나온다.',
    'LG AI연구원은 이현석 상무를 연구원장으로 승진시켰다.',
    '박진우 CTO가 오픈AI로 옮긴다는 소문도 돌고 있지만 본인은 부인했다.',
    '크래프톤은 엔비디아의 한 시니어 엔지니어와 영입을 논의하고 있다.',
    '한편 카카오에서 일하던 신입 직원 20여 명이 토스로 이직했다.',
  ].join(' '), '2025-03-03');
  assert.deepEqual(moves, []);
});

test('a pronoun carries the subject into a biography; earlier steps are history and chain their origins', () => {
  const moves = run('김지수 연구원은 지난 2일 앤트로픽에 영입됐다. 그는 2019년 삼성리서치에 입사해 음성인식 모델을 개발했고, 2022년 네이버로 옮겼다.', '2025-04-10');
  assert.deepEqual(moves.map(brief).sort(), [
    '김지수: - -> Samsung @2019 (history)',
    '김지수: Naver -> Anthropic @2025-04-02',
    '김지수: Samsung -> Naver @2022 (history)',
  ]);
});

test('Hangul-only foreign names: a title, or the subject of a move after a relative clause; a surname alone resolves to them', () => {
  const moves = run('[테크타임즈 홍길동 기자] 엔비디아 출신의 라일라 아마디 수석엔지니어가 이번 주 AMD에 합류했다. 아마디는 AMD에서 GPU 컴파일러 팀을 이끈다. 한편 엔비디아에서 일하던 톰 리버스도 최근 회사를 떠났지만 행선지는 알려지지 않았다.', '2025-11-20');
  assert.deepEqual(news(moves), ['라일라 아마디: Nvidia -> AMD @2025-11', '톰 리버스: Nvidia -> - @-']);
  assert.ok(!moves.some((m) => m.person.includes('홍길동')));
});

test('a decided noun ("합류를 확정했다"), "새 둥지를 틀었다", and a start date in the next sentence', () => {
  assert.deepEqual(news(run('김서준 박사는 최근 엔비디아 합류를 확정했다. 그는 카카오브레인을 떠나 미국으로 향한다.')), ['김서준: Kakao -> Nvidia @-']);
  assert.deepEqual(news(run('인텔 출신의 마이클 오코너가 지난 10일 크래프톤에 새 둥지를 틀었다.', '2025-07-20')), ['마이클 오코너: Intel -> Krafton @2025-07-10']);
  assert.deepEqual(news(run('퓨리오사AI에서 칩 설계를 총괄해 온 윤성민 부사장이 리벨리온으로 옮긴다. 윤 부사장은 다음 달 1일부터 리벨리온에 출근할 예정이다.', '2025-05-14')), ['윤성민: FuriosaAI -> Rebellions @2025-06-01']);
});

test('a headline hire with a title before the name, and a Latin-only name in Korean text', () => {
  assert.deepEqual(news(run('네이버, 전 구글 엔지니어 김도현 영입… AI 검색 강화\n네이버가 구글에서 검색 품질 개선을 맡아 온 김도현 엔지니어를 영입했다고 12일 밝혔다.', '2025-08-13')), ['김도현: Google -> Naver @2025-08-12']);
  assert.deepEqual(news(run('앤트로픽은 오픈AI 출신 Jane Doe를 정책 총괄로 영입했다.')), ['Jane Doe: OpenAI -> Anthropic @-']);
});

test('pay: dollars and won with Korean units, attached to the person it is about', () => {
  const moves = run('메타는 오픈AI의 추론 연구를 이끌던 하비에르 로하스(Javier Rojas)를 영입했다. 메타는 로하스에게 4년간 1억 5000만 달러가 넘는 보상 패키지를 제시했다.');
  assert.equal(moves.length, 1);
  assert.equal(moves[0].compensation?.usd, 150_000_000);
  assert.equal(moves[0].compensation?.text, '4년간 1억 5000만 달러가 넘는 보상 패키지');
});

test('every evidence span is an exact slice of the text', () => {
  const text = '쿠팡에서 물류 AI를 이끌던 박성호 부사장이 우아한형제들로 적을 옮겼다.\n\n"좋은 기회"라고 그는 말했다.';
  const a = article(text);
  for (const m of extractMovesKo({ article: a, gazetteer: defaultGazetteer() })) {
    assert.ok(m.evidence.length > 0);
    for (const e of m.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  }
});

test('a longer story: a CEO quoted, a rumour, apposition titles, "X도 데려왔다", and "회사를 떠났다" resolved in its sentence', () => {
  const text = [
    '오픈AI 핵심 연구진 줄줄이 메타행… 초지능 경쟁 가열',
    '',
    '(서울=뉴스원) 최지훈 기자 = 메타가 오픈AI 연구원들을 잇달아 영입하고 있다.',
    '',
    '미국 IT 매체 테크와이어는 29일(현지시간) 오픈AI에서 추론 모델 연구를 해 온 다리우스 벨로프와 한예린 연구원이 메타로 자리를 옮긴다고 보도했다.',
    '',
    '앞서 메타는 지난달 스케일AI 창업자 빅토르 안셀름을 최고AI책임자(CAIO)로 영입했고, 깃허브 최고경영자 출신 오렌 마칼루소도 데려왔다.',
    '',
    '케일럽 프라이스 오픈AI CEO는 사내 메모에서 "누군가 우리 집에 침입한 것 같다"고 말했다.',
    '',
    '업계에서는 오픈AI의 다른 연구원들도 조만간 메타로 옮길 가능성이 있다는 관측이 나온다.',
    '',
    '한편 애플에서는 파운데이션 모델 팀을 이끌던 세바스티안 로르가 메타로 떠난 데 이어 그의 팀원인 이반 코스타도 회사를 떠났다.',
  ].join('\n');
  assert.deepEqual(news(run(text, '2025-07-30')), [
    '다리우스 벨로프: OpenAI -> Meta @2025-07-29',
    '빅토르 안셀름: Scale AI -> Meta @2025-06',
    '세바스티안 로르: Apple -> Meta @-',
    '오렌 마칼루소: GitHub -> Meta @-',
    '이반 코스타: Apple -> - @-',
    '한예린: OpenAI -> Meta @2025-07-29',
  ]);
});

test('a headline list joined by "·", a move inside one company, a context move in a relative clause, a two-syllable name', () => {
  assert.deepEqual(news(run('메타, 오픈AI 출신 다니엘 로스·사라 킴 영입', '2025-07-08')), ['다니엘 로스: OpenAI -> Meta @-', '사라 킴: OpenAI -> Meta @-']);
  assert.deepEqual(run('구글 리서치의 안드레아 볼피 연구원은 지난달 딥마인드로 이동했다.', '2025-07-08'), []);
  assert.deepEqual(news(run('지난해 구글로 옮긴 레나 포겔은 최근 제미나이 신모델을 발표했다.', '2025-07-08')), ['레나 포겔: - -> Google @2024']);
  assert.deepEqual(news(run('텐센트 훈위안 팀을 이끌던 왕 팅 연구원은 지난달 회사를 떠났다.', '2025-07-08')), ['왕 팅: Tencent -> - @2025-06']);
});

test('an affiliation named earlier gives the origin; empty and odd inputs give nothing', () => {
  assert.deepEqual(news(run('오픈AI의 연구원 제임스 베이커는 강화학습 전문가로 알려져 있다. 베이커는 이달 메타에 합류했다.', '2025-07-08')), ['제임스 베이커: OpenAI -> Meta @2025-07']);
  for (const t of ['', ' ', '\n\n', '(', ')(', '"', '합류', '…… …', '김(', '2억 달러']) assert.deepEqual(run(t), []);
});

test('a wire story with a family-name reference, leave-then-join dates, history, and a second hire in passing', () => {
  const text = [
    '네이버 하이퍼클로바X 총괄, 삼성전자로 이적',
    '',
    "(서울=연합뉴스) 김영수 기자 = 네이버의 생성형 AI '하이퍼클로바X' 개발을 총괄해 온 박상현 리더가 회사를 떠나 삼성전자로 자리를 옮긴다.",
    '15일 업계에 따르면 박 리더는 이달 말 네이버를 퇴사하고 다음 달 삼성전자 DX부문 AI센터에 합류할 예정이다.',
    '박 리더는 2019년 카카오에서 네이버로 옮겨 초대규모 언어모델 개발을 이끌어 왔다.',
    '삼성전자는 최근 AI 인재 영입에 속도를 내고 있다. 지난달에는 구글 출신 최유진 박사를 AI센터 부센터장으로 영입했다.',
    '네이버 관계자는 "개인적인 결정을 존중한다"고 말했다.',
  ].join('\n');
  assert.deepEqual(run(text, '2025-04-15').map(brief).sort(), [
    '박상현: Kakao -> Naver @2019 (history)',
    '박상현: Naver -> Samsung @2025-05',
    '최유진: Google -> Samsung @2025-03',
  ]);
});

test('a newsletter with numbered items; a founder\'s startup in quotes; a start date after the announcement', () => {
  const a = run('AI 업계 이적 소식 정리\n\n1. 앤트로픽 → 구글: 카렌 리우\n앤트로픽에서 헌법적 AI 연구를 이끌던 카렌 리우가 구글 딥마인드로 옮겼습니다.\n\n2. 메타 → 오픈AI: 파블로 산체스\n메타 FAIR 출신 파블로 산체스는 오픈AI에 합류한다고 밝혔습니다.\n\n3. 소문: xAI의 한 연구원이 애플로 이직할 것이라는 이야기가 있지만 확인되지 않았습니다.', null);
  assert.deepEqual(news(a), ['카렌 리우: Anthropic -> Google @-', '파블로 산체스: Meta -> OpenAI @-']);
  const b = run("LG AI연구원 출신 창업가 정다은 대표가 이끄는 스타트업 '큐브릭스'가 100억 원 규모 투자를 유치했다. 정 대표는 2023년 LG AI연구원을 나와 큐브릭스를 창업했다.", '2025-04-15');
  assert.deepEqual(news(b), ['정다은: LG -> 큐브릭스 @2023']);
  const c = run('SK텔레콤은 마이크로소프트에서 애저 AI 플랫폼을 총괄한 데이비드 청(David Cheng) 부사장을 AI 사업 총괄로 영입했다고 2일 발표했다. 청 부사장은 다음 달부터 출근한다.', '2025-06-03');
  assert.deepEqual(news(c), ['David Cheng: Microsoft -> SK Telecom @2025-07']);
});

test('headline shorthand: "前 ORG 총괄 NAME, ORG 합류", and the same hire in a body sentence', () => {
  assert.deepEqual(news(run('[단독] 前 네이버 AI 총괄 김민석, 크래프톤 합류', '2025-04-15')), ['김민석: Naver -> Krafton @-']);
  assert.deepEqual(news(run('크래프톤은 김민석 前 네이버 AI 총괄을 최고AI책임자로 영입했다고 14일 밝혔다.', '2025-04-15')), ['김민석: Naver -> Krafton @2025-04-14']);
});
