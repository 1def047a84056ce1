/** `/person/:key`: career timeline across sources, names in every script, claims with quoted evidence; merge and split. */
import { h, scriptLang } from '../dom.ts';
import { t } from '../i18n.ts';
import { ApiError, getJson, getToken } from '../api.ts';
import type { Claim, Move } from '../model.ts';
import { decide, loadClaimStates, renderClaimCard } from '../claim-card.ts';
import { emptyNote, movesTable, section, statusLine } from '../ui.ts';
import { NotFound, type PageContext, type PageResult } from './page.ts';

interface PersonDetail { key: string; name: string; names: string[]; moves: Move[]; claims: Claim[] }

async function runDecision(button: HTMLButtonElement, status: HTMLElement, body: () => Promise<Record<string, unknown> | string>, reload: () => void): Promise<void> {
  if (!getToken()) { status.textContent = t('tokenMissing'); return; }
  button.disabled = true;
  try {
    const decision = await body();
    if (typeof decision === 'string') {
      status.textContent = decision;
      button.disabled = false;
      return;
    }
    await decide(decision);
    status.textContent = t('done');
    reload();
  } catch (error) {
    status.textContent = (error as Error).message;
    button.disabled = false;
  }
}

/** Merge: "this person and that one are the same" is recorded on a pair of their claims. */
function mergeForm(person: PersonDetail, signal: AbortSignal, reload: () => void): HTMLElement {
  const status = statusLine();
  const input = h('input', { id: 'merge-key', name: 'other', autocomplete: 'off', required: true });
  const button = h('button', { type: 'submit', class: 'btn' }, t('merge'));
  const form = h('form', { class: 'inline-form' }, h('label', { for: 'merge-key' }, t('mergeHelp')), input, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runDecision(button, status, async () => {
      const mine = person.claims[0];
      const other = await getJson<PersonDetail>(`/people/${encodeURIComponent(input.value.trim())}`, undefined, signal);
      const theirs = other.claims?.[0];
      if (!mine || !theirs) return t('noClaims');
      return { action: 'merge', claimIds: [mine.id, theirs.id] };
    }, reload);
  });
  return h('div', null, form, status);
}

/** Split: the ticked claims are about someone else than the unticked ones. */
function splitForm(person: PersonDetail, claimsBox: HTMLElement, reload: () => void): HTMLElement {
  const status = statusLine();
  const button = h('button', { type: 'button', class: 'btn' }, t('split'));
  button.addEventListener('click', () => {
    void runDecision(button, status, async () => {
      const boxes = [...claimsBox.querySelectorAll<HTMLInputElement>('input.claim-select')];
      const ticked = boxes.filter((b) => b.checked).map((b) => Number(b.value));
      const kept = boxes.filter((b) => !b.checked).map((b) => Number(b.value));
      if (!ticked.length || !kept.length) return t('splitHelp');
      return { action: 'split', claimIds: [kept[0], ticked[0]] };
    }, reload);
  });
  return h('div', null, h('p', { class: 'hint' }, t('splitHelp')), button, status);
}

export async function renderPerson(ctx: PageContext): Promise<PageResult> {
  let p: PersonDetail;
  try {
    p = await getJson<PersonDetail>(`/people/${encodeURIComponent(ctx.params.key!)}`, undefined, ctx.signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw new NotFound(ctx.params.key);
    throw error;
  }
  const claims = p.claims ?? [];
  const states = await loadClaimStates(ctx.signal);
  const claimsBox = h('div', { class: 'claims' }, claims.length
    ? claims.map((c) => renderClaimCard(c, { onDecided: ctx.reload, selectable: claims.length > 1, state: states.get(c.id) ?? null }))
    : emptyNote('noClaims'));
  const node = h('div', { class: 'page person' },
    h('div', { class: 'page-head' },
      h('p', { class: 'eyebrow' }, t('personPage')),
      h('h1', { tabindex: '-1', lang: scriptLang(p.name) }, p.name),
      h('p', { class: 'names' }, h('span', { class: 'visually-hidden' }, `${t('names')}: `),
        (p.names ?? []).map((n) => h('span', { class: 'chip', lang: scriptLang(n) }, n)))),
    section(t('career'), p.moves?.length ? movesTable(p.moves, { showPerson: false }) : emptyNote('empty'), { className: 'wide' }),
    section(t('claims'), claimsBox, { className: 'wide' }),
    h('div', { class: 'grid' },
      section(t('mergeHeading'), mergeForm(p, ctx.signal, ctx.reload)),
      claims.length > 1 ? section(t('splitHeading'), splitForm(p, claimsBox, ctx.reload)) : null));
  return { title: p.name, node };
}
