/** Reads a JSON request body: application/json only (415), at most 1 MB (413), well-formed (400). */
import type { IncomingMessage } from 'node:http';
import { httpError } from './problem.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

/** The parsed body. The size is checked from Content-Length first and again while reading, since the header may lie or be absent (chunked). */
export async function readJsonBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    req.resume();
    throw httpError(415, `expected a body of type application/json, got ${type ? `'${type.slice(0, 60)}'` : 'no Content-Type'}`, { 'accept-post': 'application/json' });
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    throw httpError(413, `body too large: ${declared} bytes, limit ${maxBytes}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      // Stop reading: the rest is not wanted (the response closes the connection).
      req.destroy();
      throw httpError(413, `body too large: more than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.trim() === '') throw httpError(400, 'body: expected a JSON object, got an empty body (e.g. {"text": "…"})');
  try {
    return JSON.parse(raw);
  } catch (cause) {
    throw httpError(400, `body: not valid JSON (${(cause as Error).message.slice(0, 100)}); got '${raw.slice(0, 40)}'`);
  }
}
