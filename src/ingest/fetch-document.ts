/** Fetches one http(s) document safely: checked addresses, manual redirects, a size cap and one overall timeout. */
import { lookup as dnsLookup } from 'node:dns/promises';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { InputError } from '../core/errors.ts';
import { formatBytes } from './_format-bytes.ts';
import { classifyAddress } from './classify-address.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, USER_AGENT, type IngestOptions } from './ingest-options.ts';
import { readStreamBytes } from './read-stream-bytes.ts';

export interface FetchedDocument {
  bytes: Uint8Array;
  /** The final URL, after redirects. */
  url: string;
  /**
   * Where the requested URL has moved for good: the URL after the leading run of permanent
   * redirects (301, 308), or null when the first hop was not one (a feed reader should subscribe there).
   */
  movedTo: string | null;
  contentType: string | null;
  /** The final response's status (2xx, or one `FetchRequest.passStatus` let through with an empty body). */
  status: number;
  /** The final response's headers (ETag, Last-Modified, Cache-Control, Retry-After for feeds). */
  headers: IncomingHttpHeaders;
}

/** Per-request extras, for callers such as feed polling that send conditional requests. */
export interface FetchRequest {
  /** Added to (and replacing) the default request headers: `accept`, `if-none-match`, `if-modified-since`. */
  headers?: Record<string, string>;
  /** Final statuses outside 2xx to return, body unread, instead of throwing 'http-status' (304, 429, 503). */
  passStatus?: (status: number) => boolean;
}

/** Replaceable parts, for tests that need one loopback address to count as public. */
export interface FetchInternals {
  classify?: (address: string) => string | null;
}

interface Target {
  address: string;
  family: 4 | 6;
}

/**
 * Fetches `url` (http or https). Every address the host name resolves to is checked and loopback,
 * private, link-local, multicast, CGNAT and unspecified ones are refused unless `allowPrivate`; the
 * connection goes to the address that was checked (no second lookup, so no DNS rebinding). Redirects
 * are followed by hand, each hop checked again, at most `maxRedirects`. The body is capped at
 * `maxBytes` while it streams, and `timeoutMs` covers everything. Errors are InputErrors naming `url`:
 * 'fetch-failed', 'refused-address', 'timeout', 'too-many-redirects', 'http-status', 'too-large', 'unsupported'.
 */
export async function fetchDocument(url: string, opts: IngestOptions = {}, internals: FetchInternals = {}, request: FetchRequest = {}): Promise<FetchedDocument> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new InputError('timeout', `${url}: timed out after ${timeoutMs} ms`, url));
    }, timeoutMs);
  });
  try {
    const classify = opts.allowPrivate ? () => null : internals.classify ?? classifyAddress;
    return await Promise.race([followRedirects(url, opts, classify, controller.signal, request), timedOut]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

async function followRedirects(start: string, opts: IngestOptions, classify: (a: string) => string | null, signal: AbortSignal, request: FetchRequest): Promise<FetchedDocument> {
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let current = start;
  let movedTo: string | null = null;
  let permanent = true;
  for (let hop = 0; ; hop++) {
    const target = parseHttpUrl(current, start);
    const addresses = await resolveSafely(target, start, classify);
    const res = await sendRequest(target, addresses, signal, start, request.headers);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.destroy();
      if (hop >= maxRedirects) {
        throw new InputError('too-many-redirects', `${start}: more than ${maxRedirects} redirects (last to ${truncate(res.headers.location)})`, start);
      }
      current = new URL(res.headers.location, current).toString();
      permanent &&= status === 301 || status === 308;
      if (permanent) movedTo = current;
      continue;
    }
    if ((status < 200 || status >= 300) && request.passStatus?.(status)) {
      res.destroy();
      return { bytes: new Uint8Array(0), url: current, movedTo, contentType: headerValue(res.headers['content-type']), status, headers: res.headers };
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      const hopNote = current === start ? '' : ` from ${current}`;
      throw new InputError('http-status', `${start}: HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}${hopNote}`, start);
    }
    const bytes = await readBody(res, opts.maxBytes ?? DEFAULT_MAX_BYTES, start);
    return { bytes, url: current, movedTo, contentType: headerValue(res.headers['content-type']), status, headers: res.headers };
  }
}

function parseHttpUrl(value: string, source: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError('fetch-failed', `${source}: not a valid URL (${truncate(value)})`, source);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError('unsupported', `${source}: only http and https can be fetched, not ${url.protocol} (${truncate(value)})`, source);
  }
  return url;
}

/** Resolves the host and checks every address it has; returns them, the only ones we will connect to. */
async function resolveSafely(url: URL, source: string, classify: (a: string) => string | null): Promise<Target[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let targets: Target[];
  if (isIP(host)) {
    targets = [{ address: host, family: isIP(host) as 4 | 6 }];
  } else {
    try {
      const found = await dnsLookup(host, { all: true, verbatim: true });
      targets = found.map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
    } catch (err) {
      throw new InputError('fetch-failed', `${source}: cannot resolve host ${host} (${(err as NodeJS.ErrnoException).code ?? 'lookup failed'})`, source, { cause: err });
    }
  }
  if (targets.length === 0) throw new InputError('fetch-failed', `${source}: host ${host} has no addresses`, source);
  for (const t of targets) {
    const range = classify(t.address);
    const via = (t.address === host ? '' : ` (${host})`) + (url.href === new URL(source).href ? '' : ` after a redirect to ${truncate(url.href)}`);
    if (range) throw new InputError('refused-address', `${source}: refused to fetch from ${range} address ${t.address}${via}; allow private addresses to fetch it`, source);
  }
  return targets;
}

function sendRequest(url: URL, targets: Target[], signal: AbortSignal, source: string, extraHeaders: Record<string, string> = {}): Promise<IncomingMessage> {
  // Hand the socket the addresses we checked instead of letting it look the name up again
  // (with `all`, Node tries them in turn, IPv6 and IPv4, as it would after its own lookup).
  const lookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as (e: null, a: Target[]) => void)(null, targets);
    else callback(null, targets[0].address, targets[0].family);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method: 'GET',
      lookup,
      signal,
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5', 'accept-encoding': 'gzip, deflate, br', ...extraHeaders },
    });
    req.on('response', resolve);
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (signal.aborted) return; // the timeout has already rejected the whole fetch
      reject(new InputError('fetch-failed', `${source}: cannot fetch ${url.host} (${err.code ?? err.message})`, source, { cause: err }));
    });
    req.end();
  });
}

async function readBody(res: IncomingMessage, maxBytes: number, source: string): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  const encoding = (headerValue(res.headers['content-encoding']) ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new InputError('too-large', `${source}: too large (${formatBytes(declared)}, limit ${formatBytes(maxBytes)})`, source);
  }
  // The limit applies to the decompressed text, so a small compressed bomb cannot blow up memory.
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip()
    : encoding === 'deflate' ? createInflate()
      : encoding === 'br' ? createBrotliDecompress() : null;
  const body = decoder ?? res;
  if (decoder) {
    res.on('error', (err) => decoder.destroy(err));
    res.pipe(decoder);
  }
  try {
    return await readStreamBytes(body, maxBytes, source);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const what = decoder ? `cannot decompress the ${encoding} body` : 'connection lost while reading the body';
    throw new InputError('fetch-failed', `${source}: ${what} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, source, { cause: err });
  } finally {
    res.destroy();
  }
}

function headerValue(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? value[0] ?? null : value ?? null;
}

function truncate(s: string): string {
  return s.length > 100 ? `${s.slice(0, 100)}…` : s;
}
