/** RSS 2.0 (and 0.9x, 1.0) and Atom documents → ParsedFeed, with fast-xml-parser configured not to expand entities. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../core/errors.ts';
import { asList, decodeRawXml, nodeAttribute, nodeText } from './_xml-text.ts';
import { absoluteLink, cleanGuid, cleanTitle, itemDate, limitContent } from './_item-fields.ts';
import { MAX_FEED_ITEMS, type FeedItem, type FeedItemContent, type ParsedFeed } from './feed-types.ts';

const ALWAYS_LISTS = new Set(['item', 'entry', 'link', 'channel']);

// Entities are never expanded by the parser (processEntities: false); _xml-text decodes the five
// predefined ones and character references itself, so no DTD can make text grow. Atom content and
// summary are kept raw (stop nodes) because type="xhtml" content is markup, not text.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  cdataPropName: '#cdata',
  stopNodes: ['*.content', '*.summary'],
  maxNestedTags: 100,
  isArray: (name) => ALWAYS_LISTS.has(name),
});

/**
 * Reads an RSS or Atom document. `source` names it in errors and is the base for relative links.
 * Throws InputError 'bad-data' for a document that declares entities (billion laughs and friends)
 * or is not well-formed, 'unsupported' for XML that is not a feed.
 */
export function parseXmlFeed(text: string, source: string): ParsedFeed {
  // Any entity declaration is refused before parsing: feeds have no business declaring entities,
  // and refusing costs one scan instead of trusting expansion limits.
  const entityAt = text.search(/<!ENTITY/i);
  if (entityAt !== -1) {
    throw new InputError('bad-data', `${source}: the feed declares DTD entities (line ${lineOf(text, entityAt)}); refused, since expanding them could exhaust memory`, source);
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new InputError('bad-data', `${source}: not well-formed XML at line ${line}, column ${col}: ${truncate(msg)}`, source);
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (cause) {
    throw new InputError('bad-data', `${source}: cannot read the XML (${truncate((cause as Error).message)})`, source, { cause });
  }
  if (doc.rss !== undefined) return readRss(first(asList((doc.rss as Record<string, unknown>)?.channel)), [], source);
  if (doc.RDF !== undefined) {
    const rdf = doc.RDF as Record<string, unknown>;
    return readRss(first(asList(rdf.channel)), asList(rdf.item), source);
  }
  if (doc.feed !== undefined) return readAtom(doc.feed, source);
  const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? '(none)';
  throw new InputError('unsupported', `${source}: not a feed (root element <${truncate(root)}>; expected <rss>, <feed> (Atom) or <rdf:RDF>)`, source);
}

function readRss(channel: unknown, rdfItems: unknown[], base: string): ParsedFeed {
  const ch = (channel && typeof channel === 'object' ? channel : {}) as Record<string, unknown>;
  const raw = [...asList(ch.item), ...rdfItems];
  const items = raw.slice(0, MAX_FEED_ITEMS).map((node) => readRssItem(node, base));
  const ttl = Number(nodeText(ch.ttl));
  return {
    kind: 'rss',
    title: cleanTitle(nodeText(ch.title)),
    items,
    ttlSeconds: Number.isFinite(ttl) && ttl > 0 ? Math.min(ttl, 7 * 24 * 60) * 60 : null,
    problems: raw.length > MAX_FEED_ITEMS ? [`item: ${raw.length} items, only the first ${MAX_FEED_ITEMS} read`] : [],
  };
}

function readRssItem(node: unknown, base: string): FeedItem {
  const item = (node && typeof node === 'object' ? node : {}) as Record<string, unknown>;
  const links = asList(item.link);
  // RSS <link> is text; an atom:link inside an RSS item is an element with href.
  const textLink = links.map((l) => (typeof l === 'string' || (l && typeof l === 'object' && '#text' in l) ? nodeText(l) : null)).find(Boolean);
  const atomLink = links.find((l) => nodeAttribute(l, 'href') && (nodeAttribute(l, 'rel') ?? 'alternate') === 'alternate');
  const guid = cleanGuid(nodeText(item.guid));
  const guidIsLink = guid !== null && nodeAttribute(item.guid, 'isPermaLink') !== 'false';
  const link = absoluteLink(textLink ?? nodeAttribute(atomLink, 'href') ?? (guidIsLink ? guid : null), base);
  const html = nodeText(item.encoded) ?? nodeText(item.description);
  return {
    guid,
    link,
    title: cleanTitle(nodeText(item.title)),
    published: itemDate(nodeText(item.pubDate) ?? nodeText(item.date) ?? nodeText(item.published) ?? nodeText(item.updated)),
    content: limitContent(html ? { html } : null),
  };
}

function readAtom(node: unknown, base: string): ParsedFeed {
  const feed = (node && typeof node === 'object' ? node : {}) as Record<string, unknown>;
  const raw = asList(feed.entry);
  return {
    kind: 'atom',
    title: cleanTitle(nodeText(feed.title)),
    items: raw.slice(0, MAX_FEED_ITEMS).map((entry) => readAtomEntry(entry, base)),
    ttlSeconds: null,
    problems: raw.length > MAX_FEED_ITEMS ? [`entry: ${raw.length} entries, only the first ${MAX_FEED_ITEMS} read`] : [],
  };
}

function readAtomEntry(node: unknown, base: string): FeedItem {
  const entry = (node && typeof node === 'object' ? node : {}) as Record<string, unknown>;
  const links = asList(entry.link);
  const alternate = links.find((l) => (nodeAttribute(l, 'rel') ?? 'alternate') === 'alternate' && nodeAttribute(l, 'href'));
  return {
    guid: cleanGuid(nodeText(entry.id)),
    link: absoluteLink(nodeAttribute(alternate, 'href'), base),
    title: cleanTitle(nodeText(entry.title)),
    published: itemDate(nodeText(entry.published) ?? nodeText(entry.updated) ?? nodeText(entry.issued)),
    content: limitContent(atomContent(entry.content) ?? atomContent(entry.summary)),
  };
}

/** Atom content by its type: text is text, html is escaped markup, xhtml is markup as written. */
function atomContent(node: unknown): FeedItemContent | null {
  const one = first(asList(node));
  if (one === undefined || one === null) return null;
  const raw = typeof one === 'string' ? one : typeof one === 'object' ? (one as Record<string, unknown>)['#text'] : null;
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const type = (nodeAttribute(one, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') return { html: raw };
  if (type === 'html' || type === 'text/html') return { html: decodeRawXml(raw) };
  return { text: decodeRawXml(raw) };
}

function first(list: unknown[]): unknown {
  return list[0];
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function truncate(s: string): string {
  return s.length > 100 ? `${s.slice(0, 100)}…` : s;
}
