/** Streams HTML as open-tag, close-tag and text events with each element's depth, in time linear in the input. */
import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export interface HtmlHandler {
  /** `depth` is 1 for a top-level element; attribute names are lower-cased, values decoded. */
  openTag?(name: string, attrs: Readonly<Record<string, string>>, depth: number): void;
  /** Called for every element opened, explicitly closed or not, with the depth it was opened at. */
  closeTag?(name: string, depth: number): void;
  /** Text with character references decoded; raw for script and style contents. */
  text?(data: string): void;
}

export interface HtmlShape {
  /** Deepest nesting of open elements seen. */
  maxDepth: number;
  /** Number of elements opened. */
  elements: number;
}

const VOID_TAGS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const FOREIGN_TAGS = new Set(['svg', 'math']);
// Inside these, SVG and MathML hold HTML again.
const INTEGRATION_TAGS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template', 'basefont', 'bgsound']);

// htmlparser2's own table of start tags that close the open element (as linkedom sees the tree), so the
// depth measured here is the depth linkedom would build.
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIED_CLOSES = new Map<string, ReadonlySet<string>>();
for (const [tags, closes] of [
  [['tr'], ['tr', 'th', 'td']], [['th'], ['th']], [['td'], ['thead', 'th', 'td']], [['body'], ['head', 'link', 'script']],
  [['li'], ['li']], [['option'], ['option']], [['optgroup'], ['optgroup', 'option']], [['dd', 'dt'], ['dd', 'dt']],
  [['rt', 'rp'], ['rt', 'rp']], [['tbody', 'tfoot'], ['thead', 'tbody']],
  [['select', 'input', 'output', 'button', 'datalist', 'textarea'], FORM],
  [['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul'], P],
]) {
  for (const tag of tags) IMPLIED_CLOSES.set(tag, new Set(closes));
}

/**
 * Tokenizes `html` with htmlparser2's Tokenizer and reports elements as they open and close. The
 * open-element stack lives here rather than in htmlparser2's Parser because the Parser keeps its stack
 * with Array#unshift and closes tags with indexOf: quadratic in the depth (160,000 unclosed `<div>`s
 * take about 25 s). Here an element is pushed and popped once, and a close tag for an element that is
 * not open costs O(1), so the whole pass is linear whatever the nesting.
 * @example streamHtml('<div><p>a<p>b</div>', { text: (t) => out.push(t) }) // { maxDepth: 2, elements: 3 }
 */
export function streamHtml(html: string, handler: HtmlHandler): HtmlShape {
  const stack: string[] = [];
  const openCount = new Map<string, number>();
  const shape: HtmlShape = { maxDepth: 0, elements: 0 };
  // Whether a `/>` closes the element, kept exactly as htmlparser2's Parser keeps it (linkedom's tree
  // follows it): entered on an opening svg/math or integration tag, left on any closing tag of those names.
  const foreign: boolean[] = [false];
  let tag = '';
  let attrs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';

  const pop = (): void => {
    const name = stack.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
    handler.closeTag?.(name, stack.length + 1);
  };
  const top = (): string | undefined => stack[stack.length - 1];

  const open = (name: string, attributes: Record<string, string>, selfClosing: boolean): void => {
    shape.elements++;
    if (VOID_TAGS.has(name)) {
      if (stack.length + 1 > shape.maxDepth) shape.maxDepth = stack.length + 1;
      handler.openTag?.(name, attributes, stack.length + 1);
      handler.closeTag?.(name, stack.length + 1);
      return;
    }
    stack.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (FOREIGN_TAGS.has(name)) foreign.push(true);
    else if (INTEGRATION_TAGS.has(name)) foreign.push(false);
    if (stack.length > shape.maxDepth) shape.maxDepth = stack.length;
    handler.openTag?.(name, attributes, stack.length);
    // `<div/>` opens a div in HTML; only inside SVG and MathML does the slash close the element.
    if (selfClosing && foreign[foreign.length - 1]) pop();
  };

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tag = html.slice(start, end).toLowerCase();
      attrs = {};
      const closes = IMPLIED_CLOSES.get(tag);
      if (closes) while (stack.length > 0 && closes.has(top()!)) pop();
      if (top() === 'head' && !HEAD_CONTENT.has(tag)) pop();
    },
    onattribname(start, end) {
      attrName = html.slice(start, end).toLowerCase();
      attrValue = '';
    },
    onattribdata(start, end) {
      attrValue += html.slice(start, end);
    },
    onattribentity(codepoint) {
      attrValue += String.fromCodePoint(codepoint);
    },
    onattribend(quote) {
      if (!Object.hasOwn(attrs, attrName)) attrs[attrName] = quote === QuoteType.NoValue ? '' : attrValue;
      attrValue = '';
    },
    onopentagend() {
      open(tag, attrs, false);
    },
    onselfclosingtag() {
      open(tag, attrs, true);
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      if (FOREIGN_TAGS.has(name) || INTEGRATION_TAGS.has(name)) foreign.pop();
      if (name === 'br') {
        open('br', {}, false); // browsers read a stray </br> as <br>
      } else if ((openCount.get(name) ?? 0) > 0) {
        // Each pop removes an element pushed once: amortised O(1) per tag over the whole document.
        while (top() !== name) pop();
        pop();
      } else if (name === 'p') {
        open('p', {}, false); // and a stray </p> as <p></p>
        pop();
      }
    },
    ontext(start, end) {
      const data = html.slice(start, end);
      if (top() === 'head' && !isBlank(data)) pop();
      handler.text?.(data);
    },
    ontextentity(codepoint) {
      if (top() === 'head') pop();
      handler.text?.(String.fromCodePoint(codepoint));
    },
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {
      while (stack.length > 0) pop();
    },
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return shape;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}
