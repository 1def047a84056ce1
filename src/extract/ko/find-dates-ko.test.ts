/** Korean date expressions resolved against the publication date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDatesKo, type DateContext } from './find-dates-ko.ts';

const resolve = (text: string, published: string | null, future = false, ctx: Partial<DateContext> = {}) =>
  findDatesKo(text, 0, text.length, { published, anchorDay: null, lastMonth: null, ...ctx }, future).map((d) => d.value);

test('days and months relative to the publication date, at the precision the text gives', () => {
  assert.deepEqual(resolve('13일(현지시간) 합류했다', '2025-08-14'), ['2025-08-13']);
  assert.deepEqual(resolve('28일 합류했다', '2025-08-14'), ['2025-07-28']);
  assert.deepEqual(resolve('지난달 옮겼다', '2025-01-10'), ['2024-12']);
  assert.deepEqual(resolve('지난 5일 합류', '2025-06-09'), ['2025-06-05']);
  assert.deepEqual(resolve('지난 7월 1일 합류', '2025-08-10'), ['2025-07-01']);
  assert.deepEqual(resolve('지난해 12월에는', '2026-01-15'), ['2025-12']);
  assert.deepEqual(resolve('11월 말 회사를 떠났다', '2025-12-08'), ['2025-11']);
  assert.deepEqual(resolve('이달 초 합류', '2025-03-11'), ['2025-03']);
});

test('weeks resolve to their month: "이번 주", "지난주" across a month boundary', () => {
  assert.deepEqual(resolve('이번 주 합류', '2025-09-05'), ['2025-09']);
  assert.deepEqual(resolve('지난주 옮겼다', '2025-12-03'), ['2025-11']);
});

test('future forms resolve forward: "내년 1월", "오는 15일", a bare month in a plan', () => {
  assert.deepEqual(resolve('내년 1월 합류할 예정', '2025-12-03'), ['2026-01']);
  assert.deepEqual(resolve('오는 15일 합류', '2025-08-10'), ['2025-08-15']);
  assert.deepEqual(resolve('3월 합류할 예정', '2025-08-10', true), ['2026-03']);
  assert.deepEqual(resolve('3월 합류했다', '2025-08-10'), ['2025-03']);
});

test('"이날" and "전날" follow the last day given; "같은 달" the last recent month', () => {
  assert.deepEqual(resolve('20일(현지시간) … 이날 합류했다', '2025-10-21'), ['2025-10-20', '2025-10-20']);
  assert.deepEqual(resolve('13일 … 전날 첫 출근했다', '2025-05-13'), ['2025-05-13', '2025-05-12']);
  const ctx: DateContext = { published: '2026-02-24', anchorDay: null, lastMonth: null };
  findDatesKo('23일 합류했다. 지난해 3월 옮긴 지', 0, 22, ctx);
  assert.equal(ctx.lastMonth, '2026-02');
  assert.deepEqual(findDatesKo('같은 달 떠났다', 0, 8, ctx).map((d) => d.value), ['2026-02']);
});

test('with no publication date only dates with their own year resolve', () => {
  assert.deepEqual(resolve('지난 6월 회사를 떠나', null), [null]);
  assert.deepEqual(resolve('2025년 8월 딥마인드를 나와', null), ['2025-08']);
  assert.deepEqual(resolve('2019년 바이두에서', null), ['2019']);
});

test('durations and counts are not dates', () => {
  assert.deepEqual(resolve('6개월 동안 3일간 일했다', '2025-08-10'), []);
});
