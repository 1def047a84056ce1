/** `poachwatch start` end to end: ingests the samples into an empty store, prints the address, serves, and shuts down on SIGTERM. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/poachwatch.js', import.meta.url));

test('start seeds an empty store, serves the API, and exits 0 on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'poachwatch-start-'));
  const db = `sqlite:${join(dir, 'store.sqlite')}`;
  const child = spawn(process.execPath, [bin, 'start', '--port', '0', '--db', db], { env: { ...process.env, POACHWATCH_API_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed:\n${out}`)), 60_000);
      child.stdout.on('data', () => {
        const m = /poachwatch: serving (http:\/\/localhost:\d+) \(store (.+)\)/.exec(out);
        if (m) {
          clearTimeout(timer);
          assert.equal(m[2], db);
          resolve(m[1]);
        }
      });
      child.on('exit', () => reject(new Error(`exited early:\n${out}`)));
    });
    assert.match(out, /the store is empty; ingesting the sample corpus/);
    const health = (await (await fetch(`${url.replace('localhost', '127.0.0.1')}/api/health`)).json()) as { counts: { documents: number } };
    assert.equal(health.counts.documents, 45);
    assert.match(out, /writes \(ingest, curation\) are disabled/);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
