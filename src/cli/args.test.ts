import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBytes, parseCount, parseDuration, parsePartialDate, parseVerbArgs, parseWindowBound } from './args.ts';

test('partial dates are checked against the calendar', () => {
  assert.equal(parsePartialDate('published', '2025-07-30'), '2025-07-30');
  assert.equal(parsePartialDate('published', '2025-07'), '2025-07');
  assert.equal(parsePartialDate('published', '2025'), '2025');
  assert.throws(() => parsePartialDate('published', '2025-02-30'), {
    message: '--published: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "2025-02-30" (e.g. --published 2025-07-30)',
  });
  assert.throws(() => parsePartialDate('published', 'July 30'), /got "July 30"/);
});

test('window bounds take spans back from today', () => {
  const today = new Date('2026-11-28T10:00:00Z');
  assert.equal(parseWindowBound('since', '30d', today), '2026-10-29');
  assert.equal(parseWindowBound('since', '6m', today), '2026-05-28');
  assert.equal(parseWindowBound('since', '1y', today), '2025-11-28');
  assert.equal(parseWindowBound('since', '2w', today), '2026-11-14');
  assert.equal(parseWindowBound('since', '2025-01', today), '2025-01');
  assert.throws(() => parseWindowBound('since', 'yesterday', today), {
    message: '--since: expected a date (2025, 2025-07, 2025-07-30) or a span back from today (30d, 12w, 6m, 1y), got "yesterday"',
  });
});

test('counts, sizes and durations name the flag and the value when wrong', () => {
  assert.equal(parseCount('limit', '20'), 20);
  assert.throws(() => parseCount('limit', '0'), { message: '--limit: expected a whole number ≥ 1, got "0" (e.g. --limit 20)' });
  assert.throws(() => parseCount('limit', '-3'), /got "-3"/);
  assert.equal(parseBytes('max-bytes', '5MB'), 5 * 1024 * 1024);
  assert.equal(parseBytes('max-bytes', '512kb'), 512 * 1024);
  assert.equal(parseBytes('max-bytes', '1000'), 1000);
  assert.throws(() => parseBytes('max-bytes', 'lots'), /--max-bytes: expected a size/);
  assert.equal(parseDuration('timeout', '20s'), 20_000);
  assert.equal(parseDuration('timeout', '500ms'), 500);
  assert.equal(parseDuration('timeout', '2m'), 120_000);
  assert.equal(parseDuration('timeout', '7'), 7000);
});

test('unknown flags are usage errors naming the verb', () => {
  assert.throws(() => parseVerbArgs('moves', ['--color'], { json: { type: 'boolean' } }), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'usage');
    assert.match(e.message, /^moves: Unknown option '--color'/);
    return true;
  });
});
