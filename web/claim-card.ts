/** One claim with its quoted evidence, a link to its document and the curation buttons. */
import { h, replaceChildren, scriptLang } from './dom.ts';
import { t } from './i18n.ts';
import { formatDate, formatNumber, formatUsd } from './format.ts';
import { documentPath } from './router.ts';
import { getToken, sendJson } from './api.ts';
import { getJsonOr, itemsOf } from './api.ts';
import type { Claim, Decision } from './model.ts';
import { orgLabel } from './org-names.ts';

export type ClaimState = 'accepted' | 'rejected' | 'edited' | null;

/** Each claim's latest accept/reject/edit decision, from the recorded decisions (newest first). */
export async function loadClaimStates(signal: AbortSignal): Promise<Map<number, ClaimState>> {
  const decisions = itemsOf<Decision>(await getJsonOr<unknown>('/curation', { limit: 500 }, [], signal));
  const states = new Map<number, ClaimState>();
  for (const d of decisions) {
    if (states.has(d.claimId)) continue;
    if (d.action === 'accept') states.set(d.claimId, 'accepted');
    else if (d.action === 'reject') states.set(d.claimId, 'rejected');
    else if (d.action === 'edit') states.set(d.claimId, 'edited');
  }
  return states;
}

function stateLabel(state: ClaimState): string {
  return state === 'accepted' ? t('stateAccepted') : state === 'rejected' ? t('stateRejected') : state === 'edited' ? t('stateEdited') : t('statePending');
}

function side(slot: Claim['from']): string {
  if (!slot) return t('unknown');
  const org = orgLabel(slot.org);
  return slot.team ? `${org} · ${slot.team}` : org;
}

export interface ClaimCardOptions {
  /** Called after a decision was recorded (the page reloads its data). */
  onDecided: () => void;
  /** Show the document link (left out on the document's own page). */
  linkDocument?: boolean;
  /** A checkbox for selecting claims (split). */
  selectable?: boolean;
  /** The claim's curation state, when one was decided. */
  state?: ClaimState;
}

/** Posts a curation decision with the pasted token. */
export async function decide(body: Record<string, unknown>): Promise<unknown> {
  return sendJson('POST', '/curation', body);
}

export function renderClaimCard(claim: Claim, opts: ClaimCardOptions): HTMLElement {
  const state = opts.state ?? null;
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const editArea = h('div', { class: 'edit-area' });
  const run = async (body: Record<string, unknown>, button: HTMLButtonElement) => {
    if (!getToken()) {
      status.textContent = t('tokenMissing');
      return;
    }
    button.disabled = true;
    status.textContent = t('loading');
    try {
      await decide(body);
      status.textContent = t('done');
      opts.onDecided();
    } catch (error) {
      status.textContent = (error as Error).message;
      button.disabled = false;
    }
  };

  const acceptBtn = h('button', { type: 'button', class: 'btn', 'data-action': 'accept' }, t('accept'));
  acceptBtn.addEventListener('click', () => run({ action: 'accept', claimId: claim.id }, acceptBtn));
  const rejectBtn = h('button', { type: 'button', class: 'btn btn-danger', 'data-action': 'reject' }, t('reject'));
  rejectBtn.addEventListener('click', () => run({ action: 'reject', claimId: claim.id }, rejectBtn));
  const editBtn = h('button', { type: 'button', class: 'btn', 'data-action': 'edit', 'aria-expanded': 'false' }, t('edit'));
  editBtn.addEventListener('click', () => {
    if (editArea.firstChild) {
      replaceChildren(editArea);
      editBtn.setAttribute('aria-expanded', 'false');
      return;
    }
    editBtn.setAttribute('aria-expanded', 'true');
    replaceChildren(editArea, renderEditForm(claim, async (fields, saveBtn) => run({ action: 'edit', claimId: claim.id, fields }, saveBtn), () => {
      replaceChildren(editArea);
      editBtn.setAttribute('aria-expanded', 'false');
      editBtn.focus();
    }));
    editArea.querySelector('input')?.focus();
  });

  const facts = [
    claim.date ? formatDate(claim.date) : null,
    claim.role,
    claim.compensation ? `${claim.compensation.text}${claim.compensation.usd ? ` (${formatUsd(claim.compensation.usd)})` : ''}` : null,
    t('confidence', { c: formatNumber(claim.confidence, 2) }),
    claim.history ? t('history') : null,
  ].filter(Boolean).join(' · ');

  return h('article', { class: `claim${state ? ` claim-${state}` : ''}`, id: `claim-${claim.id}`, 'data-claim-id': claim.id },
    h('header', { class: 'claim-head' },
      opts.selectable ? h('input', { type: 'checkbox', class: 'claim-select', value: claim.id, 'aria-label': t('selectClaim', { id: claim.id }) }) : null,
      h('strong', { lang: scriptLang(claim.person) }, claim.person),
      h('span', { class: 'claim-move' }, ` ${side(claim.from)} → ${side(claim.to)}`),
      h('span', { class: `state state-${state ?? 'pending'}` }, stateLabel(state))),
    h('p', { class: 'claim-facts' }, facts),
    claim.evidence.map((span) => h('blockquote', { class: 'evidence', lang: scriptLang(span.text) }, span.text)),
    h('div', { class: 'claim-actions' },
      opts.linkDocument !== false ? h('a', { href: documentPath(claim.documentId, claim.id), class: 'doc-link' }, t('openDocument'), h('span', { class: 'muted' }, ` (${claim.source.split(/[\\/]/).pop()})`)) : null,
      h('span', { class: 'buttons' }, acceptBtn, rejectBtn, editBtn)),
    editArea,
    status);
}

function renderEditForm(claim: Claim, onSave: (fields: Record<string, string | null>, btn: HTMLButtonElement) => void, onCancel: () => void): HTMLFormElement {
  const field = (name: string, label: string, value: string | null) => {
    const id = `edit-${claim.id}-${name}`;
    return h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, name, value: value ?? '', autocomplete: 'off' }));
  };
  const saveBtn = h('button', { type: 'submit', class: 'btn btn-primary' }, t('save'));
  const form = h('form', { class: 'edit-form' },
    field('person', t('fieldPerson'), claim.person),
    field('from', t('fieldFrom'), claim.from?.org ?? null),
    field('to', t('fieldTo'), claim.to?.org ?? null),
    field('date', t('fieldDate'), claim.date),
    field('role', t('fieldRole'), claim.role),
    h('div', { class: 'buttons' }, saveBtn, h('button', { type: 'button', class: 'btn', onclick: onCancel }, t('cancel'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const fields: Record<string, string | null> = {};
    for (const key of ['person', 'from', 'to', 'date', 'role']) {
      const value = String(data.get(key) ?? '').trim();
      const before = key === 'person' ? claim.person : key === 'from' ? claim.from?.org ?? '' : key === 'to' ? claim.to?.org ?? '' : key === 'date' ? claim.date ?? '' : claim.role ?? '';
      if (value !== before) fields[key] = value || null;
    }
    onSave(fields, saveBtn);
  });
  return form;
}
