/** Writes a handler's reply as JSON, or as CSV when the client asks for it (?format=csv or Accept: text/csv). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stringify } from 'csv-stringify/sync';
import { httpError } from './problem.ts';
import type { Reply } from './router.ts';

/** Whether the request wants CSV: ?format=csv wins; otherwise an Accept header that prefers text/csv to JSON. */
export function wantsCsv(req: IncomingMessage, url: URL): boolean {
  const format = url.searchParams.get('format');
  if (format === 'csv') return true;
  if (format === 'json') return false;
  if (format !== null && format !== '') throw httpError(400, `format: expected one of json, csv, got '${format.slice(0, 40)}' (e.g. format=csv)`);
  const accept = (req.headers.accept ?? '').toLowerCase();
  return accept.includes('text/csv') && !accept.includes('application/json');
}

export function sendReply(req: IncomingMessage, res: ServerResponse, url: URL, reply: Reply): void {
  const status = reply.status ?? 200;
  if (reply.body === undefined) {
    res.writeHead(status, { ...reply.headers });
    res.end();
    return;
  }
  if (wantsCsv(req, url)) {
    if (!reply.csv) throw httpError(400, `format: ${url.pathname} answers JSON only (CSV is for tabular endpoints such as /api/moves)`);
    const { columns, rows } = reply.csv();
    const body = stringify([columns, ...rows.map((r) => r.map(csvCell))]);
    const name = url.pathname.replace(/^\/api\//, '').replace(/[^a-z0-9]+/gi, '-') || 'data';
    res.writeHead(status, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.csv"`,
      'content-length': Buffer.byteLength(body),
      ...reply.headers,
    });
    res.end(body);
    return;
  }
  const body = JSON.stringify(reply.body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...reply.headers });
  res.end(body);
}

// Spreadsheets take a leading = + - @ as a formula: a cell from news text must stay text (CSV injection).
function csvCell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
