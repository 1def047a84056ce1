/** Bearer-token check for write endpoints: 403 when writes are disabled or the token is wrong, 401 when none is sent. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { httpError } from './problem.ts';

/**
 * Throws unless the request carries `Authorization: Bearer <token>`. Compared through SHA-256 digests
 * with timingSafeEqual, so neither the content nor the length of the token leaks through timing.
 */
export function checkToken(req: IncomingMessage, token: string | null): void {
  if (!token) throw httpError(403, 'writes are disabled: set POACHWATCH_API_TOKEN (or serve --token-file FILE)');
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw httpError(401, 'this endpoint needs Authorization: Bearer <token>', { 'www-authenticate': 'Bearer realm="poachwatch"' });
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  if (!timingSafeEqual(digest(m[1]), digest(token))) throw httpError(403, 'the token is not the configured one');
}
