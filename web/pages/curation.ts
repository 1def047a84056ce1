/** `/curation`: the token (pasted once, sessionStorage) and the recorded decisions, each undoable. */
import { h } from '../dom.ts';
import { t } from '../i18n.ts';
import { getJsonOr, getToken, itemsOf, sendJson, setToken } from '../api.ts';
import type { Decision } from '../model.ts';
import { orgLabel } from '../org-names.ts';
import { emptyNote, section, statusLine } from '../ui.ts';
import type { PageContext, PageResult } from './page.ts';


function tokenForm(reload: () => void): HTMLElement {
  const status = statusLine();
  status.textContent = getToken() ? t('tokenSet') : '';
  const input = h('input', { type: 'password', id: 'token', name: 'token', autocomplete: 'off', 'aria-describedby': 'token-help' });
  const form = h('form', { class: 'inline-form token-form' },
    h('label', { for: 'token' }, t('tokenLabel')), input,
    h('button', { type: 'submit', class: 'btn btn-primary' }, t('tokenSave')),
    h('button', { type: 'button', class: 'btn', onclick: () => { setToken(null); reload(); } }, t('tokenClear')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    setToken(input.value.trim());
    input.value = '';
    status.textContent = t('tokenSet');
  });
  return h('div', null, h('p', { id: 'token-help', class: 'hint' }, t('tokenHelp')), form, status);
}

/** An edit's fields as recorded, organizations under their label (what was typed when no organization has that name). */
function labelFields(fields: Record<string, string | null>): Record<string, string | null> {
  const out = { ...fields };
  for (const side of ['from', 'to']) {
    const value = out[side];
    if (value) out[side] = orgLabel(value);
  }
  return out;
}

function decisionsTable(decisions: Decision[], reload: () => void): HTMLElement {
  if (!decisions.length) return emptyNote('noDecisions');
  return h('div', { class: 'table-wrap' }, h('table', null,
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, '#'), h('th', { scope: 'col' }, t('date')), h('th', { scope: 'col' }, t('action')), h('th', { scope: 'col' }, t('claims')), h('th', { scope: 'col' }, t('note')), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('undo'))))),
    h('tbody', null, decisions.map((d) => {
      const ids = d.otherClaimId ? [d.claimId, d.otherClaimId] : [d.claimId];
      const status = h('span', { role: 'status' });
      const undo = h('button', { type: 'button', class: 'btn' }, t('undo'));
      undo.addEventListener('click', async () => {
        undo.disabled = true;
        try {
          await sendJson('DELETE', `/curation/${d.id}`);
          reload();
        } catch (error) {
          status.textContent = (error as Error).message;
          undo.disabled = false;
        }
      });
      return h('tr', null,
        h('td', null, d.id), h('td', { class: 'date' }, (d.createdAt ?? '').replace('T', ' ').slice(0, 16)),
        h('td', null, d.action, d.fields ? h('div', { class: 'muted small' }, JSON.stringify(labelFields(d.fields))) : null),
        h('td', null, ids.join(', ')),
        h('td', null, d.note ?? ''),
        h('td', null, undo, status));
    }))));
}

export async function renderCuration(ctx: PageContext): Promise<PageResult> {
  const decisions = itemsOf<Decision>(await getJsonOr<unknown>('/curation', { limit: 200 }, [], ctx.signal));
  const node = h('div', { class: 'page curation' },
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('curationTitle'))),
    section(t('tokenLabel'), tokenForm(ctx.reload)),
    section(t('decisions'), decisionsTable(decisions, ctx.reload), { className: 'wide' }));
  return { title: t('curationTitle'), node };
}

