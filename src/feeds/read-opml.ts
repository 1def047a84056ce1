/** OPML subscription lists → feed URLs: every outline with an xmlUrl, at any depth. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../core/errors.ts';
import { decodeBytes } from '../ingest/decode-bytes.ts';
import { readFileBytes } from '../ingest/read-file-bytes.ts';
import { asList, nodeAttribute } from './_xml-text.ts';
import { absoluteLink } from './_item-fields.ts';

const MAX_OPML_BYTES = 5 * 1024 * 1024;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  maxNestedTags: 100,
  isArray: (name) => name === 'outline',
});

/** Reads the OPML file at `path` and returns its feed URLs (http and https only), in order, without repeats. */
export async function readOpmlFile(path: string): Promise<string[]> {
  const bytes = await readFileBytes(path, MAX_OPML_BYTES);
  return parseOpml(decodeBytes(bytes, { source: path }).text, path);
}

/**
 * The feed URLs of an OPML document. Throws InputError 'bad-data' for entity declarations or
 * XML that is not well-formed, naming `source` and the line.
 */
export function parseOpml(text: string, source: string): string[] {
  const body = text.replace(/^\ufeff/, '').trimStart();
  if (/<!ENTITY/i.test(body)) throw new InputError('bad-data', `${source}: the OPML declares DTD entities; refused`, source);
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new InputError('bad-data', `${source}: not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}; expected OPML such as <opml><body><outline xmlUrl="https://example.com/feed.xml"/></body></opml>`, source);
  }
  const doc = parser.parse(body) as Record<string, unknown>;
  const opml = doc.opml as Record<string, unknown> | undefined;
  if (!opml || typeof opml !== 'object') {
    throw new InputError('bad-data', `${source}: not OPML (no <opml> root element); expected <opml><body><outline xmlUrl="https://example.com/feed.xml"/></body></opml>`, source);
  }
  const urls: string[] = [];
  const visit = (nodes: unknown[], depth: number) => {
    for (const node of nodes) {
      const url = absoluteLink(nodeAttribute(node, 'xmlUrl'), 'http://invalid/');
      if (url && !url.startsWith('http://invalid/') && !urls.includes(url)) urls.push(url);
      if (depth < 50 && node && typeof node === 'object') visit(asList((node as Record<string, unknown>).outline), depth + 1);
    }
  };
  visit(asList((opml.body as Record<string, unknown> | undefined)?.outline), 0);
  if (!urls.length) throw new InputError('empty', `${source}: no feeds in the OPML (no <outline> with an http(s) xmlUrl)`, source);
  return urls;
}
