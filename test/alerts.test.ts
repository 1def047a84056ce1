/** `poachwatch alerts` end to end: rules from the command line, the seed ingest firing, webhook delivery, listing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { devTexts, skipWithoutEval, tempDir } from './eval-harness.ts';
import { cli } from './cli-harness.ts';
import { startReceiver } from '../src/alerts/_test-receiver.ts';

const FOUR = ['Bowen Zhang', 'Mark Lee', 'Ruoming Pang', 'Tom Gunter'];

test('a rule added on the command line fires on the seed ingest, is delivered once and listed with its reason', { skip: skipWithoutEval }, async () => {
  const receiver = await startReceiver(() => 200);
  const db = `sqlite:${join(tempDir(), 'alerts.sqlite')}`;
  try {
    const add = await cli(['alerts', 'add-rule', '--org', '애플', '--threshold', '3', '--window', '30', '--webhook', receiver.url, '--json', '--db', db]);
    assert.equal(add.code, 0, add.stderr);
    const rule = JSON.parse(add.stdout);
    assert.deepEqual([rule.org, rule.team, rule.threshold, rule.windowDays], ['Apple', null, 3, 30], 'the Korean name resolves to the canonical one');

    const ing = await cli(['ingest', '--quiet', '--db', db, '--published', '2025-07-30', join(devTexts, 'seed-knews.txt')]);
    assert.equal(ing.code, 0, ing.stderr);
    assert.match(ing.stdout, /^alert #1 \[Apple: 3\+ departures in 30 days\]: 4 departures from Apple \(Apple Foundation Models\) to Meta on 2025-07-30, threshold 3 in 30 days: .* \(webhook delivered\)$/m);
    assert.equal(receiver.requests.length, 1);
    assert.equal(typeof (receiver.requests[0].body as { text: unknown }).text, 'string');

    const list = await cli(['alerts', 'list', '--json', '--db', db]);
    assert.equal(list.code, 0, list.stderr);
    const [fired, ...others] = JSON.parse(list.stdout);
    assert.equal(others.length, 0);
    assert.deepEqual([...fired.people].sort(), FOUR);
    assert.equal(fired.moveIds.length, 4);
    assert.deepEqual([fired.delivery, fired.deliveries[0].attempts, fired.rule.id], ['delivered', 1, rule.id]);

    const table = await cli(['alerts', '--db', db]);
    assert.match(table.stdout, /4 departures from Apple/);
    assert.match(table.stdout, /people: .*Ruoming Pang/);
    assert.match(table.stdout, /delivery: http:\/\/127\.0\.0\.1:\d+\/… delivered/, 'the webhook path (its secret) is not printed');
    const ko = await cli(['alerts', 'list', '--lang', 'ko', '--db', db]);
    assert.match(ko.stdout, /Apple \(Apple Foundation Models\) → Meta 이탈 4명, 2025-07-30/);

    const deliver = await cli(['alerts', 'deliver', '--db', db]);
    assert.equal(deliver.code, 0, deliver.stderr);
    assert.match(deliver.stdout, /^deliveries: 0 attempts/);
    const again = await cli(['ingest', '--quiet', '--db', db, '--published', '2025-07-30', join(devTexts, 'seed-knews.txt')]);
    assert.doesNotMatch(again.stdout, /alert #/);
    assert.equal(receiver.requests.length, 1, 'delivered once, never again');

    const rules = JSON.parse((await cli(['alerts', 'rules', '--json', '--db', db])).stdout);
    assert.equal(rules.length, 1);
    assert.equal((await cli(['alerts', 'remove-rule', String(rule.id), '--db', db])).code, 0);
    const gone = await cli(['alerts', 'remove-rule', String(rule.id), '--db', db]);
    assert.equal(gone.code, 1);
    assert.match(gone.stdout, /no rule #1/);
    assert.equal(JSON.parse((await cli(['alerts', 'list', '--json', '--db', db])).stdout).length, 1, 'fired alerts outlive their rule');
  } finally {
    await receiver.close();
  }
});

test('a backfill rule added after the ingest fires on alerts evaluate, to the default webhook from the environment', { skip: skipWithoutEval }, async () => {
  const receiver = await startReceiver(() => 202);
  const db = `sqlite:${join(tempDir(), 'alerts-backfill.sqlite')}`;
  const env = { POACHWATCH_WEBHOOK_URL: receiver.url };
  try {
    assert.equal((await cli(['ingest', '--quiet', '--db', db, '--published', '2025-07-30', join(devTexts, 'seed-knews.txt')], { env })).code, 0);
    assert.equal(receiver.requests.length, 0, 'no rules, no alerts');
    const add = await cli(['alerts', 'add-rule', '--org', 'AFM', '--to', '메타', '--name', 'afm exodus', '--backfill', '--db', db], { env });
    assert.equal(add.code, 0, add.stderr);
    assert.match(add.stdout, /departures from Apple \(Apple Foundation Models\) to Meta, 3 or more within 30 days; webhook: the default/);
    const ev = await cli(['alerts', 'evaluate', '--json', '--db', db], { env });
    assert.equal(ev.code, 0, ev.stderr);
    const out = JSON.parse(ev.stdout);
    assert.equal(out.fired.length, 1);
    assert.equal(out.fired[0].ruleName, 'afm exodus');
    assert.equal(out.fired[0].delivery, 'delivered');
    assert.equal(receiver.requests.length, 1);
    assert.match(String(receiver.requests[0].headers['idempotency-key']), /^poachwatch-\d+:2025-07-30$/);
    const ev2 = await cli(['alerts', 'evaluate', '--db', db], { env });
    assert.match(ev2.stdout, /^0 new alerts, 0 updated/m);
    assert.equal(receiver.requests.length, 1);
  } finally {
    await receiver.close();
  }
});

test('bad alerts input is a usage error that names the problem', async () => {
  const db = `sqlite:${join(tempDir(), 'alerts-bad.sqlite')}`;
  const cases: Array<[string[], RegExp]> = [
    [['alerts', 'add-rule'], /--org is required/],
    [['alerts', 'add-rule', '--org', 'Apple', '--webhook', 'ftp://x'], /--webhook: expected an http\(s\) URL/],
    [['alerts', 'add-rule', '--org', 'Apple', '--threshold', '0'], /--threshold: expected a whole number ≥ 1, got "0"/],
    [['alerts', 'remove-rule', 'abc'], /--id: expected a whole number/],
    [['alerts', 'remove-rule'], /give one rule id/],
    [['alerts', 'frobnicate'], /unknown subcommand "frobnicate"/],
    [['alerts', 'list', '--lang', 'fr'], /--lang: expected one of en, ko/],
    [['alerts', 'rules', '--org', 'x'], /Unknown option '--org'/],
  ];
  for (const [args, message] of cases) {
    const r = await cli([...args, '--db', db]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
  const bad = await cli(['alerts', 'evaluate', '--db', db], { env: { POACHWATCH_WEBHOOK_URL: 'not a url' } });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /POACHWATCH_WEBHOOK_URL: expected an http\(s\) URL/);
});
