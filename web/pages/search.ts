/** `/search?q=`: people and organizations whose names match, in any script. */
import { h, scriptLang } from '../dom.ts';
import { t } from '../i18n.ts';
import { getJson, itemsOf } from '../api.ts';
import { formatNumber } from '../format.ts';
import { orgPath, personPath } from '../router.ts';
import { orgLabel } from '../org-names.ts';
import { emptyNote, section } from '../ui.ts';
import type { PageContext, PageResult } from './page.ts';

interface PersonHit { key: string; name: string; names?: string[]; moveCount?: number }
interface OrgHit { key: string; name: string; verified?: boolean; aliases?: string[]; parent?: string | null }

export async function renderSearch(ctx: PageContext): Promise<PageResult> {
  const q = (ctx.query.get('q') ?? '').trim();
  const input = h('input', { type: 'search', id: 'search-page-q', name: 'q', value: q, autocomplete: 'off' });
  const form = h('form', { role: 'search', class: 'search-page-form', action: '/search' },
    h('label', { for: 'search-page-q', class: 'visually-hidden' }, t('searchLabel')), input,
    h('button', { type: 'submit', class: 'btn btn-primary' }, t('searchButton')));
  let people: PersonHit[] = [], orgs: OrgHit[] = [];
  if (q) {
    const body = await getJson<{ people?: unknown; orgs?: unknown }>('/search', { q }, ctx.signal);
    people = itemsOf<PersonHit>(body.people);
    orgs = itemsOf<OrgHit>(body.orgs);
  }
  const node = h('div', { class: 'page search' },
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('searchTitle')), form),
    q ? h('div', { class: 'grid' },
      section(t('searchPeople'), people.length ? h('ul', { class: 'plain-list results' }, people.map((p) => h('li', null,
        h('a', { href: personPath(p.key) }, h('span', { lang: scriptLang(p.name) }, p.name)),
        p.names?.length ? h('span', { class: 'muted' }, ' ', p.names.filter((n) => n !== p.name).map((n, i) => [i ? ' · ' : '', h('span', { lang: scriptLang(n) }, n)])) : null,
        p.moveCount !== undefined ? h('span', { class: 'count' }, t('moves', { n: formatNumber(p.moveCount) })) : null))) : emptyNote('noResults')),
      section(t('searchOrgs'), orgs.length ? h('ul', { class: 'plain-list results' }, orgs.map((o) => {
        const label = orgLabel(o.name, o.key);
        // In Korean the canonical name joins the other names after the label.
        const others = [...new Set([o.name, ...(o.aliases ?? [])])].filter((n) => n !== label);
        return h('li', null,
          h('a', { href: orgPath(o.key) }, h('span', { lang: scriptLang(label) }, label)),
          o.aliases?.length ? h('span', { class: 'muted' }, ' ', others.slice(0, 6).map((n, i) => [i ? ' · ' : '', h('span', { lang: scriptLang(n) }, n)])) : null);
      })) : emptyNote('noResults')))
      : null);
  return { title: q ? `${t('searchTitle')}: ${q}` : t('searchTitle'), node };
}
