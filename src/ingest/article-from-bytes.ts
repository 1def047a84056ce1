/** Turns the raw bytes of one document into an Article: checks, decoding, HTML reading, title, date, language. */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { InputError } from '../core/errors.ts';
import type { Article, PartialDate } from '../core/types.ts';
import { formatBytes } from './_format-bytes.ts';
import { decodeBytes, sniffBom } from './decode-bytes.ts';
import { describeBinary } from './describe-binary.ts';
import { detectLang } from './detect-lang.ts';
import { findPublishedDate, type PublishedDate } from './find-published-date.ts';
import { DEFAULT_MAX_BYTES, type IngestOptions } from './ingest-options.ts';
import { readHtml } from './read-html.ts';

export interface SourceMeta {
  /** Path, URL or `-`, for Article.source and error messages. */
  source: string;
  /** Final URL after redirects, for fetched documents. */
  url?: string | null;
  /** Content-Type header of a fetched document. */
  contentType?: string | null;
}

type MediaType = Article['mediaType'];

const EXTENSIONS: Record<string, MediaType> = {
  '.txt': 'text/plain', '.text': 'text/plain', '.md': 'text/markdown', '.markdown': 'text/markdown',
  '.html': 'text/html', '.htm': 'text/html', '.xhtml': 'text/html',
};
const CONTENT_TYPES: Record<string, MediaType> = {
  'text/html': 'text/html', 'application/xhtml+xml': 'text/html', 'text/plain': 'text/plain',
  'text/markdown': 'text/markdown', 'text/x-markdown': 'text/markdown',
};
const MAX_TITLE = 300;

/**
 * Decodes and reads one document. Pure: no disk or network. Throws InputError ('empty', 'binary',
 * 'too-large', 'encoding', 'unsupported', 'usage' for a bad `opts.published`).
 * @example articleFromBytes(new TextEncoder().encode('제목\n\n입력 2025.08.14\n\n본문'), { source: 'x.txt' })
 */
export function articleFromBytes(bytes: Uint8Array, meta: SourceMeta, opts: IngestOptions = {}): Article {
  const { source } = meta;
  const cliDate = checkPublishedOption(opts.published);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new InputError('empty', `${source}: empty ${source === '-' || meta.url ? 'document' : 'file'} (0 bytes)`, source);
  if (bytes.length > maxBytes) {
    throw new InputError('too-large', `${source}: too large (${formatBytes(bytes.length)}, limit ${formatBytes(maxBytes)})`, source);
  }
  const mediaType = chooseMediaType(bytes, meta);
  if (!sniffBom(bytes)) {
    const why = describeBinary(bytes);
    if (why) throw new InputError('binary', `${source}: binary data, not text (${why})`, source);
  }
  const decoded = decodeBytes(bytes, { source, contentType: meta.contentType, html: mediaType === 'text/html' });
  const raw = decoded.text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');

  let title: string | null;
  let text: string;
  let published: PublishedDate | null;
  if (mediaType === 'text/html') {
    const html = readHtml(raw);
    title = html.title;
    text = html.text.normalize('NFC');
    published = html.published ?? findPublishedDate({ text });
    if (!text.trim()) throw new InputError('empty', `${source}: no readable text in the HTML`, source);
  } else {
    text = raw.normalize('NFC');
    if (!text.trim()) throw new InputError('empty', `${source}: no text (only whitespace, ${formatBytes(bytes.length)})`, source);
    title = findTextTitle(text, mediaType);
    published = findPublishedDate({ text });
  }
  if (!published && cliDate) published = { date: cliDate, from: 'cli' };
  return {
    source,
    url: meta.url ?? null,
    title: title ? title.normalize('NFC') : null,
    text,
    lang: detectLang(text),
    published: published?.date ?? null,
    publishedFrom: published?.from ?? null,
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    mediaType,
    charset: decoded.charset,
    bytes: bytes.length,
  };
}

/** Checks `--published`: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, a real date. */
export function checkPublishedOption(value: string | undefined): PartialDate | null {
  if (value === undefined) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const valid = m && (!m[2] || Number(m[2]) >= 1 && Number(m[2]) <= 12)
    && (!m[3] || new Date(`${value}T00:00:00Z`).toISOString().startsWith(value));
  if (!valid) throw new InputError('usage', `--published: expected YYYY-MM-DD, YYYY-MM or YYYY, got "${value.slice(0, 40)}" (e.g. 2025-07-29)`);
  return value;
}

function chooseMediaType(bytes: Uint8Array, meta: SourceMeta): MediaType {
  const type = meta.contentType?.split(';')[0].trim().toLowerCase();
  if (type && type !== 'application/octet-stream') {
    const known = CONTENT_TYPES[type];
    if (known) return known;
    if (!type.startsWith('text/')) {
      throw new InputError('unsupported', `${meta.source}: unsupported content type ${type} (expected text/html or text/plain)`, meta.source);
    }
  }
  const path = meta.url ? safePathname(meta.url) : meta.source;
  const byExtension = EXTENSIONS[extname(path).toLowerCase()];
  if (byExtension && (byExtension !== 'text/plain' || !type)) return byExtension;
  return looksLikeHtml(bytes) ? 'text/html' : 'text/plain';
}

function safePathname(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<head')
    || (head.startsWith('<') && (head.includes('<body') || head.includes('<head')));
}

/** The first non-empty line, without a Markdown heading mark. */
function findTextTitle(text: string, mediaType: MediaType): string | null {
  const lead = text.length - text.trimStart().length;
  const nl = text.indexOf('\n', lead);
  let line = text.slice(lead, nl === -1 ? Math.min(text.length, lead + MAX_TITLE * 4) : nl).trim();
  if (mediaType === 'text/markdown') line = line.replace(/^#{1,6} +/, '');
  return line ? line.slice(0, MAX_TITLE) : null;
}
