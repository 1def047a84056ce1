/** The dashboard's pages and bundled assets, served for every non-API GET request. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { InternalError } from '../core/errors.ts';

export type WebHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

interface Asset {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  etag: string;
}

export interface WebBundle {
  /** index.html with the hashed asset URLs filled in. */
  html: Buffer;
  /** By URL path: `/assets/main-<hash>.js` … */
  assets: Map<string, Asset>;
}

const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
const ASSET_PREFIX = '/assets/';

// Scripts and styles come only from this origin, and no inline script runs: even if an article's
// text reached the DOM as markup by mistake, a `<script>` or `onerror=` in it could not execute.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

// Paths the client router knows (web/router.ts); anything else gets the app with status 404.
const APP_ROUTES = [/^\/$/, /^\/org\/[^/]+\/?$/, /^\/person\/[^/]+\/?$/, /^\/document\/\d+\/?$/, /^\/search\/?$/, /^\/curation\/?$/];

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function makeAsset(body: Buffer, type: string, hash: string): Asset {
  // Compressing once here costs milliseconds at startup and saves ~70% of every first load.
  const gzip = body.length > 1024 ? gzipSync(body, { level: 9 }) : null;
  return { body, gzip, type, etag: `"${hash}"` };
}

/**
 * Bundles web/ with esbuild, in memory: one minified script and one stylesheet whose names carry
 * a content hash, so they can be cached forever while index.html is revalidated on every load.
 */
export async function buildWebBundle(): Promise<WebBundle> {
  const result = await build({
    absWorkingDir: WEB_DIR,
    entryPoints: ['main.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020', 'chrome100', 'safari15', 'firefox100'],
    outdir: '/assets',
    entryNames: '[name]-[hash]',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    metafile: false,
  });
  const assets = new Map<string, Asset>();
  let js: string | null = null;
  let css: string | null = null;
  for (const file of result.outputFiles) {
    const name = basename(file.path);
    const ext = name.slice(name.lastIndexOf('.'));
    const url = `${ASSET_PREFIX}${name}`;
    assets.set(url, makeAsset(Buffer.from(file.contents), TYPES[ext] ?? 'application/octet-stream', file.hash));
    if (ext === '.js') js = url;
    if (ext === '.css') css = url;
  }
  if (!js || !css) throw new InternalError(`the dashboard bundle lacks its ${js ? 'stylesheet' : 'script'}`);
  const template = await readFile(new URL('index.html', `file://${WEB_DIR}`), 'utf8');
  const html = Buffer.from(template.replace('{{js}}', js).replace('{{css}}', css));
  return { html, assets };
}

let bundlePromise: Promise<WebBundle> | null = null;

/** The bundle, built on first use and shared by every server in this process. */
export function webBundle(): Promise<WebBundle> {
  bundlePromise ??= buildWebBundle().catch((error: unknown) => {
    bundlePromise = null;
    throw error;
  });
  return bundlePromise;
}

function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer): void {
  res.writeHead(status, { ...COMMON_HEADERS, ...headers, 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

/** Builds (once) and returns the handler that serves the single-page dashboard and its assets. */
export async function createWebHandler(): Promise<WebHandler> {
  const bundle = await webBundle();
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, Buffer.from('method not allowed\n'));
      return;
    }
    if (path.startsWith(ASSET_PREFIX)) {
      const asset = bundle.assets.get(path);
      if (!asset) {
        send(req, res, 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, Buffer.from('no such asset\n'));
        return;
      }
      const headers: Record<string, string> = {
        'content-type': asset.type,
        'cache-control': 'public, max-age=31536000, immutable',
        etag: asset.etag,
        vary: 'accept-encoding',
      };
      if (req.headers['if-none-match'] === asset.etag) {
        res.writeHead(304, { ...COMMON_HEADERS, ...headers });
        res.end();
        return;
      }
      if (asset.gzip && acceptsGzip(req)) send(req, res, 200, { ...headers, 'content-encoding': 'gzip' }, asset.gzip);
      else send(req, res, 200, headers, asset.body);
      return;
    }
    // A file name at the top level (/favicon.ico, /robots.txt) is not an app page.
    const known = APP_ROUTES.some((re) => re.test(path));
    if (!known && /^\/[^/]+\.[a-z0-9]+$/i.test(path)) {
      send(req, res, 404, { 'content-type': 'text/plain; charset=utf-8' }, Buffer.from('not found\n'));
      return;
    }
    send(req, res, known ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': CSP,
    }, bundle.html);
  };
}
