/** The small subset of the DOM that ingest calls, so the code does not depend on the DOM type library. */

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  appendChild(child: DomNode): DomNode;
  insertBefore(child: DomNode, before: DomNode | null): DomNode;
  removeChild(child: DomNode): DomNode;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  readonly title: string;
  createElement(tag: string): DomElement;
  createTextNode(text: string): DomNode;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
