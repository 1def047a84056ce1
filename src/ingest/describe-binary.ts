/** Tells binary data (images, archives, anything with NUL bytes) apart from text before any decoding. */

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive'],
  [[0x1f, 0x8b], 'gzip data'],
  [[0x7f, 0x45, 0x4c, 0x46], 'executable'],
];
const SAMPLE = 64 * 1024;

/**
 * Returns why `bytes` look binary ("PNG image", "NUL bytes"), or null when they may be text.
 * Callers skip this for input that starts with a UTF-16 byte-order mark, where NUL bytes are normal.
 */
export function describeBinary(bytes: Uint8Array): string | null {
  for (const [magic, name] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'NUL bytes';
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in text files.
    if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.05 ? 'control characters' : null;
}
