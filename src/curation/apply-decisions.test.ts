import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeClaim } from '../resolve/_test-claim.ts';
import type { StoredClaim } from '../core/types.ts';
import { applyDecisions, claimFingerprints, type Decision } from './index.ts';

let nextId = 1;
function decide(action: Decision['action'], claim: StoredClaim, extra: Partial<Decision> & { other?: StoredClaim } = {}): Decision {
  const { other, ...rest } = extra;
  return {
    id: nextId++, action, claimId: claim.id, otherClaimId: other?.id ?? null, source: claim.source, otherSource: other?.source ?? null, fingerprints: claimFingerprints(claim),
    otherFingerprints: other ? claimFingerprints(other) : null, fields: null, by: 'ana', note: null, createdAt: '2026-01-01T00:00:00Z', ...rest,
  };
}

const pang = makeClaim({ id: 1, source: 'a', person: 'Ruoming Pang', from: 'Apple', to: 'Meta', confidence: 0.8 });
const gunter = makeClaim({ id: 2, source: 'a', person: 'Tom Gunter', from: 'Apple', to: 'Meta', confidence: 0.8 });
const chen = makeClaim({ id: 3, source: 'b', person: 'Wei Chen', from: 'Google', to: 'OpenAI', confidence: 0.8 });

test('no decisions: the claims pass through untouched', () => {
  const claims = [pang, gunter];
  const r = applyDecisions(claims, []);
  assert.equal(r.claims, claims);
  assert.deepEqual(r.people, { sameAs: [], differentFrom: [] });
});

test('reject drops the claim, also when re-extraction gave it another id', () => {
  const reExtracted = { ...pang, id: 10, documentId: 7, date: '2025-07-02' };
  const r = applyDecisions([reExtracted, gunter], [decide('reject', pang)]);
  assert.deepEqual(r.claims.map((c) => c.id), [2]);
  assert.equal(r.states.get(10), 'rejected');
});

test('the latest of accept and reject wins; accept sets confidence 1', () => {
  const reject = decide('reject', pang);
  const accept = decide('accept', pang);
  const r = applyDecisions([pang], [accept, reject]);
  assert.equal(r.claims[0].confidence, 1);
  assert.equal(r.states.get(1), 'accepted');
  assert.equal(applyDecisions([pang], [reject, { ...accept, id: reject.id - 1 }]).claims.length, 0);
});

test('edits are laid over the claim, later fields over earlier ones, without changing the input', () => {
  const r = applyDecisions([pang], [
    decide('edit', pang, { fields: { to: 'OpenAI', role: 'engineer' } }),
    decide('edit', pang, { fields: { to: 'Anthropic', date: '2025-08' } }),
  ]);
  const [c] = r.claims;
  assert.deepEqual([c.from?.org, c.to?.org, c.to?.verified, c.date, c.role, c.confidence], ['Apple', 'Anthropic', false, '2025-08', 'engineer', 1]);
  assert.equal(pang.to?.org, 'Meta');
  assert.equal(r.states.get(1), 'edited');
});

test('a corrected name replaces the extracted names; null makes a side unknown', () => {
  const withAlias = { ...pang, aliases: ['루오밍 팡'] };
  const [c] = applyDecisions([withAlias], [decide('edit', withAlias, { fields: { person: 'Roman Pang', from: null } })]).claims;
  assert.deepEqual([c.person, c.aliases, c.from], ['Roman Pang', [], null]);
});

test('merge and split become constraints between current claims; the later decision on a pair wins', () => {
  const r = applyDecisions([pang, gunter, chen], [
    decide('merge', pang, { other: chen }),
    decide('merge', pang, { other: gunter }),
    decide('split', gunter, { other: pang }),
  ]);
  assert.deepEqual(r.people, { sameAs: [[1, 3]], differentFrom: [[1, 2]] });
  assert.equal(r.states.size, 0);
});

test('a pair decision whose claim was rejected links nothing', () => {
  const r = applyDecisions([pang, chen], [decide('reject', chen), decide('merge', pang, { other: chen })]);
  assert.deepEqual(r.people.sameAs, []);
  assert.deepEqual(r.matches.get(nextId - 1), [1]);
});
