/** Small building blocks shared by the pages: sections, tables, move lines, statuses. */
import { h, safeHref, scriptLang, type Child } from './dom.ts';
import { t, type MessageKey } from './i18n.ts';
import { formatDate } from './format.ts';
import { documentPath } from './router.ts';
import { orgHref, personHref, type Move, type OrgRef } from './model.ts';
import { orgLabel } from './org-names.ts';

let idCounter = 0;

/** A titled region; the heading labels it for screen readers. */
export function section(title: string, body: Child, opts: { className?: string; hint?: string } = {}): HTMLElement {
  const id = `sec-${++idCounter}`;
  return h('section', { class: `panel ${opts.className ?? ''}`.trim(), 'aria-labelledby': id },
    h('h2', { id }, title),
    opts.hint ? h('p', { class: 'hint' }, opts.hint) : null,
    body);
}

export function emptyNote(key: MessageKey): HTMLElement {
  return h('p', { class: 'empty' }, t(key));
}

/** A name with its script's language, so screen readers read Hangul as Korean. */
export function nameSpan(name: string): HTMLElement {
  return h('span', { lang: scriptLang(name) }, name);
}

export function orgLink(ref: OrgRef | null | undefined): Child {
  if (!ref) return h('span', { class: 'muted' }, t('unknown'));
  return h('a', { href: orgHref(ref.key, ref.name) }, nameSpan(orgLabel(ref.name, ref.key)), ref.team ? h('span', { class: 'team' }, ` · ${ref.team}`) : null);
}

export function personLink(person: Move['person']): HTMLElement {
  return h('a', { href: personHref(person.key, person.name) }, nameSpan(person.name));
}

/** "A → B" for a move. */
export function moveArrow(move: Pick<Move, 'from' | 'to'>): HTMLElement {
  return h('span', { class: 'move-arrow' }, orgLink(move.from), h('span', { 'aria-hidden': 'true', class: 'arrow' }, ' → '), h('span', { class: 'visually-hidden' }, ` ${t('to')} `), orgLink(move.to));
}

/** Links to the documents a move's sources are in. */
export function sourceLinks(move: Move): Child {
  const sources = move.sources ?? [];
  if (!sources.length) return null;
  return h('span', { class: 'sources' }, sources.map((src, i) => [
    i ? ' ' : null,
    h('a', { href: documentPath(src.documentId, src.claimId), title: src.title ?? src.source, class: 'src-link' }, `[${i + 1}]`),
  ]));
}

/** A table of moves: date, person, from → to, role, sources. */
export function movesTable(moves: Move[], opts: { showPerson?: boolean } = {}): HTMLElement {
  const showPerson = opts.showPerson ?? true;
  return h('div', { class: 'table-wrap' }, h('table', { class: 'moves' },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, t('date')),
      showPerson ? h('th', { scope: 'col' }, t('person')) : null,
      h('th', { scope: 'col' }, t('move')),
      h('th', { scope: 'col' }, t('role')),
      h('th', { scope: 'col' }, t('source')))),
    h('tbody', null, moves.map((m) => h('tr', null,
      h('td', { class: 'date' }, formatDate(m.date)),
      showPerson ? h('td', null, personLink(m.person)) : null,
      h('td', null, moveArrow(m), m.history ? h('span', { class: 'tag' }, t('history')) : null),
      h('td', null, m.role ?? ''),
      h('td', null, sourceLinks(m)))))));
}

/** A link that leaves the app, only for http(s) URLs. */
export function externalLink(url: string | null | undefined, text: string): Child {
  const href = safeHref(url);
  return href ? h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, text) : text;
}

export function statusLine(): HTMLElement {
  return h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
}
