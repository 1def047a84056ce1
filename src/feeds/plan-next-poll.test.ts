/** Poll scheduling: interval, server minimums, doubling backoff with jitter, Retry-After, caps. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_BACKOFF_MS, parseMaxAge, parseRetryAfter, planNextPoll } from './index.ts';

const now = new Date('2025-08-01T00:00:00Z');
const delay = (d: Date) => d.getTime() - now.getTime();
const MIN = 60_000;

test('after a success: the interval, or the server minimum (max-age, ttl) when longer, capped at a day', () => {
  assert.equal(delay(planNextPoll({ now, ok: true, consecutiveFailures: 0, intervalMs: 15 * MIN })), 15 * MIN);
  assert.equal(delay(planNextPoll({ now, ok: true, consecutiveFailures: 0, intervalMs: 15 * MIN, minIntervalMs: 60 * MIN })), 60 * MIN);
  assert.equal(delay(planNextPoll({ now, ok: true, consecutiveFailures: 0, intervalMs: 15 * MIN, minIntervalMs: 5 * MIN })), 15 * MIN);
  assert.equal(delay(planNextPoll({ now, ok: true, consecutiveFailures: 0, intervalMs: 15 * MIN, minIntervalMs: 1e12 })), 24 * 60 * MIN);
});

test('after failures: the interval doubles per failure up to 6 h, with ±20 % jitter, and never before Retry-After', () => {
  const at = (n: number, r: number, retryAfterMs?: number) => delay(planNextPoll({ now, ok: false, consecutiveFailures: n, intervalMs: 15 * MIN, random: () => r, retryAfterMs }));
  assert.deepEqual([1, 2, 3, 4].map((n) => at(n, 0.5)), [15 * MIN, 30 * MIN, 60 * MIN, 120 * MIN]);
  assert.equal(at(10, 0.5), MAX_BACKOFF_MS);
  assert.equal(at(1, 0), 12 * MIN);
  assert.equal(at(1, 0.999999), Math.round(15 * MIN * (0.8 + 0.4 * 0.999999)));
  assert.equal(at(1, 0.5, 3 * 60 * MIN), 3 * 60 * MIN);
  assert.equal(at(200, 0.5), MAX_BACKOFF_MS, 'no overflow after many failures');
});

test('Retry-After in seconds or as a date; Cache-Control max-age', () => {
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter('Fri, 01 Aug 2025 01:00:00 GMT', now), 3_600_000);
  assert.equal(parseRetryAfter('soon', now), null);
  assert.equal(parseRetryAfter(undefined, now), null);
  assert.equal(parseMaxAge('public, max-age=600, must-revalidate'), 600_000);
  assert.equal(parseMaxAge('no-cache'), null);
});
