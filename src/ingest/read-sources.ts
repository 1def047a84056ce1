/** Streams Articles from inputs (files, directories, http(s) URLs, `-` for stdin); one bad input never stops the rest. */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';
import { articleFromBytes, checkPublishedOption } from './article-from-bytes.ts';
import { fetchDocument } from './fetch-document.ts';
import { DEFAULT_INCLUDE, DEFAULT_MAX_BYTES, type IngestItem, type IngestOptions } from './ingest-options.ts';
import { describeFsError, readFileBytes } from './read-file-bytes.ts';
import { readStreamBytes } from './read-stream-bytes.ts';
import { walkDirectory } from './walk-directory.ts';

const FILE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/**
 * Yields one item per document, in input order: `{ ok: true, article }` or `{ ok: false, source, error }`.
 * Directories are walked lazily, recursively and in sorted order, keeping files that match
 * `opts.include`. Throws only for a bad `opts.published` (InputError 'usage'), before reading anything.
 * @example for await (const item of readSources(['samples/', 'https://example.com/a'])) { … }
 */
export async function* readSources(inputs: string[], opts: IngestOptions = {}): AsyncGenerator<IngestItem> {
  checkPublishedOption(opts.published);
  for (const input of inputs) {
    if (input === '-') yield await settle(input, () => readStdin(opts));
    else if (/^https?:\/\//i.test(input)) yield await settle(input, () => readUrl(input, opts));
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      yield fail(input, new InputError('unsupported', `${input}: only http and https URLs can be fetched`, input));
    } else yield* readPath(input, opts);
  }
}

async function* readPath(path: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (err) {
    yield fail(path, describeFsError(path, err as NodeJS.ErrnoException));
    return;
  }
  if (!isDirectory) {
    const ext = extname(path).toLowerCase();
    if (!FILE_EXTENSIONS.includes(ext)) {
      yield fail(path, new InputError('unsupported', `${path}: unsupported file type ${ext ? `'${ext}'` : '(no extension)'} (expected .txt, .md, .html or .htm)`, path));
      return;
    }
    yield await settle(path, () => readFile(path, opts));
    return;
  }
  const include = opts.include?.length ? opts.include : DEFAULT_INCLUDE;
  let count = 0;
  for await (const entry of walkDirectory(path, include)) {
    count++;
    if (entry.error) yield fail(entry.path, describeFsError(entry.path, entry.error));
    else yield await settle(entry.path, () => readFile(entry.path, opts));
  }
  if (count === 0) yield fail(path, new InputError('empty', `${path}: no files matching ${include.join(', ')}`, path));
}

async function readFile(path: string, opts: IngestOptions) {
  const bytes = await readFileBytes(path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  return articleFromBytes(bytes, { source: path }, opts);
}

async function readUrl(url: string, opts: IngestOptions) {
  const doc = await fetchDocument(url, opts);
  return articleFromBytes(doc.bytes, { source: url, url: doc.url, contentType: doc.contentType }, opts);
}

async function readStdin(opts: IngestOptions) {
  const bytes = await readStreamBytes(opts.stdin ?? process.stdin, opts.maxBytes ?? DEFAULT_MAX_BYTES, '-');
  return articleFromBytes(bytes, { source: '-' }, opts);
}

async function settle(source: string, read: () => Promise<Article>): Promise<IngestItem> {
  try {
    return { ok: true, article: await read() };
  } catch (err) {
    if (err instanceof InputError) return fail(source, err);
    // Anything else is a bug in a library or in us; report it against this input and go on.
    const message = err instanceof Error ? err.message : String(err);
    return fail(source, new InputError('bad-data', `${source}: could not be read (${message.split('\n')[0]})`, source, { cause: err }));
  }
}

function fail(source: string, error: InputError): IngestItem {
  return { ok: false, source, error };
}
