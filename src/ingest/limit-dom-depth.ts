/** Flattens DOM subtrees nested deeper than a limit, so recursive consumers (readability) cannot overflow. */
import { ELEMENT_NODE, type DomDocument, type DomNode } from './_dom.ts';
import { extractBlockText } from './extract-block-text.ts';

/** Real pages stay well under 60 levels; readability recurses once per level and its cost grows faster than the depth. */
export const MAX_DOM_DEPTH = 96;

/**
 * Replaces the children of every element at depth `maxDepth` that still has element children with
 * plain `<p>` paragraphs of its text. Text and paragraph breaks survive; only deep structure goes.
 * Returns the number of subtrees flattened. Linear in the size of the document.
 */
export function limitDomDepth(doc: DomDocument, maxDepth = MAX_DOM_DEPTH): number {
  const root = doc.documentElement;
  if (!root) return 0;
  let flattened = 0;
  let node: DomNode | null = root;
  let depth = 0;
  while (node) {
    let descend = node.nodeType === ELEMENT_NODE && node.firstChild !== null;
    if (descend && depth >= maxDepth) {
      flattenChildren(doc, node);
      flattened++;
      descend = false;
    }
    if (descend) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return flattened;
}

function flattenChildren(doc: DomDocument, el: DomNode): void {
  const text = extractBlockText(el);
  while (el.firstChild) el.removeChild(el.firstChild);
  for (const para of text.split('\n\n')) {
    const p = doc.createElement('p');
    p.appendChild(doc.createTextNode(para));
    el.appendChild(p);
  }
}
