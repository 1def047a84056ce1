/** Tests of personnel notices: hires under a hiring section move from the bracketed former employer; promotions do not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultGazetteer } from '../../orgs/index.ts';
import { findPersonnelListKo } from './find-personnel-list-ko.ts';

const gazetteer = defaultGazetteer();

test('a notice: hires come from the bracketed employer, promotions are no moves, evidence is the line', () => {
  const text = '[인사] 카카오\n◇ 신규 영입\n▲ AI연구소장 정다은(전 네이버클라우드 하이퍼스케일 AI 리더)\n▲ 데이터센터장 임재훈(전 삼성전자 상무)\n◇ 승진\n▲ 부사장 한승우(전 카카오 전무)';
  const moves = findPersonnelListKo(text, gazetteer, '2026-03-06');
  assert.deepEqual(moves.map((m) => `${m.person}: ${m.from?.org} -> ${m.to?.org} (${m.role})`), [
    '정다은: Naver -> Kakao (AI연구소장)', '임재훈: Samsung -> Kakao (데이터센터장)',
  ]);
  for (const m of moves) for (const e of m.evidence) assert.equal(text.slice(e.start, e.end), e.text);
});

test('text that is not a notice gives nothing, and a long line costs linear time', () => {
  assert.deepEqual(findPersonnelListKo('카카오는 정다은 리더를 영입했다.', gazetteer, null), []);
  const long = `[인사] 카카오\n◇ 신규 영입\n▲ ${'가'.repeat(1_000_000)}`;
  const t0 = performance.now();
  assert.deepEqual(findPersonnelListKo(long, gazetteer, null), []);
  assert.ok(performance.now() - t0 < 3000);
});
