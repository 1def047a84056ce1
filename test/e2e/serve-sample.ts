/**
 * Starts the real API server with the dashboard on 127.0.0.1 (port 0) over a fresh SQLite store holding
 * the sample corpus, plus extra documents when asked: what the browser tests and the screenshot
 * script drive. `close()` stops the server and removes the store.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { runIngest } from '../../src/pipeline.ts';
import { defaultGazetteer } from '../../src/orgs/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { createApiServer, type AnalysisCache } from '../../src/server/index.ts';
import { createWebHandler } from '../../src/web/serve-web.ts';

export const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));

export interface SampleServer {
  url: string;
  token: string;
  store: Store;
  dir: string;
  close(): Promise<void>;
}

export interface SampleServerOptions {
  /** Extra documents (file name → text) ingested after the samples. */
  extra?: Record<string, string>;
  /** Use this store instead of ingesting the samples (the benchmark's synthetic one). */
  store?: Store;
  token?: string;
  /** The API's analysis cache (the benchmark empties it to time cold requests). */
  cache?: AnalysisCache;
  /** Where the server logs internal errors (default: stderr). */
  log?: (line: string) => void;
}

export async function startSampleServer(options: SampleServerOptions = {}): Promise<SampleServer> {
  const dir = mkdtempSync(join(tmpdir(), 'poachwatch-e2e-'));
  const gazetteer = defaultGazetteer();
  let store = options.store;
  if (!store) {
    store = await openStore(`sqlite:${join(dir, 'store.sqlite')}`);
    const inputs = [join(samplesDir, 'ko'), join(samplesDir, 'en')];
    if (options.extra) {
      const extraDir = join(dir, 'extra');
      mkdirSync(extraDir);
      for (const [name, text] of Object.entries(options.extra)) writeFileSync(join(extraDir, name), text);
      inputs.push(extraDir);
    }
    await runIngest(inputs, { store, gazetteer });
  }
  const token = options.token ?? 'e2e-token-0123456789';
  const { server } = createApiServer({ store, gazetteer: () => gazetteer, token, cache: options.cache, web: await createWebHandler(), log: options.log ?? ((line) => process.stderr.write(line)) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const ownStore = !options.store;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    store,
    dir,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (ownStore) await store!.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
