/** The HTTP server: security headers, the API router under /api, the dashboard for every other GET, problem JSON for every error. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { WebHandler } from '../web/serve-web.ts';
import { createApiContext, type ApiContext, type ApiOptions } from './api-context.ts';
import { openApiDocument } from './openapi.ts';
import { sendProblem, statusOf } from './problem.ts';
import { Router } from './router.ts';
import { addAnalysisRoutes, warmAnalyses } from './routes/analysis-routes.ts';
import { addEntityRoutes } from './routes/entity-routes.ts';
import { addWriteRoutes } from './routes/write-routes.ts';
import { sendReply } from './send-reply.ts';

export interface ServerOptions extends ApiOptions {
  /** Serves everything outside /api (the dashboard); without it those paths answer 404. */
  web?: WebHandler;
  /** Where 500s are logged with their stack (default: stderr). */
  log?: (line: string) => void;
}

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

// Receiving a request (headers and body) may take this long; analyses answer from the cache well within it.
const REQUEST_TIMEOUT_MS = 30_000;
const HEADERS_TIMEOUT_MS = 10_000;

/** Every route of the API, for building the server and for checking the OpenAPI document against it. */
export function buildRouter(api: ApiContext): Router {
  const router = new Router();
  router.add('GET', '/api/openapi.json', async () => ({ body: openApiDocument }));
  addEntityRoutes(router, api);
  addAnalysisRoutes(router, api);
  addWriteRoutes(router, api);
  return router;
}

/** The request handler, separate from the server so that tests and other servers can mount it. */
export function createRequestHandler(options: ServerOptions): { handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>; api: ApiContext; router: Router } {
  const api = createApiContext(options);
  const router = buildRouter(api);
  if (api.warm) warmAnalyses(api);
  const log = options.log ?? ((line: string) => process.stderr.write(line));
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      sendProblem(res, 400, 'the request target is not a valid URL', String(req.url).slice(0, 200));
      return;
    }
    const instance = url.pathname;
    try {
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        const { route, params } = router.match(req.method ?? 'GET', url.pathname);
        const reply = await route.handler({ req, res, url, params, query: url.searchParams });
        if (!reply.headers?.['cache-control']) res.setHeader('cache-control', 'no-store');
        sendReply(req, res, url, reply);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendProblem(res, 405, `${req.method} is not allowed on ${url.pathname}; the dashboard answers GET and HEAD`, instance, { allow: 'GET, HEAD' });
        return;
      }
      if (!options.web) {
        sendProblem(res, 404, `nothing at ${url.pathname}; the API is under /api (see /api/openapi.json)`, instance);
        return;
      }
      await options.web(req, res);
    } catch (error) {
      const known = statusOf(error);
      if (known) {
        sendProblem(res, known.status, known.detail, instance, known.headers);
        return;
      }
      log(`poachwatch serve: internal error on ${req.method} ${url.pathname}${url.search}:\n${(error as Error)?.stack ?? String(error)}\n`);
      sendProblem(res, 500, 'internal error (a bug in poachwatch; the server log has the details)', instance);
    }
  };
  return { handle, api, router };
}

/** A node:http server over the API and the dashboard, with request timeouts set. Call listen() on it. */
export function createApiServer(options: ServerOptions): { server: Server; api: ApiContext; router: Router } {
  const { handle, api, router } = createRequestHandler(options);
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.keepAliveTimeout = 5_000;
  return { server, api, router };
}
