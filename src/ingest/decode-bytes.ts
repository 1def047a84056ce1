/** Decodes raw document bytes to text: byte-order mark, declared charset, UTF-8, then detection. */
import chardet from 'chardet';
import { InputError } from '../core/errors.ts';
import { decodeCp949 } from './decode-cp949.ts';
import { streamHtml } from './stream-html.ts';

export interface DecodedText {
  text: string;
  /** WHATWG name of the encoding used, e.g. `utf-8`, `euc-kr`. */
  charset: string;
}

export interface DecodeHints {
  /** Input name for error messages. */
  source: string;
  /** Content-Type header value, when the bytes came over HTTP. */
  contentType?: string | null;
  /** Look for `<meta charset>` / `http-equiv` in the first bytes. */
  html?: boolean;
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];
const PRESCAN_BYTES = 4096;
const DETECT_SAMPLE = 64 * 1024;

/** Returns the encoding a byte-order mark at the start of `bytes` names, with the mark's length. */
export function sniffBom(bytes: Uint8Array): { charset: string; length: number } | null {
  for (const [mark, charset] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return { charset, length: mark.length };
  }
  return null;
}

/**
 * Decodes `bytes`. Order: a byte-order mark (final), bytes that are valid UTF-8 with non-ASCII
 * characters (a wrong legacy declaration is commoner than EUC-KR bytes that happen to be valid UTF-8),
 * the declared charset (Content-Type, then `<meta>`), then the encoding chardet detects.
 * Throws InputError 'encoding' when no candidate decodes without many replacement characters.
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) {
    const text = decodeWith(bom.charset, bytes.subarray(bom.length));
    const bad = countReplacements(text);
    if (isGarbled(text, bad)) {
      throw new InputError('encoding', `${hints.source}: not valid ${bom.charset} despite its byte-order mark (${bad} undecodable sequences)`, hints.source);
    }
    return { text, charset: bom.charset };
  }
  const declared = charsetFromContentType(hints.contentType) ?? (hints.html ? findMetaCharset(bytes) : null);
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null && (declared === null || declared === 'utf-8' || !isAscii(bytes))) return { text: utf8, charset: 'utf-8' };
  if (declared === null) {
    // The project reads Korean news: undeclared legacy bytes are most often CP949. chardet can
    // mistake short Korean texts for other CJK encodings, so try CP949 first and keep it when it
    // decodes cleanly into mostly Hangul.
    const korean = decodeCp949(bytes);
    if (!isGarbled(korean, countReplacements(korean)) && isMostlyHangul(korean)) return { text: korean, charset: 'euc-kr' };
  }
  const detected = detectCharset(bytes);
  const tried: string[] = [];
  let fewest = Infinity;
  for (const charset of [declared, utf8 === null ? null : 'utf-8', detected]) {
    if (!charset || tried.includes(charset)) continue;
    tried.push(charset);
    const text = decodeWith(charset, bytes);
    const bad = countReplacements(text);
    if (!isGarbled(text, bad)) return { text, charset };
    fewest = Math.min(fewest, bad);
  }
  const what = `declared ${declared ?? 'none'}, detected ${detected ?? 'none'}`;
  const why = tried.length ? `${fewest} undecodable sequences` : 'unknown encoding';
  throw new InputError('encoding', `${hints.source}: cannot decode the text (${what}; ${why})`, hints.source);
}

/** Returns the WHATWG encoding a Content-Type value declares (`text/html; charset=EUC-KR` → `euc-kr`), or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    return normalizeCharset(part.slice(eq + 1).trim().replace(/^["']|["']$/g, ''));
  }
  return null;
}

/** Returns the canonical WHATWG name for a charset label, or null when TextDecoder does not know it. */
export function normalizeCharset(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Reads `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">` from the first bytes. */
function findMetaCharset(bytes: Uint8Array): string | null {
  // windows-1252 maps every byte to one character, so ASCII markup survives whatever the real encoding.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  let decided = false;
  let found: string | null = null;
  streamHtml(head, {
    openTag(name, attrs) {
      if (decided || name !== 'meta') return;
      if (attrs.charset) {
        decided = true;
        found = asciiCompatible(normalizeCharset(attrs.charset.trim()));
      } else if ((attrs['http-equiv'] ?? '').toLowerCase() === 'content-type') {
        const charset = charsetFromContentType(attrs.content);
        if (charset) {
          decided = true;
          found = asciiCompatible(charset);
        }
      }
    },
  });
  return found;
}

/** A `<meta>` that could be read as ASCII cannot truly mean UTF-16; browsers take it as UTF-8. */
function asciiCompatible(charset: string | null): string | null {
  return charset?.startsWith('utf-16') ? 'utf-8' : charset;
}

function detectCharset(bytes: Uint8Array): string | null {
  const guess = chardet.detect(bytes.subarray(0, DETECT_SAMPLE));
  return guess ? normalizeCharset(guess) : null;
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(charset: string, bytes: Uint8Array): string {
  // ICU's euc-kr lacks the CP949 extension that every "euc-kr" Korean site really uses.
  if (charset === 'euc-kr') return decodeCp949(bytes);
  return new TextDecoder(charset).decode(bytes);
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

/** True when at least half of the non-ASCII characters are Hangul syllables. */
function isMostlyHangul(text: string): boolean {
  let hangul = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else other++;
  }
  return hangul > 0 && hangul >= other;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** A few stray replacement characters are tolerated; more than 0.5% of the text is garbage. */
function isGarbled(text: string, bad: number): boolean {
  return bad > Math.max(2, text.length * 0.005);
}
