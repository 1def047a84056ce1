/** RFC 9457 problem details: the one shape every API error is answered in. */
import { STATUS_CODES, type ServerResponse } from 'node:http';
import { HttpError, InputError } from '../core/errors.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
}

/** The problem object for a status; `type` is about:blank, so `title` is the status' standard phrase (RFC 9457 §4.2.1). */
export function toProblem(status: number, detail: string, instance: string): Problem {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail, instance };
}

/** Writes a problem response, unless headers are already out (then the connection is cut: a half-sent body must not look complete). */
export function sendProblem(res: ServerResponse, status: number, detail: string, instance: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify(toProblem(status, detail, instance));
  res.writeHead(status, { 'content-type': 'application/problem+json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...headers });
  res.end(body);
}

// How the store's and ingest's InputError codes read as HTTP statuses.
const INPUT_STATUS: Partial<Record<InputError['code'], number>> = {
  'not-found': 404,
  'too-large': 413,
};

/** The status and detail an error thrown by a handler is answered with; null for a bug (500, logged). */
export function statusOf(error: unknown): { status: number; detail: string; headers?: Record<string, string> } | null {
  if (error instanceof HttpError) return { status: error.status, detail: error.message, headers: (error as HttpError & { headers?: Record<string, string> }).headers };
  if (error instanceof InputError) return { status: INPUT_STATUS[error.code] ?? 400, detail: error.message };
  return null;
}

/** An HttpError that also sets response headers (Allow on 405, WWW-Authenticate on 401). */
export function httpError(status: number, message: string, headers?: Record<string, string>): HttpError {
  const error = new HttpError(status, message) as HttpError & { headers?: Record<string, string> };
  if (headers) error.headers = headers;
  return error;
}
