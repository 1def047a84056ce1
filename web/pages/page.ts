/** What every page module provides: data in, a DOM tree and a title out. */
import type { RouteMatch } from '../router.ts';

export interface PageContext extends RouteMatch {
  signal: AbortSignal;
  /** Re-renders the current route (after a curation decision). */
  reload: () => void;
}

export interface PageResult {
  title: string;
  node: Node;
  /** Runs once the node is in the document (charts measure their width). */
  mounted?: () => void;
}

export class NotFound extends Error {}
