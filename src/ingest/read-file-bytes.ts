/** Reads one file from disk within a size limit, checked before reading and while reading. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../core/errors.ts';
import { formatBytes } from './_format-bytes.ts';
import { readStreamBytes } from './read-stream-bytes.ts';

/**
 * Returns the bytes of the file at `path`. Throws InputError 'not-found' for a missing path,
 * 'unsupported' for something that is not a regular file, 'too-large' when it passes `maxBytes`
 * (by its size on disk, or while streaming when it grows under us).
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw describeFsError(path, err);
  });
  if (!info.isFile()) throw new InputError('unsupported', `${path}: not a regular file`, path);
  if (info.size > maxBytes) {
    throw new InputError('too-large', `${path}: too large (${formatBytes(info.size)}, limit ${formatBytes(maxBytes)})`, path);
  }
  // Read one byte past the limit at most: enough to notice a file that grew since stat.
  const stream = createReadStream(path, { start: 0, end: maxBytes });
  try {
    return await readStreamBytes(stream, maxBytes, path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw describeFsError(path, err as NodeJS.ErrnoException);
  }
}

/** Maps a file-system error to a one-line InputError naming the path. */
export function describeFsError(path: string, err: NodeJS.ErrnoException): InputError {
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return new InputError('not-found', `${path}: no such file or directory`, path, { cause: err });
  if (err.code === 'EACCES' || err.code === 'EPERM') return new InputError('not-found', `${path}: permission denied`, path, { cause: err });
  if (err.code === 'EISDIR') return new InputError('unsupported', `${path}: is a directory`, path, { cause: err });
  return new InputError('not-found', `${path}: cannot read (${err.code ?? err.message})`, path, { cause: err });
}
