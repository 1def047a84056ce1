/** Client-side routing with the History API: same-origin link clicks become pushState, Back/Forward re-render. */

export interface RouteMatch {
  name: string;
  params: Record<string, string>;
  query: URLSearchParams;
}

const patterns: Array<{ name: string; re: RegExp; keys: string[] }> = [
  { name: 'overview', re: /^\/$/, keys: [] },
  { name: 'org', re: /^\/org\/([^/]+)\/?$/, keys: ['key'] },
  { name: 'person', re: /^\/person\/([^/]+)\/?$/, keys: ['key'] },
  { name: 'document', re: /^\/document\/(\d+)\/?$/, keys: ['id'] },
  { name: 'search', re: /^\/search\/?$/, keys: [] },
  { name: 'curation', re: /^\/curation\/?$/, keys: [] },
];

export function matchRoute(url: URL): RouteMatch {
  for (const p of patterns) {
    const m = p.re.exec(url.pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    p.keys.forEach((k, i) => { params[k] = decodeURIComponent(m[i + 1]!); });
    return { name: p.name, params, query: url.searchParams };
  }
  return { name: 'notfound', params: {}, query: url.searchParams };
}

export function orgPath(key: string): string { return `/org/${encodeURIComponent(key)}`; }
export function personPath(key: string): string { return `/person/${encodeURIComponent(key)}`; }
export function documentPath(id: number | string, claimId?: number): string {
  return `/document/${encodeURIComponent(String(id))}${claimId === undefined ? '' : `#claim-${claimId}`}`;
}
export function searchPath(q: string): string { return `/search?q=${encodeURIComponent(q)}`; }

type Render = (opts: { focus: boolean }) => void;
let render: Render = () => {};

/** Navigates inside the app; `replace` keeps the history entry (a window change, not a new page). */
export function navigate(path: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  render({ focus: !opts.replace });
}

export function startRouter(onRoute: Render): void {
  render = onRoute;
  window.addEventListener('popstate', () => render({ focus: true }));
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const a = (event.target as Element | null)?.closest?.('a');
    if (!a || a.target || a.hasAttribute('download')) return;
    const href = a.getAttribute('href') ?? (a as unknown as SVGAElement).href?.baseVal;
    if (!href || href.startsWith('#')) return;
    const url = new URL(href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    if (url.pathname === location.pathname && url.search === location.search && url.hash) {
      history.pushState(null, '', url.pathname + url.search + url.hash);
      document.getElementById(url.hash.slice(1))?.scrollIntoView();
      return;
    }
    navigate(url.pathname + url.search + url.hash);
  });
  render({ focus: false });
}
