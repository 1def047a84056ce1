import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchGlob } from './match-glob.ts';

test('** matches zero or more directories', () => {
  assert.ok(matchGlob('a.txt', '**/*.txt'));
  assert.ok(matchGlob('x/y/z/a.txt', '**/*.txt'));
  assert.ok(matchGlob('news/ko/a.txt', 'news/**/*.txt'));
  assert.ok(matchGlob('news/a.txt', 'news/**/*.txt'));
  assert.ok(!matchGlob('other/a.txt', 'news/**/*.txt'));
  assert.ok(!matchGlob('a.txt.bak', '**/*.txt'));
});

test('* stays within one name; ? is one character; case is ignored', () => {
  assert.ok(matchGlob('a/b.md', '*/*.md'));
  assert.ok(!matchGlob('a/c/b.md', '*/*.md'));
  assert.ok(matchGlob('d01.txt', 'd0?.txt'));
  assert.ok(matchGlob('X/README.MD', '**/*.md'));
  assert.ok(matchGlob('deep/dir/page.html', '*.html'));
});

test('hostile patterns and names are matched in linear time', () => {
  const name = 'a'.repeat(50_000);
  const t0 = performance.now();
  assert.ok(!matchGlob(name, '*a*a*a*a*a*a*a*b'));
  assert.ok(!matchGlob(Array(200).fill('d').join('/') + '/x.txt', '**/**/**/**/*.md'));
  assert.ok(performance.now() - t0 < 1000);
});
