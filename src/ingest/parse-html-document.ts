/** Parses an HTML string into a DOM document with linkedom (a streaming parser: no recursion, any depth). */
import { parseHTML } from 'linkedom';
import { ELEMENT_NODE, type DomDocument, type DomElement, type DomNode } from './_dom.ts';

const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE']);

/**
 * Parses `html` (complete, truncated or a bare fragment) into a document with `<html>`, `<head>` and
 * `<body>`, the page's content inside `<body>`. Never throws on malformed markup.
 */
export function parseHtmlDocument(html: string): DomDocument {
  let doc = parse(html);
  // linkedom builds no implied <html> around a bare fragment; give it one and parse again.
  if (doc.documentElement?.tagName !== 'HTML') doc = parse(`<html>${html}</html>`);
  placeStrayNodes(doc);
  return doc;
}

function parse(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

/**
 * linkedom is not an HTML5 tree builder: with optional tags left out it appends an empty <head> and
 * <body> and leaves the content beside them. Move such nodes where a browser would put them.
 */
function placeStrayNodes(doc: DomDocument): void {
  const root = doc.documentElement;
  const head = doc.head;
  const body = doc.body;
  if (!root || !head || !body) return;
  const strays: DomNode[] = [];
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node !== head && node !== body) strays.push(node);
  }
  let inBody = body.firstChild !== null;
  for (const node of strays) {
    const tag = node.nodeType === ELEMENT_NODE ? (node as DomElement).tagName : '';
    if (!inBody && HEAD_TAGS.has(tag)) head.appendChild(node);
    else if (inBody || node.nodeType === ELEMENT_NODE || (node.textContent ?? '').trim()) {
      inBody = true;
      body.appendChild(node);
    }
  }
}
