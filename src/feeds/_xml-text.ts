/** Text out of a parsed XML node: the five XML entities and character references decoded, CDATA kept as written. */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes `&amp; &lt; &gt; &quot; &apos;` and `&#NNN;` / `&#xHH;`. Any other named reference stays
 * as written: feeds get no DTD entities (the parser refuses documents that declare any), and an
 * HTML entity such as `&nbsp;` inside escaped HTML is for the HTML reader to decode later.
 */
export function decodeXmlEntities(raw: string): string {
  return raw.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Raw markup kept by the parser (a stop node): CDATA sections as written, the rest decoded. */
export function decodeRawXml(raw: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = raw.indexOf('<![CDATA[', at);
    if (start === -1) return out + decodeXmlEntities(raw.slice(at));
    const end = raw.indexOf(']]>', start + 9);
    out += decodeXmlEntities(raw.slice(at, start)) + raw.slice(start + 9, end === -1 ? raw.length : end);
    if (end === -1) return out;
    at = end + 3;
  }
}

/** The text of a node as fast-xml-parser gives it: a string, or `{ '#text', '#cdata', '@_…' }`, or a list of those (first wins). */
export function nodeText(node: unknown): string | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const t = nodeText(n);
      if (t) return t;
    }
    return null;
  }
  if (typeof node === 'string') return decodeXmlEntities(node);
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const text = typeof o['#text'] === 'string' ? decodeXmlEntities(o['#text']) : typeof o['#text'] === 'number' ? String(o['#text']) : '';
    const cdata = Array.isArray(o['#cdata']) ? o['#cdata'].join('') : typeof o['#cdata'] === 'string' ? o['#cdata'] : '';
    const joined = cdata + (cdata && text ? ' ' : '') + text;
    return joined || null;
  }
  return null;
}

/** An attribute of a parsed node, decoded. */
export function nodeAttribute(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return null;
  const value = (node as Record<string, unknown>)[`@_${name}`];
  return typeof value === 'string' ? decodeXmlEntities(value) : null;
}

/** A child node that may be one or several: always a list. */
export function asList(node: unknown): unknown[] {
  if (node === undefined || node === null) return [];
  return Array.isArray(node) ? node : [node];
}
