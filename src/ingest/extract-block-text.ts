/** Turns a DOM subtree into plain text with a blank line between blocks, walking iteratively (any depth). */
import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './_dom.ts';

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'BUTTON']);

/**
 * Returns the text under `root`: paragraphs separated by one blank line, `<br>` kept as a line break,
 * runs of whitespace collapsed. Script, style and similar non-text elements are left out.
 */
export function extractBlockText(root: DomNode): string {
  const parts: string[] = [];
  // Walk with first-child / next-sibling / parent pointers: no recursion and no explicit stack,
  // so a document nested 100,000 levels deep costs the same as a flat one.
  let node: DomNode | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      // Source line breaks inside HTML text are just spaces; only blocks and <br> break lines.
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = node.nodeName.toUpperCase();
      if (tag === 'BR') parts.push('\n');
      else if (!SKIPPED_TAGS.has(tag)) {
        if (BLOCK_TAGS.has(tag)) parts.push('\n\n');
        descend = node.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a node has a next sibling, closing each block we leave.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && BLOCK_TAGS.has(node.nodeName.toUpperCase())) parts.push('\n\n');
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return tidyBlockText(parts.join(''));
}

/** Collapses whitespace inside lines and reduces runs of blank lines to one. */
export function tidyBlockText(raw: string): string {
  const out: string[] = [];
  let blank = true;
  for (const line of raw.split('\n')) {
    const clean = collapseSpaces(line);
    if (clean === '') {
      if (!blank && out.length > 0) out.push('');
      blank = true;
    } else {
      out.push(clean);
      blank = false;
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

function collapseSpaces(line: string): string {
  // One character class, one quantifier: linear.
  return line.replace(/[\s\u00a0]+/g, ' ').trim();
}
