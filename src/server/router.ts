/** A small router: method + path template (`/api/people/{key}`) → handler, with 404 and 405 decided here. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpError } from './problem.ts';

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Path parameters, decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
}

/** What a handler answers: a JSON body (status 200 unless given), optionally with a CSV rendering of it; or nothing (204). */
export interface Reply {
  status?: number;
  body?: unknown;
  /** Rows for ?format=csv / Accept: text/csv; endpoints without it answer JSON only. */
  csv?: () => { columns: string[]; rows: unknown[][] };
  headers?: Record<string, string>;
}

export type Handler = (ctx: RequestContext) => Promise<Reply>;

export type Method = 'GET' | 'POST' | 'DELETE';

export interface Route {
  method: Method;
  /** OpenAPI-style template, e.g. /api/claims/{id}. */
  path: string;
  handler: Handler;
}

interface Compiled extends Route {
  pattern: RegExp;
  names: string[];
}

export interface Match {
  route: Route;
  params: Record<string, string>;
}

export class Router {
  readonly #routes: Compiled[] = [];

  add(method: Method, path: string, handler: Handler): this {
    const names: string[] = [];
    const source = path
      .split('/')
      .map((part) => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(m[1]);
        return '([^/]+)';
      })
      .join('/');
    this.#routes.push({ method, path, handler, pattern: new RegExp(`^${source}$`), names });
    return this;
  }

  /** Every route, for the OpenAPI check. */
  get routes(): Route[] {
    return this.#routes.map(({ method, path, handler }) => ({ method, path, handler }));
  }

  /**
   * The route for a request; HEAD is answered as GET (Node leaves the body out). Throws a 404 problem
   * when no path matches, and a 405 with Allow when the path matches under other methods only.
   */
  match(method: string, pathname: string): Match {
    const wanted = method === 'HEAD' ? 'GET' : method;
    const allowed = new Set<string>();
    for (const route of this.#routes) {
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      if (route.method !== wanted) {
        allowed.add(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeParam(m[i + 1]);
      });
      return { route, params };
    }
    if (allowed.size) {
      if (allowed.has('GET')) allowed.add('HEAD');
      const allow = [...allowed].sort().join(', ');
      throw httpError(405, `${method} is not allowed on ${pathname}; allowed: ${allow}`, { allow });
    }
    throw httpError(404, `no API endpoint at ${pathname} (see /api/openapi.json)`);
  }
}

function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw httpError(400, `path: '${raw.slice(0, 40)}' is not valid percent-encoding`);
  }
}
