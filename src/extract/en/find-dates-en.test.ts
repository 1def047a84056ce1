/** Tests of English date expressions resolved against a publication date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeEn } from './tokenize-en.ts';
import { findDatesEn } from './find-dates-en.ts';

const dates = (text: string, published: string | null, future: boolean | 'near' = false) => {
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

test('direction "near": the nearer occurrence of a month or weekday when the tense does not say', () => {
  assert.deepEqual(dates('effective January 31', '2026-02-05', 'near'), ['2026-01-31']);
  assert.deepEqual(dates('effective March 1', '2026-02-05', 'near'), ['2026-03-01']);
  assert.deepEqual(dates('effective January 5', '2025-12-20', 'near'), ['2026-01-05']);
  // Published on a Tuesday: Monday is one day back, Wednesday one day ahead.
  assert.deepEqual(dates('on Monday and on Wednesday', '2026-03-10', 'near'), ['2026-03-09', '2026-03-11']);
});

test('"mid-March" and "mid-2025"', () => {
  assert.deepEqual(dates('was in mid-March', '2026-05-20'), ['2026-03']);
  assert.deepEqual(dates('until mid-2025', '2026-05-20'), ['2025']);
  assert.deepEqual(dates('a mid-level engineer', '2026-05-20'), []);
});

test('"two weeks ago", "three days ago", "a year ago": counted back from publication', () => {
  assert.deepEqual(dates('left two weeks ago', '2026-05-06'), ['2026-04']);
  assert.deepEqual(dates('joined 3 days ago', '2026-05-02'), ['2026-04-29']);
  assert.deepEqual(dates('a year ago and six months ago', '2026-05-06'), ['2025', '2025-11']);
  assert.deepEqual(dates('two weeks ago', null), [null]);
  assert.deepEqual(dates('weeks ago', '2026-05-06'), []);
});
