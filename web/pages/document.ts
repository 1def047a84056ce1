/** `/document/:id`: the text with every evidence span highlighted, and the claims extracted from it. */
import { h, scriptLang } from '../dom.ts';
import { t } from '../i18n.ts';
import { ApiError, getJson } from '../api.ts';
import type { Claim } from '../model.ts';
import { loadClaimStates, renderClaimCard } from '../claim-card.ts';
import { emptyNote, externalLink, section } from '../ui.ts';
import { NotFound, type PageContext, type PageResult } from './page.ts';

interface DocumentRecord {
  id: number; source: string; url: string | null; title: string | null; published: string | null; lang: string;
  text: string; claims: Claim[]; revision?: number; superseded?: boolean;
}

interface Mark { start: number; end: number; claimId: number }

/**
 * The text as text nodes and <mark>s. Overlapping spans are cut at every boundary so each piece is
 * marked once, with every claim that covers it; offsets outside the text are dropped.
 */
export function highlightText(text: string, marks: Mark[]): HTMLElement {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const body = h('div', { class: 'doc-text' });
  const seen = new Set<number>();
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!, end = cuts[i + 1]!;
    const piece = text.slice(start, end);
    const covering = valid.filter((m) => m.start <= start && m.end >= end);
    if (!covering.length) {
      body.appendChild(document.createTextNode(piece));
      continue;
    }
    const ids = [...new Set(covering.map((m) => m.claimId))];
    const first = ids.find((id) => !seen.has(id));
    const mark = h('mark', { 'data-claims': ids.join(' '), title: ids.map((id) => t('claimN', { id })).join(', ') }, piece);
    if (first !== undefined) {
      mark.id = `evidence-${first}`;
      seen.add(first);
    }
    body.appendChild(mark);
  }
  return body;
}

export async function renderDocument(ctx: PageContext): Promise<PageResult> {
  let d: DocumentRecord;
  try {
    d = await getJson<DocumentRecord>(`/documents/${encodeURIComponent(ctx.params.id!)}`, undefined, ctx.signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw new NotFound(ctx.params.id);
    throw error;
  }
  const claims = d.claims ?? [];
  const states = await loadClaimStates(ctx.signal);
  const marks = claims.flatMap((c) => c.evidence.map((e) => ({ start: e.start, end: e.end, claimId: c.id })));
  const title = d.title || d.source;
  const node = h('div', { class: 'page document' },
    h('div', { class: 'page-head' },
      h('p', { class: 'eyebrow' }, t('documentPage'), ` #${d.id}`),
      h('h1', { tabindex: '-1', lang: scriptLang(title) }, title),
      h('dl', { class: 'meta' },
        h('dt', null, t('published')), h('dd', null, d.published ?? t('unknown')),
        h('dt', null, t('language')), h('dd', null, d.lang),
        h('dt', null, t('source')), h('dd', { class: 'break' }, externalLink(d.url, d.url ?? d.source)))),
    h('div', { class: 'doc-layout' },
      h('article', { class: 'panel doc-body', lang: d.lang === 'ko' || d.lang === 'en' ? d.lang : null, 'aria-label': title }, highlightText(d.text ?? '', marks)),
      section(t('extracted'), claims.length
        ? claims.map((c) => renderClaimCard(c, { onDecided: ctx.reload, linkDocument: false, state: states.get(c.id) ?? null }))
        : emptyNote('noClaims'), { className: 'doc-claims' })));
  return { title, node };
}
