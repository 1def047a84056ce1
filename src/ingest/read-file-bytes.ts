/** Reads one file from disk within a size limit, checked before reading and while reading. */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../core/errors.ts';
import { formatBytes } from './_format-bytes.ts';

/**
 * Returns the bytes of the file at `path`. Throws InputError 'not-found' for a missing path,
 * 'unsupported' for something that is not a regular file, 'too-large' when it passes `maxBytes`
 * (by its size on disk, or while reading when it grows under us).
 *
 * Reads synchronously: a local file's few system calls take microseconds, where each asynchronous
 * one waits for a thread-pool round trip and then for the event loop, which ingestion's
 * synchronous work holds (20 times slower over 10,000 small files in the ingestion benchmark).
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let fd: number | undefined;
  try {
    // Checked by path before opening: opening a FIFO would wait for a writer.
    checkRegularFile(path, statSync(path), maxBytes);
    fd = openSync(path, 'r');
    const size = checkRegularFile(path, fstatSync(fd), maxBytes);
    // One byte past the limit at most: enough to notice a file that grew since its size was read.
    let buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(path, `more than ${formatBytes(maxBytes)}`, maxBytes);
        buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(buffer.length, maxBytes + 1 - length))]);
      }
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) throw tooLarge(path, `more than ${formatBytes(maxBytes)}`, maxBytes);
    return buffer.subarray(0, length);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw describeFsError(path, err as NodeJS.ErrnoException);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function checkRegularFile(path: string, info: { isFile(): boolean; size: number }, maxBytes: number): number {
  if (!info.isFile()) throw new InputError('unsupported', `${path}: not a regular file`, path);
  if (info.size > maxBytes) throw tooLarge(path, formatBytes(info.size), maxBytes);
  return info.size;
}

const tooLarge = (path: string, size: string, maxBytes: number) => new InputError('too-large', `${path}: too large (${size}, limit ${formatBytes(maxBytes)})`, path);

/** Maps a file-system error to a one-line InputError naming the path. */
export function describeFsError(path: string, err: NodeJS.ErrnoException): InputError {
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return new InputError('not-found', `${path}: no such file or directory`, path, { cause: err });
  if (err.code === 'EACCES' || err.code === 'EPERM') return new InputError('not-found', `${path}: permission denied`, path, { cause: err });
  if (err.code === 'EISDIR') return new InputError('unsupported', `${path}: is a directory`, path, { cause: err });
  return new InputError('not-found', `${path}: cannot read (${err.code ?? err.message})`, path, { cause: err });
}
