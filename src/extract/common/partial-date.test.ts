/** Partial-date arithmetic. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, comparePartialDates, formatPartialDate, parsePartialDate, shiftMonth } from './partial-date.ts';

test('parse and format keep the precision', () => {
  assert.deepEqual(parsePartialDate('2025-08'), { year: 2025, month: 8, day: null });
  assert.equal(formatPartialDate({ year: 2025, month: 8, day: 4 }), '2025-08-04');
  assert.equal(formatPartialDate({ year: 2025, month: null, day: null }), '2025');
  assert.equal(parsePartialDate('soon'), null);
});

test('months and days roll over year ends', () => {
  assert.deepEqual(shiftMonth(2025, 1, -1), { year: 2024, month: 12, day: null });
  assert.deepEqual(addDays(2025, 3, 1, -1), { year: 2025, month: 2, day: 28 });
});

test('comparison at the shared precision', () => {
  assert.equal(comparePartialDates('2025-08', '2025-08-13'), 0);
  assert.ok(comparePartialDates('2023', '2025-10') < 0);
});
