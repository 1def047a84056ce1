/**
 * One webhook attempt: POST the JSON body and classify the answer.
 *
 * 2xx: delivered. 408, 429 and 5xx, timeouts and network errors: worth retrying. Any other status
 * (other 4xx, and 3xx: redirects are not followed, configure the final URL): permanent. Webhook URLs
 * are configured by the operator, so private and loopback addresses are allowed (unlike ingest
 * fetches); what the receiver can do to us is bounded instead: a timeout over the whole exchange and
 * at most `maxResponseBytes` of the answer read (only for the error message).
 */

export type AttemptResult =
  | { kind: 'delivered'; status: number }
  | { kind: 'retry'; error: string; retryAfterMs?: number }
  | { kind: 'permanent'; error: string };

export interface PostOptions {
  /** Default 10 000. */
  timeoutMs?: number;
  /** Default 64 KiB. */
  maxResponseBytes?: number;
  idempotencyKey: string;
}

export async function postWebhook(url: string, body: unknown, options: PostOptions): Promise<AttemptResult> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { kind: 'permanent', error: 'invalid webhook URL' };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { kind: 'permanent', error: `webhook URL must be http or https, not ${target.protocol}` };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'idempotency-key': options.idempotencyKey, 'user-agent': 'poachwatch-alerts/1' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal,
    });
    const text = await readLimited(response, options.maxResponseBytes ?? 65_536);
    const status = response.status;
    if (status >= 200 && status < 300) return { kind: 'delivered', status };
    const detail = `HTTP ${status}${text ? `: ${text.replace(/\s+/g, ' ').trim().slice(0, 200)}` : ''}`;
    if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', error: detail, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) };
    return { kind: 'permanent', error: detail };
  } catch (cause) {
    if (signal.aborted) return { kind: 'retry', error: `no answer within ${timeoutMs} ms` };
    const e = cause as Error & { cause?: { code?: string; message?: string } };
    return { kind: 'retry', error: `network error: ${e.cause?.code ?? e.cause?.message ?? e.message}` };
  }
}

/** Reads at most `limit` bytes of the body as text and drops the rest. */
async function readLimited(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= limit) {
      await reader.cancel().catch(() => {});
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

/** Retry-After in seconds or as an HTTP date, in ms; undefined when absent or unreadable. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d{1,6}$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
