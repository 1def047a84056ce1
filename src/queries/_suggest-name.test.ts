import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, suggestName } from './_suggest-name.ts';

test('edit distance counts a swap of neighbours as one edit', () => {
  assert.equal(editDistance('appel', 'apple'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
});

test('the closest known name is suggested only when it is close', () => {
  const names = ['Apple', 'Anthropic', 'OpenAI', 'Meta'];
  assert.equal(suggestName('Appel', names), 'Apple');
  assert.equal(suggestName('anthropik', names), 'Anthropic');
  assert.equal(suggestName('Anthrop', names), 'Anthropic');
  assert.equal(suggestName('Zzyzx Qwerty', names), null);
  assert.equal(suggestName('', names), null);
});
