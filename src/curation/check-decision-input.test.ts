import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDecisionInput } from './index.ts';

test('a decision comes back trimmed, with only the fields its action takes', () => {
  assert.deepEqual(checkDecisionInput({ action: 'edit', claimId: 3, by: ' ana ', note: '  ', fields: { to: ' Meta ', date: '2025-07', role: '' } }), {
    action: 'edit', claimId: 3, by: 'ana', note: null, fields: { to: 'Meta', date: '2025-07', role: null },
  });
  assert.deepEqual(checkDecisionInput({ action: 'split', claimId: 3, otherClaimId: 4, by: 'ana' }), { action: 'split', claimId: 3, otherClaimId: 4, by: 'ana', note: null });
});

test('each problem is named with the field, what was expected and what arrived', () => {
  const cases: Array<[unknown, string]> = [
    [null, 'decision: expected an object with action, claimId and by'],
    [{ action: 'accept', claimId: '3', by: 'ana' }, 'claimId: expected a claim id (a whole number ≥ 1), got "3"'],
    [{ action: 'accept', claimId: 3 }, 'by: required'],
    [{ action: 'accept', claimId: 3, by: 'ana', otherClaimId: 4 }, 'otherClaimId: only merge and split take a second claim, not accept'],
    [{ action: 'split', claimId: 3, by: 'ana' }, 'otherClaimId: expected a claim id (a whole number ≥ 1), got undefined'],
    [{ action: 'reject', claimId: 3, by: 'ana', fields: { to: 'Meta' } }, 'fields: only edit takes fields, not reject'],
    [{ action: 'edit', claimId: 3, by: 'ana', fields: {} }, 'fields: an edit needs at least one of person, from, to, date, role (e.g. {"to": "Meta"})'],
    [{ action: 'edit', claimId: 3, by: 'ana', fields: { company: 'Meta' } }, 'fields: unknown field "company"; expected person, from, to, date, role'],
    [{ action: 'edit', claimId: 3, by: 'ana', fields: { person: '' } }, 'fields.person: must not be empty'],
    [{ action: 'edit', claimId: 3, by: 'ana', fields: { to: 7 } }, 'fields.to: expected a string, got number'],
  ];
  for (const [input, message] of cases) assert.throws(() => checkDecisionInput(input), { name: 'InputError', code: 'bad-data', message }, JSON.stringify(input));
});
