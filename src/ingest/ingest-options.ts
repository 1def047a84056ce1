/** Options for the ingest stage, their defaults, and the item type readSources yields. */
import type { InputError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';

export interface IngestOptions {
  /** Per document, enforced while reading or streaming; default 5 MiB. */
  maxBytes?: number;
  /** Whole fetch, body included; default 20 s. */
  timeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Allow fetching from loopback, private and link-local addresses; default false. */
  allowPrivate?: boolean;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, used only when a document has no date of its own. */
  published?: string;
  /** Patterns for files inside directories; default `**\/*.txt`, `**\/*.md`, `**\/*.html`, `**\/*.htm`. */
  include?: string[];
  /** Stream read for the input `-`; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
}

export type IngestItem =
  | { ok: true; article: Article }
  | { ok: false; source: string; error: InputError };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.html', '**/*.htm'];
export const USER_AGENT = 'poachwatch/0.1';
