/** The dashboard's entry: the page shell (skip link, header, language switch), routing, and the ready signal. */
import './styles.css';
import { h, replaceChildren } from './dom.ts';
import { getLang, setLang, t } from './i18n.ts';
import { loadOrgNames } from './org-names.ts';
import { matchRoute, navigate, searchPath, startRouter, type RouteMatch } from './router.ts';
import { NotFound, type PageContext, type PageResult } from './pages/page.ts';
import { renderOverview } from './pages/overview.ts';
import { renderOrg } from './pages/org.ts';
import { renderPerson } from './pages/person.ts';
import { renderDocument } from './pages/document.ts';
import { renderSearch } from './pages/search.ts';
import { renderCuration } from './pages/curation.ts';

const pages: Record<string, (ctx: PageContext) => Promise<PageResult>> = {
  overview: renderOverview,
  org: renderOrg,
  person: renderPerson,
  document: renderDocument,
  search: renderSearch,
  curation: renderCuration,
};

const header = document.getElementById('top')!;
const main = document.getElementById('main')!;
const skip = document.querySelector<HTMLAnchorElement>('.skip-link')!;
const footer = document.getElementById('foot');

function renderShell(route: RouteMatch): void {
  document.documentElement.lang = getLang();
  skip.textContent = t('skip');
  const nav = (href: string, label: string, name: string) =>
    h('a', { href, class: 'nav-link', 'aria-current': route.name === name ? 'page' : null }, label);
  const q = h('input', { type: 'search', id: 'q', name: 'q', placeholder: t('searchPlaceholder'), value: route.name === 'search' ? route.query.get('q') ?? '' : '', autocomplete: 'off' });
  const search = h('form', { role: 'search', class: 'header-search', action: '/search' },
    h('label', { for: 'q', class: 'visually-hidden' }, t('searchLabel')), q,
    h('button', { type: 'submit', class: 'btn' }, t('searchButton')));
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    if (q.value.trim()) navigate(searchPath(q.value.trim()));
  });
  const langButton = h('button', { type: 'button', class: 'btn lang-switch', 'aria-label': t('switchLangLabel'), lang: getLang() === 'en' ? 'ko' : 'en', 'data-testid': 'lang-switch' }, t('switchLang'));
  langButton.addEventListener('click', () => {
    setLang(getLang() === 'en' ? 'ko' : 'en');
    void renderRoute({ focus: false });
    document.querySelector<HTMLButtonElement>('.lang-switch')?.focus();
  });
  replaceChildren(header,
    h('div', { class: 'brand' }, h('a', { href: '/', class: 'brand-link' }, t('appName'))),
    h('nav', { 'aria-label': 'primary' },
      nav('/', t('navOverview'), 'overview'),
      nav('/search', t('navSearch'), 'search'),
      nav('/curation', t('navCuration'), 'curation')),
    search,
    langButton);
  if (footer) footer.textContent = t('footer');
}

let controller: AbortController | null = null;

async function renderRoute(opts: { focus: boolean }): Promise<void> {
  controller?.abort();
  const ctl = controller = new AbortController();
  const route = matchRoute(new URL(location.href));
  renderShell(route);
  main.removeAttribute('data-ready');
  main.setAttribute('aria-busy', 'true');
  if (!main.firstChild) replaceChildren(main, h('p', { class: 'loading' }, t('loading')));
  let result: PageResult;
  try {
    const page = pages[route.name];
    if (!page) throw new NotFound(location.pathname);
    // Pages label organizations as they draw: in Korean the names must be in first (at once when already loaded).
    await loadOrgNames(ctl.signal);
    result = await page({ ...route, signal: ctl.signal, reload: () => void renderRoute({ focus: false }) });
  } catch (error) {
    if (ctl.signal.aborted) return;
    const notFound = error instanceof NotFound;
    result = {
      title: notFound ? t('notFound') : t('error'),
      node: h('div', { class: 'page' }, h('h1', { tabindex: '-1' }, notFound ? t('notFound') : t('error')),
        h('p', { class: notFound ? '' : 'error' }, notFound ? t('notFoundText') : (error as Error).message)),
    };
  }
  if (ctl.signal.aborted) return;
  // Marks for bench/dashboard-bench.ts: data in, then drawn.
  performance.mark(`poachwatch-data:${route.name}`);
  replaceChildren(main, result.node);
  document.title = `${result.title} · poachwatch`;
  result.mounted?.();
  main.removeAttribute('aria-busy');
  // The benchmark and the browser tests wait for this: the page's data is in and its charts are drawn.
  main.setAttribute('data-ready', route.name);
  performance.mark(`poachwatch-ready:${route.name}`);
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  else if (opts.focus) {
    window.scrollTo(0, 0);
    main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }
}

// Charts are drawn for the width they have: redraw when it changes a lot (rotation, window resize).
let lastWidth = window.innerWidth;
let resizeTimer: number | undefined;
window.addEventListener('resize', () => {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => {
    if (Math.abs(window.innerWidth - lastWidth) < 40) return;
    lastWidth = window.innerWidth;
    void renderRoute({ focus: false });
  }, 200);
});

startRouter((opts) => void renderRoute(opts));
