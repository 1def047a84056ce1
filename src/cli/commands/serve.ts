/** `poachwatch serve`: serve the dashboard and the HTTP API over a store until SIGINT or SIGTERM. */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { InputError } from '../../core/errors.ts';
import type { Gazetteer } from '../../orgs/index.ts';
import { createApiServer } from '../../server/index.ts';
import type { Store } from '../../store/index.ts';
import { createWebHandler } from '../../web/serve-web.ts';
import { parseCount, parseVerbArgs } from '../args.ts';
import { gazetteerFrom, gazetteerOptions, openStoreFrom, storeOptions, storeUrlFrom } from '../common-options.ts';
import { EXIT, type CliIO } from '../io.ts';

export const serveOptions = {
  ...storeOptions,
  ...gazetteerOptions,
  port: { type: 'string' },
  host: { type: 'string' },
  'token-file': { type: 'string' },
  'allow-private': { type: 'boolean' },
} as const;

export const DEFAULT_PORT = 8080;
// Loopback by default: serving a store to the network is a choice (--host 0.0.0.0).
export const DEFAULT_HOST = '127.0.0.1';

export interface Serving {
  /** e.g. http://localhost:8080 */
  url: string;
  port: number;
  /** Stops accepting, ends open connections, then closes the store. */
  close(): Promise<void>;
}

/** The write token: --token-file's first line, else $POACHWATCH_API_TOKEN, else null (writes disabled). */
export function tokenFrom(values: { 'token-file'?: string }, io: CliIO): string | null {
  const file = values['token-file'];
  if (file !== undefined) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (cause) {
      throw new InputError('bad-config', `--token-file: cannot read ${file} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`, file, { cause });
    }
    const token = content.split('\n')[0].trim();
    if (!token) throw new InputError('bad-config', `--token-file: ${file} is empty; write the token on its first line`, file);
    return token;
  }
  return io.env.POACHWATCH_API_TOKEN?.trim() || null;
}

/** Starts the server over an open store; the store is closed by `close()`. */
export async function startServing(opts: {
  store: Store; gazetteer: () => Gazetteer; token: string | null; allowPrivate: boolean; port: number; host: string; io: CliIO;
}): Promise<Serving> {
  const web = await createWebHandler();
  const { server } = createApiServer({
    store: opts.store, gazetteer: opts.gazetteer, token: opts.token, allowPrivate: opts.allowPrivate, web, warm: true,
    log: (line) => opts.io.err(line),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new InputError('bad-config', `port ${opts.port} on ${opts.host} is already in use; choose another with --port`));
      else if (error.code === 'EACCES') reject(new InputError('bad-config', `port ${opts.port} needs privileges; choose one above 1023 with --port`));
      else reject(error);
    });
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shown = opts.host === '127.0.0.1' || opts.host === '::1' || opts.host === 'localhost' ? 'localhost' : opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${shown}:${port}`,
    port,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await opts.store.close();
      })();
      return closing;
    },
  };
}

/** Resolves on the first SIGINT or SIGTERM, after `serving` has closed. */
export function closeOnSignal(serving: Serving, io: CliIO): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      io.err(`poachwatch: ${signal}: closing the server and the store\n`);
      serving.close().then(resolve, resolve);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
  });
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('serve', argv, serveOptions);
  return serveUntilSignal(values, io);
}

type ServeValues = ReturnType<typeof parseVerbArgs<typeof serveOptions>>['values'];

/**
 * Opens the store, lets `prepare` work on it (start: ingest the samples into an empty store),
 * serves it, prints the address, and returns once a signal has closed the server and the store.
 */
export async function serveUntilSignal(
  values: ServeValues,
  io: CliIO,
  prepare?: (store: Store, gazetteer: () => Gazetteer) => Promise<void>,
): Promise<number> {
  const port = parseCount('port', values.port, 0) ?? DEFAULT_PORT;
  if (port > 65535) throw new InputError('usage', `--port: expected a port from 0 to 65535, got "${values.port}"`);
  const token = tokenFrom(values, io);
  const db = storeUrlFrom(values, io);
  let gazetteer: Gazetteer | undefined;
  const loadGazetteer = () => (gazetteer ??= gazetteerFrom(values, io));
  const store = await openStoreFrom({ db }, io);
  let serving: Serving;
  try {
    await prepare?.(store, loadGazetteer);
    serving = await startServing({
      store, gazetteer: loadGazetteer, token, allowPrivate: values['allow-private'] ?? false,
      port, host: values.host ?? DEFAULT_HOST, io,
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  io.out(`poachwatch: serving ${serving.url} (store ${db})\n`);
  if (!token) io.out('poachwatch: writes (ingest, curation) are disabled: set POACHWATCH_API_TOKEN or --token-file FILE\n');
  await closeOnSignal(serving, io);
  return EXIT.ok;
}
