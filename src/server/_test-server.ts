/** Test-only: a real HTTP server on 127.0.0.1 (port 0) over a store seeded with the sample corpus. */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../orgs/index.ts';
import { runIngest } from '../pipeline.ts';
import type { Store } from '../store/index.ts';
import { createApiServer } from './create-api-server.ts';
import type { ApiContext } from './api-context.ts';
import type { Router } from './router.ts';

const samples = fileURLToPath(new URL('../../samples/', import.meta.url));
export const TEST_TOKEN = 'test-token-0123456789';

/** Ingests the sample corpus (45 articles, Korean and English) into `store`. */
export async function seedSamples(store: Store): Promise<void> {
  const report = await runIngest([join(samples, 'ko'), join(samples, 'en')], { store, gazetteer: loadGazetteer() });
  if (report.failed) throw new Error(`seeding failed: ${JSON.stringify(report.failures)}`);
}

export interface TestServer {
  base: string;
  api: ApiContext;
  router: Router;
  logs: string[];
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestServer(store: Store, options: { token?: string | null; warm?: boolean } = {}): Promise<TestServer> {
  const logs: string[] = [];
  const gazetteer = loadGazetteer();
  const { server, api, router } = createApiServer({
    store, gazetteer: () => gazetteer, token: options.token === undefined ? TEST_TOKEN : options.token,
    web: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>dashboard</title>');
    },
    log: (line) => logs.push(line),
    warm: options.warm,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base, api, router, logs,
    fetch: (path, init) => fetch(base + path, init),
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
