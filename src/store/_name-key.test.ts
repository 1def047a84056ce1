/** Tests for the name key the store looks people and organizations up by. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { containsPattern, foldNameKey } from './_name-key.ts';

describe('foldNameKey', () => {
  it('folds case, width, spacing and punctuation, and keeps scripts apart', () => {
    assert.equal(foldNameKey('Tom  Gunter'), 'tomgunter');
    assert.equal(foldNameKey('ＯｐｅｎＡＩ'), 'openai');
    assert.equal(foldNameKey('Jean-Luc O’Brien'), 'jeanlucobrien');
    assert.equal(foldNameKey('루오밍 팡'), '루오밍팡');
    assert.equal(foldNameKey(' - '), '');
  });
  it('is linear on a megabyte without spaces', () => {
    const started = performance.now();
    assert.equal(foldNameKey('A'.repeat(1_000_000)).length, 1_000_000);
    assert.ok(performance.now() - started < 1000);
  });
});

describe('containsPattern', () => {
  it('escapes LIKE wildcards', () => {
    assert.equal(containsPattern('a%b_c\\d'), '%a\\%b\\_c\\\\d%');
  });
});
