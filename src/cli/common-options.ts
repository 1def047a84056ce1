/** Options shared by several verbs: the store, the user's organizations, fetch limits. */
import { InputError } from '../core/errors.ts';
import type { IngestOptions } from '../ingest/index.ts';
import { loadGazetteer, type Gazetteer } from '../orgs/index.ts';
import { DEFAULT_STORE_URL, openStore, type Store } from '../store/index.ts';
import { parseBytes, parseDuration, parseCount, parsePartialDate, type OptionSpec } from './args.ts';
import type { CliIO } from './io.ts';

export const storeOptions = {
  db: { type: 'string' },
} satisfies OptionSpec;

export const gazetteerOptions = {
  orgs: { type: 'string', multiple: true },
} satisfies OptionSpec;

export const ingestOptions = {
  published: { type: 'string' },
  'allow-private': { type: 'boolean' },
  'max-bytes': { type: 'string' },
  timeout: { type: 'string' },
  'max-redirects': { type: 'string' },
  include: { type: 'string', multiple: true },
} satisfies OptionSpec;

export const outputOptions = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  limit: { type: 'string' },
} satisfies OptionSpec;

/** The store named by --db, else POACHWATCH_DB, else sqlite:poachwatch.sqlite. */
export function storeUrlFrom(values: { db?: string }, io: CliIO): string {
  return values.db || io.env.POACHWATCH_DB || DEFAULT_STORE_URL;
}

export function openStoreFrom(values: { db?: string }, io: CliIO): Promise<Store> {
  return openStore(storeUrlFrom(values, io));
}

/** The bundled gazetteer plus --orgs files and POACHWATCH_ORGS (colon-separated). */
export function gazetteerFrom(values: { orgs?: string[] }, io: CliIO): Gazetteer {
  const fromEnv = (io.env.POACHWATCH_ORGS ?? '').split(':').filter(Boolean);
  return loadGazetteer({ extraFiles: [...fromEnv, ...(values.orgs ?? [])] });
}

export function ingestOptionsFrom(values: {
  published?: string; 'allow-private'?: boolean; 'max-bytes'?: string; timeout?: string; 'max-redirects'?: string; include?: string[];
}, io: CliIO): IngestOptions {
  return {
    published: parsePartialDate('published', values.published),
    allowPrivate: values['allow-private'] ?? false,
    maxBytes: parseBytes('max-bytes', values['max-bytes']),
    timeoutMs: parseDuration('timeout', values.timeout),
    maxRedirects: parseCount('max-redirects', values['max-redirects'], 0),
    include: values.include,
    stdin: io.stdin,
  };
}

export type OutputFormat = 'table' | 'json' | 'csv';

export function outputFormatFrom(values: { json?: boolean; csv?: boolean }): OutputFormat {
  if (values.json && values.csv) throw new InputError('usage', '--json and --csv: choose one output format');
  return values.json ? 'json' : values.csv ? 'csv' : 'table';
}
