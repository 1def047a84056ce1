import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGazetteer, type OrgEntry } from '../orgs/index.ts';
import { resolveClaims, type PeopleConstraints } from './index.ts';
import { makeClaim } from './_test-claim.ts';
import type { StoredClaim } from '../core/types.ts';

const entry = (id: string, name: string): OrgEntry => ({ id, name, aliases: [], parent: null, kind: 'company' });
const gazetteer = buildGazetteer([entry('apple', 'Apple'), entry('meta', 'Meta'), entry('openai', 'OpenAI'), entry('google', 'Google')]);
const people = (claims: StoredClaim[], constraints?: PeopleConstraints) => resolveClaims(claims, { gazetteer, people: constraints }).people;

test('two reports of one name are one person until a human splits them', () => {
  const a = makeClaim({ id: 1, documentId: 1, person: 'Mark Lee', from: 'Apple', to: 'Meta' });
  const b = makeClaim({ id: 2, documentId: 2, person: 'Mark Lee', from: 'Apple', to: 'Meta' });
  const c = makeClaim({ id: 3, documentId: 3, person: 'Mark Lee', from: 'Apple', to: 'Meta' });
  assert.equal(people([a, b, c]).length, 1);
  const split = resolveClaims([a, b, c], { gazetteer, people: { sameAs: [], differentFrom: [[1, 2]] } });
  assert.equal(split.people.length, 2);
  assert.equal(split.moves.length, 2);
  const personOf = (id: number) => split.moves.find((m) => m.claimIds.includes(id))!.personKey;
  assert.notEqual(personOf(1), personOf(2));
});

test('a split inside one document separates two claims that share a written name', () => {
  const a = makeClaim({ id: 1, documentId: 1, person: 'Mark Lee', from: 'Apple', to: 'Meta' });
  const b = makeClaim({ id: 2, documentId: 1, person: 'Mark Lee', from: 'Google', to: 'OpenAI' });
  assert.equal(people([a, b]).length, 1);
  assert.equal(people([a, b], { sameAs: [], differentFrom: [[1, 2]] }).length, 2);
});

test('a merge joins people whose names do not match', () => {
  const a = makeClaim({ id: 1, documentId: 1, person: 'Jonathan Smith', from: 'Apple', to: 'Meta' });
  const b = makeClaim({ id: 2, documentId: 2, person: 'J. R. Smithers', from: 'Meta', to: 'OpenAI' });
  assert.equal(people([a, b]).length, 2);
  const merged = people([a, b], { sameAs: [[1, 2]], differentFrom: [] });
  assert.equal(merged.length, 1);
  assert.deepEqual([...merged[0].names].sort(), ['J. R. Smithers', 'Jonathan Smith']);
});

test('when merges and a split contradict each other, the people stay apart', () => {
  const a = makeClaim({ id: 1, documentId: 1, person: 'Ann Kowalski', from: 'Apple', to: 'Meta' });
  const b = makeClaim({ id: 2, documentId: 2, person: 'Bo Nakamura', from: 'Google', to: 'OpenAI' });
  const c = makeClaim({ id: 3, documentId: 3, person: 'Cy Okafor', from: 'OpenAI', to: 'Apple' });
  const r = people([a, b, c], { sameAs: [[1, 2], [2, 3]], differentFrom: [[1, 3]] });
  assert.equal(r.length, 2);
});
