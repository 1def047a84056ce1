/** Reads a byte stream into memory, stopping as soon as it passes a size limit. */
import { InputError } from '../core/errors.ts';
import { formatBytes } from './_format-bytes.ts';

/**
 * Collects `stream` into one buffer of at most `maxBytes`. On the first chunk that would pass the
 * limit the stream is destroyed and InputError 'too-large' thrown, so no more than the limit is kept.
 */
export async function readStreamBytes(stream: NodeJS.ReadableStream, maxBytes: number, source: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    if (total > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      throw new InputError('too-large', `${source}: too large (more than ${formatBytes(maxBytes)}, the limit)`, source);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}
