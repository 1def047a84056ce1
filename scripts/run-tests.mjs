#!/usr/bin/env node
// Runs every *.test.ts under src/, bench/ and test/ with Node's test runner (through tsx),
// after a type check. Suites that need PostgreSQL skip themselves, saying so, when
// POACHWATCH_TEST_PG is unset; .ci/run sets it so that they always run there.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);

function findTests(dir, out = []) {
  let entries;
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

let files = ['src', 'bench', 'test'].flatMap((d) => findTests(join(root, d))).sort();
if (only.length) files = files.filter((f) => only.some((o) => f.includes(o)));

if (!only.length) {
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], { stdio: 'inherit', cwd: root });
  // The dashboard's code runs in the browser: its own tsconfig adds the DOM library.
  const web = tsc.status === 0
    ? spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(root, 'web/tsconfig.json')], { stdio: 'inherit', cwd: root })
    : tsc;
  if (web.status !== 0) {
    console.error('type check failed');
    process.exit(web.status ?? 1);
  }
}
if (!process.env.POACHWATCH_TEST_PG) {
  console.log('note: POACHWATCH_TEST_PG is not set: the PostgreSQL suites will be skipped (set it to postgres://postgres@127.0.0.1:5432/postgres to run them)');
}
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit', cwd: root, env: process.env });
process.exit(run.status ?? 1);
