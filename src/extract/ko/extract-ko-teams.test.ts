/** Tests of the team slot in the Korean rule pack: units named in the lead, in apposition, in quotes, and later in the text. */
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
const teams = (moves: MoveClaim[]) => moves.map((m) => `${m.person}: ${m.from?.org ?? '-'}/${m.from?.team ?? '-'} -> ${m.to?.org ?? '-'}/${m.to?.team ?? '-'}`).sort();

test('the unit the lead names is the team of every departure the framing fills', () => {
  const moves = run(`구글, 석 달 새 AI 연구원 3명 앤트로픽으로 이직

구글의 AI 연구 조직 딥마인드(DeepMind)가 잇단 인력 유출로 몸살을 앓고 있다. 석 달 사이 핵심 연구원 3명이 앤트로픽으로 옮겼다. 마리아 로페스(Maria Lopez)는 지난달 앤트로픽에 합류했다. 이어 파벨 노박(Pavel Novak)도 이달 초 앤트로픽으로 자리를 옮겼다.`);
  assert.deepEqual(teams(moves), [
    'Maria Lopez: Google/Google DeepMind -> Anthropic/-',
    'Pavel Novak: Google/Google DeepMind -> Anthropic/-',
  ]);
});

test('a newsletter of unrelated items lends no unit from one item to another', () => {
  const moves = run(`[AI 인재 동향] 이번 주 소식

■ 구글 딥마인드 → 오픈AI: 에이든 클라크(Aiden Clarke)
딥마인드에서 6년간 일한 에이든 클라크가 오픈AI로 옮겼다.

■ 구글 → 메타: 루시 그랜트(Lucy Grant)
구글에서 검색 광고를 맡았던 루시 그랜트는 메타에 합류했다.`);
  assert.deepEqual(teams(moves), [
    'Aiden Clarke: Google/Google DeepMind -> OpenAI/-',
    'Lucy Grant: Google/- -> Meta/-',
  ]);
});

test('after a copula or before a quoted name, the unit is what the phrase names, not what describes it', () => {
  assert.deepEqual(teams(run("네이버의 초거대 AI 개발 조직인 '하이퍼클로바X' 팀에서 일하던 오세진 리더가 최근 카카오로 이직했다.")), [
    '오세진: Naver/하이퍼클로바X 팀 -> Kakao/-',
  ]);
  assert.deepEqual(teams(run("스타트업 출신 개발자 한도윤 씨는 마이크로소프트의 AI 조직 '코파일럿 랩'에 합류했다.")), [
    '한도윤: -/- -> Microsoft/코파일럿 랩',
  ]);
});

test('a walked unit the gazetteer knows takes the gazetteer\'s name', () => {
  assert.deepEqual(teams(run("애플의 온디바이스 모델 개발 조직인 '파운데이션 모델' 팀에서 일하던 카를로스 멘데스(Carlos Mendes)가 구글로 옮겼다.")), [
    'Carlos Mendes: Apple/Apple Foundation Models -> Google/-',
  ]);
});

test('a later mention of the same organization with its unit fills the team of the move', () => {
  assert.deepEqual(teams(run("알리바바에서 일하던 저우 린(Zhou Lin)이 지난달 텐센트로 옮겼다. 저우는 텐센트의 대형 모델 조직 '훈위안' 팀에 합류해 추론 최적화를 맡는다.")), [
    'Zhou Lin: Alibaba/- -> Tencent/Hunyuan',
  ]);
});

test('a quoted unit on the destination side, and a unit "산하" an organization on the origin side', () => {
  assert.deepEqual(teams(run("구글에서 검색을 맡던 에밀리 로스(Emily Ross)가 메타의 '슈퍼인텔리전스 팀'에 합류했다.")), [
    'Emily Ross: Google/- -> Meta/슈퍼인텔리전스 팀',
  ]);
  assert.deepEqual(teams(run("아마존 산하 AI 연구조직 '프론티어 랩'에서 일하던 대니 오(Danny Oh)가 오픈AI로 옮겼다.")), [
    'Danny Oh: Amazon/프론티어 랩 -> OpenAI/-',
  ]);
  assert.deepEqual(teams(run('오픈AI 포스트트레이닝 팀에서 일하던 이안 리드(Ian Reid)가 xAI로 옮겼다.')), [
    'Ian Reid: OpenAI/포스트트레이닝 팀 -> xAI/-',
  ]);
});

test('a team named inside a known unit is the narrower team; an office inside it is not a team', () => {
  assert.deepEqual(teams(run('구글 딥마인드의 비디오 생성 팀에서 일하던 노라 벡(Nora Beck)이 메타로 옮겼다.')), [
    'Nora Beck: Google/비디오 생성 팀 -> Meta/-',
  ]);
  assert.deepEqual(teams(run('구글 딥마인드의 런던 사무소에서 일하던 노라 벡(Nora Beck)이 메타로 옮겼다.')), [
    'Nora Beck: Google/Google DeepMind -> Meta/-',
  ]);
});
