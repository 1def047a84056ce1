/** Tests of English date expressions resolved against a publication date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeEn } from './tokenize-en.ts';
import { findDatesEn } from './find-dates-en.ts';

const dates = (text: string, published: string | null, future = false) => {
  const tokens = tokenizeEn(text, 0, text.length);
  return findDatesEn(tokens, 0, tokens.length, published, future).map((d) => d.value);
};

test('weekdays resolve to the latest such day on or before publication, or the next one for future statements', () => {
  assert.deepEqual(dates('started on Monday', '2025-08-05'), ['2025-08-04']);
  assert.deepEqual(dates('confirmed on Tuesday', '2025-08-05'), ['2025-08-05']);
  assert.deepEqual(dates('last Thursday', '2025-06-10'), ['2025-06-05']);
  assert.deepEqual(dates('will start on Monday', '2025-08-05', true), ['2025-08-11']);
});

test('months without a year: backwards for the past, forwards for the future, across year ends', () => {
  assert.deepEqual(dates('left in December', '2026-01-08'), ['2025-12']);
  assert.deepEqual(dates('will join in January', '2025-12-02', true), ['2026-01']);
  assert.deepEqual(dates('starting in March', '2025-02-26', true), ['2025-03']);
  assert.deepEqual(dates('on May 12', '2025-04-22', true), ['2025-05-12']);
  assert.deepEqual(dates('in April last year', '2025-06-10'), ['2024-04']);
});

test('relative periods and absolute dates', () => {
  assert.deepEqual(dates('last month', '2025-12-02'), ['2025-11']);
  assert.deepEqual(dates('next month', '2025-12-02'), ['2026-01']);
  assert.deepEqual(dates('last week', '2025-03-03'), ['2025-02']);
  assert.deepEqual(dates('at the end of the month', '2025-03-03'), ['2025-03']);
  assert.deepEqual(dates('effective February 2, 2026', '2026-01-21'), ['2026-02-02']);
  assert.deepEqual(dates('effective immediately', '2026-01-21'), ['2026-01-21']);
  assert.deepEqual(dates('Aug. 13 and 5 May 2024 and in 2019', '2025-08-14'), ['2025-08-13', '2024-05-05', '2019']);
});

test('without a publication date only absolute dates survive', () => {
  assert.deepEqual(dates('last month, in June, and in August 2025', null), [null, null, '2025-08']);
});

test('"may" the modal and "Jan" the name are not dates', () => {
  assert.deepEqual(dates('she may leave; Jan Novak said', '2025-08-14'), []);
});
