/**
 * `poachwatch alerts`: alert rules and the alerts they fired; deliver pending webhooks.
 *
 *   alerts [list]      fired alerts, newest first: when, rule, why, people, delivery state
 *   alerts rules       active rules
 *   alerts add-rule    --org ORG [--team TEAM] [--to ORG] [--window 30] [--threshold 3] [--webhook URL] [--name NAME] [--backfill]
 *   alerts remove-rule ID
 *   alerts evaluate    evaluate the rules over the store now (after add-rule, say) and deliver
 *   alerts deliver     attempt pending deliveries now, backoff or not (--failed: failed ones too)
 */
import { InputError } from '../../core/errors.ts';
import { deliverPending, evaluateAlerts, redactWebhookUrl, renderReason, renderFiredLine, resolveRuleOrgs, summariseFired, type AlertLang } from '../../alerts/index.ts';
import type { AlertRule, FiredAlert } from '../../store/alerts-store.ts';
import type { Store } from '../../store/index.ts';
import { parseChoice, parseCount, parseVerbArgs, type OptionSpec } from '../args.ts';
import { gazetteerFrom, gazetteerOptions, openStoreFrom, storeOptions } from '../common-options.ts';
import { renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';

type Sub = 'list' | 'rules' | 'add-rule' | 'remove-rule' | 'evaluate' | 'deliver';
const SUBCOMMANDS: readonly Sub[] = ['list', 'rules', 'add-rule', 'remove-rule', 'evaluate', 'deliver'];

const common = { ...storeOptions, json: { type: 'boolean' } } satisfies OptionSpec;
const optionsFor = {
  list: { ...common, limit: { type: 'string' }, offset: { type: 'string' }, rule: { type: 'string' }, lang: { type: 'string' } },
  rules: common,
  'add-rule': {
    ...common, ...gazetteerOptions, org: { type: 'string' }, team: { type: 'string' }, to: { type: 'string' }, window: { type: 'string' },
    threshold: { type: 'string' }, webhook: { type: 'string' }, name: { type: 'string' }, backfill: { type: 'boolean' },
  },
  'remove-rule': common,
  evaluate: common,
  deliver: { ...common, failed: { type: 'boolean' } },
} satisfies Record<Sub, OptionSpec>;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const first = argv[0];
  const sub: Sub = first === undefined || first.startsWith('-') ? 'list' : (parseSub(first));
  const rest = first === undefined || first.startsWith('-') ? argv : argv.slice(1);
  const { values, positionals } = parseVerbArgs(`alerts ${sub}`, rest, optionsFor[sub]);
  const v = values as Record<string, string | boolean | string[] | undefined>;
  if (sub !== 'remove-rule' && positionals.length) throw new InputError('usage', `alerts ${sub}: unexpected argument "${positionals[0].slice(0, 40)}"`);
  // Checked before the store opens, so a typo never creates an empty store.
  const prepared = sub === 'add-rule' ? prepareRule(v, io) : sub === 'remove-rule' ? { id: parseRuleId(positionals) } : null;
  const webhook = sub === 'evaluate' ? defaultWebhook(io) : null;
  const store = await openStoreFrom(values, io);
  try {
    switch (sub) {
      case 'list': return await listFired(store, v, io);
      case 'rules': return await listRules(store, v.json === true, io);
      case 'add-rule': return await addRule(store, prepared as ReturnType<typeof prepareRule>, v.json === true, io);
      case 'remove-rule': return await removeRule(store, (prepared as { id: number }).id, v.json === true, io);
      case 'evaluate': return await evaluate(store, webhook, v.json === true, io);
      case 'deliver': return await deliver(store, v.failed === true, v.json === true, io);
    }
  } finally {
    await store.close();
  }
}

function parseSub(word: string): Sub {
  if ((SUBCOMMANDS as readonly string[]).includes(word)) return word as Sub;
  throw new InputError('usage', `unknown subcommand "${word.slice(0, 40)}"; expected one of ${SUBCOMMANDS.join(', ')}`);
}

function parseRuleId(positionals: string[]): number {
  if (positionals.length !== 1) throw new InputError('usage', 'alerts remove-rule: give one rule id (see poachwatch alerts rules)');
  return parseCount('id', positionals[0])!;
}

/** Validates add-rule's flags and resolves the organization names through the gazetteer. */
function prepareRule(v: Record<string, string | boolean | string[] | undefined>, io: CliIO) {
  const org = typeof v.org === 'string' ? v.org.trim() : '';
  if (!org) throw new InputError('usage', 'alerts add-rule: --org is required (e.g. --org Apple --threshold 3 --window 30)');
  const webhook = typeof v.webhook === 'string' ? checkWebhookUrl('--webhook', v.webhook) : null;
  const orgs = resolveRuleOrgs({ org, team: v.team as string | undefined, to: v.to as string | undefined }, gazetteerFrom(v as { orgs?: string[] }, io));
  return {
    ...orgs,
    windowDays: parseCount('window', v.window as string | undefined) ?? 30,
    threshold: parseCount('threshold', v.threshold as string | undefined) ?? 3,
    webhook,
    name: typeof v.name === 'string' ? v.name : null,
    backfill: v.backfill === true,
  };
}

/** An http(s) URL, or a usage error naming where it came from. Private addresses are allowed: the operator configures these. */
export function checkWebhookUrl(label: string, value: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value.trim());
  } catch { /* reported below */ }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new InputError('usage', `${label}: expected an http(s) URL, got "${value.slice(0, 60)}" (e.g. https://hooks.slack.com/services/…)`);
  }
  return url.toString();
}

/** The global default webhook, checked; a malformed one is a configuration error. */
function defaultWebhook(io: CliIO): string | null {
  const value = io.env.POACHWATCH_WEBHOOK_URL;
  if (!value) return null;
  try {
    return checkWebhookUrl('POACHWATCH_WEBHOOK_URL', value);
  } catch (e) {
    throw new InputError('bad-config', (e as Error).message);
  }
}

async function addRule(store: Store, input: ReturnType<typeof prepareRule>, json: boolean, io: CliIO): Promise<number> {
  const rule = await store.alerts.addRule(input);
  if (json) {
    io.out(renderJson(rule));
    return EXIT.ok;
  }
  io.out(`rule #${rule.id} added: ${rule.name}\n`);
  io.out(`  departures from ${rule.team ? `${rule.org} (${rule.team})` : rule.org}${rule.to ? ` to ${rule.to}` : ''}, ${rule.threshold} or more within ${rule.windowDays} days; ` +
    `webhook: ${rule.webhook ? redactWebhookUrl(rule.webhook) : io.env.POACHWATCH_WEBHOOK_URL ? 'the default (POACHWATCH_WEBHOOK_URL)' : 'none'}\n`);
  io.out(rule.backfill
    ? '  fires for every episode in the history; it is evaluated after each ingest (or now: poachwatch alerts evaluate)\n'
    : `  fires for episodes ending within ${rule.windowDays} days of the newest move in the store; it is evaluated after each ingest (or now: poachwatch alerts evaluate)\n`);
  return EXIT.ok;
}

async function removeRule(store: Store, id: number, json: boolean, io: CliIO): Promise<number> {
  const removed = await store.alerts.removeRule(id);
  if (json) io.out(renderJson({ id, removed }));
  else io.out(removed ? `rule #${id} removed (its fired alerts stay listed)\n` : `no rule #${id}\n`);
  return removed ? EXIT.ok : EXIT.inputFailed;
}

async function listRules(store: Store, json: boolean, io: CliIO): Promise<number> {
  const rules = await store.alerts.listRules();
  if (json) {
    io.out(renderJson(rules));
    return EXIT.ok;
  }
  io.out(renderTable(['id', 'name', 'from', 'to', 'threshold', 'window', 'webhook', 'backfill'], rules.map((r: AlertRule) => [
    r.id, r.name, r.team ? `${r.org} (${r.team})` : r.org, r.to ?? 'any', r.threshold, `${r.windowDays} days`,
    r.webhook ? redactWebhookUrl(r.webhook) : io.env.POACHWATCH_WEBHOOK_URL ? '(default)' : '-', r.backfill ? 'yes' : 'no',
  ]), 60));
  io.out(`${rules.length} rule${rules.length === 1 ? '' : 's'}\n`);
  return EXIT.ok;
}

async function listFired(store: Store, v: Record<string, string | boolean | string[] | undefined>, io: CliIO): Promise<number> {
  const lang: AlertLang = parseChoice('lang', v.lang as string | undefined, ['en', 'ko'] as const) ?? 'en';
  const alerts = await store.alerts.listFired({
    limit: parseCount('limit', v.limit as string | undefined),
    offset: parseCount('offset', v.offset as string | undefined, 0),
    ruleId: parseCount('rule', v.rule as string | undefined),
  });
  if (v.json) {
    io.out(renderJson(alerts));
    return EXIT.ok;
  }
  if (!alerts.length) {
    io.out('no alerts have fired\n');
    return EXIT.ok;
  }
  for (const a of alerts) io.out(renderFired(a, lang));
  io.out(`${alerts.length} alert${alerts.length === 1 ? '' : 's'}\n`);
  return EXIT.ok;
}

/** A fired alert as a small block: when and which rule, why, who, delivery per webhook. */
function renderFired(a: FiredAlert, lang: AlertLang): string {
  const reason = lang === 'en' ? a.reason : renderReason(a.rule, a, lang);
  const lines = [
    `#${a.id}  ${a.firedAt.slice(0, 16).replace('T', ' ')} UTC  rule #${a.ruleId} ${a.rule.name}${a.updatedAt !== a.firedAt ? `  (updated ${a.updatedAt.slice(0, 10)})` : ''}`,
    `  ${reason}`,
    `  people: ${a.people.join(', ')}`,
  ];
  if (!a.deliveries.length) lines.push('  delivery: no webhook');
  for (const d of a.deliveries) {
    const detail = d.state === 'delivered' ? `delivered ${d.deliveredAt?.slice(0, 16).replace('T', ' ') ?? ''}` :
      d.state === 'pending' ? `pending (${d.attempts} attempt${d.attempts === 1 ? '' : 's'}; next ${d.nextAttemptAt.slice(0, 19).replace('T', ' ')})` : 'failed';
    lines.push(`  delivery: ${redactWebhookUrl(d.url)} ${detail}${d.state !== 'delivered' && d.lastError ? ` — ${d.lastError}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

async function evaluate(store: Store, webhook: string | null, json: boolean, io: CliIO): Promise<number> {
  const evaluation = await evaluateAlerts(store, { defaultWebhook: webhook });
  const delivery = await deliverPending(store.alerts);
  const fired = (await store.alerts.listFired({ ids: evaluation.fired })).reverse().map(summariseFired);
  if (json) {
    io.out(renderJson({ fired, updated: evaluation.updated, stale: evaluation.stale, delivery }));
    return EXIT.ok;
  }
  for (const a of fired) io.out(renderFiredLine(a));
  io.out(`${fired.length} new alert${fired.length === 1 ? '' : 's'}, ${evaluation.updated.length} updated` +
    `${evaluation.stale ? `, ${evaluation.stale} older episode${evaluation.stale === 1 ? '' : 's'} not fired (add the rule with --backfill to fire them)` : ''}; ` +
    `deliveries: ${delivery.delivered} delivered, ${delivery.failed} failed, ${delivery.pending} pending\n`);
  return EXIT.ok;
}

async function deliver(store: Store, failedToo: boolean, json: boolean, io: CliIO): Promise<number> {
  const requeued = failedToo ? await store.alerts.requeueFailed(new Date().toISOString()) : 0;
  const report = await deliverPending(store.alerts, { ignoreBackoff: true });
  if (json) {
    io.out(renderJson({ ...report, requeued }));
  } else {
    io.out(`deliveries: ${report.attempted} attempt${report.attempted === 1 ? '' : 's'}; ${report.delivered} delivered, ${report.failed} failed, ${report.pending} still pending` +
      `${requeued ? ` (${requeued} failed ones requeued)` : ''}\n`);
  }
  return report.failed || report.pending ? EXIT.inputFailed : EXIT.ok;
}
