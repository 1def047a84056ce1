import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDay, moveInterval, movePoint, overlapsWindow, parseDateSpan } from './move-time.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

test('a day-dated move is that day', () => {
  const span = moveInterval({ date: '2025-07-03', reported: '2025-07-30' });
  assert.deepEqual(span, { start: day('2025-07-03'), end: day('2025-07-03'), precision: 'day' });
  assert.deepEqual(movePoint({ date: '2025-07-03', reported: null }), day('2025-07-03'));
});

test('a month-dated move spans the whole month, leap years included', () => {
  assert.deepEqual(moveInterval({ date: '2024-02', reported: null }), { start: day('2024-02-01'), end: day('2024-02-29'), precision: 'month' });
  assert.deepEqual(moveInterval({ date: '2025-02', reported: null })?.end, day('2025-02-28'));
  assert.deepEqual(movePoint({ date: '2025-07', reported: null }), day('2025-07-16'));
});

test('a year-dated move spans the year and its point is mid-year', () => {
  assert.deepEqual(moveInterval({ date: '2025', reported: '2025-03-01' }), { start: day('2025-01-01'), end: day('2025-12-31'), precision: 'year' });
  assert.deepEqual(movePoint({ date: '2025', reported: null }), day('2025-07-02'));
});

test('an undated move sits on its reported day; with no reported day it is undatable', () => {
  assert.deepEqual(moveInterval({ date: null, reported: '2025-07-30' }), { start: day('2025-07-30'), end: day('2025-07-30'), precision: 'reported' });
  assert.deepEqual(movePoint({ date: null, reported: '2025-07-30' }), day('2025-07-30'));
  assert.equal(moveInterval({ date: null, reported: null }), null);
  assert.equal(movePoint({ date: null, reported: null }), null);
});

test('malformed or impossible dates fall back to the reported day', () => {
  assert.equal(parseDateSpan('2025-02-30'), null);
  assert.equal(parseDateSpan('2025-13'), null);
  assert.equal(parseDateSpan('July 2025'), null);
  assert.equal(moveInterval({ date: '2025-13', reported: '2025-08-01' })?.precision, 'reported');
});

test('window overlap keeps coarse moves whose span touches the window', () => {
  const year = moveInterval({ date: '2025', reported: null })!;
  assert.equal(overlapsWindow(year, day('2025-03-01'), day('2025-09-30')), true);
  assert.equal(overlapsWindow(year, day('2026-01-01'), null), false);
  assert.equal(overlapsWindow(year, null, day('2024-12-31')), false);
  assert.equal(overlapsWindow(year, day('2025-12-31'), null), true);
  assert.equal(formatDay(year.end), '2025-12-31');
});

test('years below 1000 are not read as 19xx', () => {
  assert.equal(parseDateSpan('0099'), null);
  assert.equal(parseDateSpan('0099-05-01'), null);
});
