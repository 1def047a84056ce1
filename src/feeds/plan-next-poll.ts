/** When to poll a feed next: its interval after a success, doubling backoff with jitter after failures, never before the server asks. */

/** Backoff never grows past this, so a feed that comes back is noticed within hours. */
export const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;
/** A server's max-age, ttl or Retry-After is honoured up to this; beyond, it looks like a mistake or hostility. */
export const MAX_SERVER_DELAY_MS = 24 * 60 * 60 * 1000;

export interface PollPlanInput {
  now: Date;
  ok: boolean;
  /** Consecutive failures including this poll's (0 after a success). */
  consecutiveFailures: number;
  intervalMs: number;
  /** The soonest the server wants to be asked again: Cache-Control max-age, RSS ttl. */
  minIntervalMs?: number | null;
  /** Retry-After of a 429 or 503. */
  retryAfterMs?: number | null;
  /** [0, 1); jitter spreads retries of feeds that failed together. */
  random?: () => number;
}

/**
 * After a success: `max(interval, max-age/ttl)`. After n failures: `interval × 2^(n−1)` capped at 6 h,
 * times a jitter factor in [0.8, 1.2), and not before Retry-After. Server-given delays are capped at 24 h.
 * @example planNextPoll({ now, ok: false, consecutiveFailures: 3, intervalMs: 15 * 60_000 }) // ≈ now + 1 h
 */
export function planNextPoll(input: PollPlanInput): Date {
  const serverMin = Math.min(input.minIntervalMs ?? 0, MAX_SERVER_DELAY_MS);
  let delay: number;
  if (input.ok) {
    delay = Math.max(input.intervalMs, serverMin);
  } else {
    const exponent = Math.min(Math.max(input.consecutiveFailures - 1, 0), 30);
    const backoff = Math.min(input.intervalMs * 2 ** exponent, MAX_BACKOFF_MS);
    const jitter = 0.8 + 0.4 * (input.random ?? Math.random)();
    delay = Math.max(backoff * jitter, Math.min(input.retryAfterMs ?? 0, MAX_SERVER_DELAY_MS));
  }
  return new Date(input.now.getTime() + Math.round(delay));
}

/** Retry-After as seconds or an HTTP date, in ms from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date): number | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d{1,10}$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/** Cache-Control max-age in ms; null when absent. */
export function parseMaxAge(value: string | undefined): number | null {
  const m = /(?:^|[,\s])max-age\s*=\s*"?(\d{1,10})"?/i.exec(value ?? '');
  return m ? Number(m[1]) * 1000 : null;
}
