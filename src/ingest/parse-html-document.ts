/** Parses an HTML string into a DOM document with linkedom (no recursion, but superlinear in the depth: readHtml keeps deep pages away). */
import { parseHTML } from 'linkedom';
import { ELEMENT_NODE, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './_dom.ts';

const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE']);
// What a browser keeps in <head>; anything else there starts the body.
const HEAD_CONTENT = new Set([...HEAD_TAGS, 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'BASEFONT', 'BGSOUND']);

/**
 * Parses `html` (complete, truncated or a bare fragment) into a document with `<html>`, `<head>` and
 * `<body>`, the page's content inside `<body>`. Never throws on malformed markup.
 */
export function parseHtmlDocument(html: string): DomDocument {
  let doc = parse(html);
  // linkedom builds no implied <html> around a bare fragment; give it one and parse again.
  if (doc.documentElement?.tagName !== 'HTML') doc = parse(`<html>${html}</html>`);
  placeStrayNodes(doc);
  moveBodyOutOfHead(doc);
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

/**
 * With `</head>` and `<body>` left out, linkedom keeps the whole page inside <head>, where no text is
 * read. A browser ends the head at the first thing that does not belong there; move that and what follows.
 */
function moveBodyOutOfHead(doc: DomDocument): void {
  const head = doc.head;
  const body = doc.body;
  if (!head || !body) return;
  let node = head.firstChild;
  while (node && !startsBody(node)) node = node.nextSibling;
  const first = body.firstChild;
  while (node) {
    const next = node.nextSibling;
    body.insertBefore(node, first);
    node = next;
  }
}

function startsBody(node: DomNode): boolean {
  if (node.nodeType === ELEMENT_NODE) return !HEAD_CONTENT.has((node as DomElement).tagName);
  return node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() !== '';
}
