/** Checks a decision as a caller hands it in (CLI or HTTP body) and returns it trimmed and typed. */
import { InputError } from '../core/errors.ts';
import { DECISION_ACTIONS, PAIR_ACTIONS, type ClaimEdit, type DecisionInput } from './decision.ts';

const MAX_TEXT = 500;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (!d) return true;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDate() === Number(d);
}

function text(field: string, value: unknown, opts: { required?: boolean } = {}): string | null {
  if (value === undefined || value === null) {
    if (opts.required) throw new InputError('bad-data', `${field}: required`);
    return null;
  }
  if (typeof value !== 'string') throw new InputError('bad-data', `${field}: expected a string, got ${typeof value}`);
  const trimmed = value.normalize('NFC').trim();
  if (trimmed.length > MAX_TEXT) throw new InputError('bad-data', `${field}: at most ${MAX_TEXT} characters, got ${trimmed.length}`);
  if (opts.required && !trimmed) throw new InputError('bad-data', `${field}: must not be empty`);
  return trimmed || null;
}

function claimId(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new InputError('bad-data', `${field}: expected a claim id (a whole number ≥ 1), got ${JSON.stringify(value)?.slice(0, 40)}`);
  }
  return value;
}

function checkFields(value: unknown): ClaimEdit {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('bad-data', 'fields: an edit needs at least one of person, from, to, date, role (e.g. {"to": "Meta"})');
  }
  const raw = value as Record<string, unknown>;
  const unknown = Object.keys(raw).filter((k) => !['person', 'from', 'to', 'date', 'role'].includes(k));
  if (unknown.length) throw new InputError('bad-data', `fields: unknown field ${unknown.map((k) => `"${k.slice(0, 20)}"`).join(', ')}; expected person, from, to, date, role`);
  const out: ClaimEdit = {};
  if ('person' in raw) out.person = text('fields.person', raw.person, { required: true })!;
  // An empty organization, date or role means "not known", which is a correction too.
  for (const k of ['from', 'to', 'role'] as const) if (k in raw) out[k] = text(`fields.${k}`, raw[k]);
  if ('date' in raw) {
    const date = text('fields.date', raw.date);
    if (date !== null && !isRealDate(date)) throw new InputError('bad-data', `fields.date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "${date.slice(0, 40)}" (e.g. 2025-07-30)`);
    out.date = date;
  }
  if (!Object.keys(out).length) throw new InputError('bad-data', 'fields: an edit needs at least one of person, from, to, date, role (e.g. {"to": "Meta"})');
  return out;
}

/** Throws InputError('bad-data', 'field: what is wrong') for the first problem found. */
export function checkDecisionInput(input: unknown): DecisionInput {
  if (typeof input !== 'object' || input === null) throw new InputError('bad-data', 'decision: expected an object with action, claimId and by');
  const raw = input as Record<string, unknown>;
  if (!DECISION_ACTIONS.includes(raw.action as never)) {
    throw new InputError('bad-data', `action: expected one of ${DECISION_ACTIONS.join(', ')}, got ${JSON.stringify(raw.action)?.slice(0, 40)}`);
  }
  const action = raw.action as DecisionInput['action'];
  const out: DecisionInput = {
    action,
    claimId: claimId('claimId', raw.claimId),
    by: text('by', raw.by, { required: true })!,
    note: text('note', raw.note),
  };
  if (PAIR_ACTIONS.includes(action)) {
    out.otherClaimId = claimId('otherClaimId', raw.otherClaimId);
    if (out.otherClaimId === out.claimId) throw new InputError('bad-data', `otherClaimId: ${action} needs two different claims, got ${out.claimId} twice`);
  } else if (raw.otherClaimId !== undefined && raw.otherClaimId !== null) {
    throw new InputError('bad-data', `otherClaimId: only merge and split take a second claim, not ${action}`);
  }
  if (action === 'edit') out.fields = checkFields(raw.fields);
  else if (raw.fields !== undefined && raw.fields !== null) throw new InputError('bad-data', `fields: only edit takes fields, not ${action}`);
  return out;
}
