/** Tests for partial-date bounds and query windows. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { boundDate, boundWindow } from './_date-bounds.ts';

describe('boundDate', () => {
  it('spans the whole year, month or day the date can mean', () => {
    assert.deepEqual(boundDate('2025'), { first: '2025-01-01', last: '2025-12-31', precision: 'year' });
    assert.deepEqual(boundDate('2025-07'), { first: '2025-07-01', last: '2025-07-31', precision: 'month' });
    assert.deepEqual(boundDate('2025-07-29'), { first: '2025-07-29', last: '2025-07-29', precision: 'day' });
  });
  it('is null for absent or malformed dates', () => {
    for (const d of [null, undefined, '', 'July 2025', '2025-7', '2025-07-29T10:00']) assert.equal(boundDate(d), null, String(d));
  });
});

describe('boundWindow', () => {
  it('takes the first day of since and the last day of until', () => {
    assert.deepEqual(boundWindow({ since: '2025-03', until: '2025-09' }), { sinceFirst: '2025-03-01', untilLast: '2025-09-31' });
    assert.deepEqual(boundWindow(undefined), { sinceFirst: null, untilLast: null });
  });
  it('rejects a malformed bound with what it expected', () => {
    assert.throws(() => boundWindow({ until: 'last week' }), {
      name: 'InputError',
      message: "until: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got 'last week' (e.g. 2025-07)",
    });
  });
});
