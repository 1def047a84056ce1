/** The dashboard's only way to the server: JSON over /api, problem+json errors surfaced as ApiError. */

const TOKEN_KEY = 'poachwatch.token';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === null || v === undefined || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function readError(res: Response): Promise<ApiError> {
  let detail = res.statusText;
  try {
    const body = await res.json() as { detail?: string; title?: string };
    detail = body.detail || body.title || detail;
  } catch { /* not JSON: keep the status text */ }
  return new ApiError(res.status, `${res.status} ${detail}`);
}

export async function getJson<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  const res = await fetch(apiUrl(path, query), { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw await readError(res);
  return await res.json() as T;
}

/** Like getJson, but a failure becomes `fallback` so one broken panel does not blank the page. */
export async function getJsonOr<T>(path: string, query: Query | undefined, fallback: T, signal?: AbortSignal): Promise<T> {
  try {
    return await getJson<T>(path, query, signal);
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    console.warn(`GET ${path} failed:`, error);
    return fallback;
  }
}

export function getToken(): string | null {
  try { return sessionStorage.getItem(TOKEN_KEY); } catch { return null; }
}

export function setToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* storage disabled: the token lives no longer than the page */ }
}

let writes = 0;

/** How many writes this page has made: whatever was read before one may have changed (org-names.ts reloads). */
export function writeCount(): number {
  return writes;
}

/** A write call with the pasted token (POST/DELETE /api/curation). */
export async function sendJson<T>(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = getToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(apiUrl(path), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw await readError(res);
  writes++;
  const text = await res.text();
  return (text ? JSON.parse(text) : null) as T;
}

/** A list answer: `{ items, total, limit, offset }`; plain arrays are accepted too. */
export function itemsOf<T>(body: unknown): T[] {
  if (Array.isArray(body)) return body as T[];
  if (body && typeof body === 'object' && Array.isArray((body as { items?: unknown }).items)) return (body as { items: T[] }).items;
  return [];
}
