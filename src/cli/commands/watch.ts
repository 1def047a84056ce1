/** `poachwatch watch`: poll feeds (RSS, Atom, JSON Feed, OPML) and ingest new items. */
import { InputError } from '../../core/errors.ts';
import { renderFiredLine } from '../../alerts/index.ts';
import { readOpmlFile, watchFeeds, type FeedPollReport, type WatchReport } from '../../feeds/index.ts';
import { describeFailure, type ItemOutcome } from '../../pipeline.ts';
import type { Store } from '../../store/index.ts';
import { parseVerbArgs } from '../args.ts';
import { gazetteerFrom, gazetteerOptions, ingestOptions, ingestOptionsFrom, openStoreFrom, storeOptions } from '../common-options.ts';
import { EXIT, type CliIO } from '../io.ts';
import { renderOutcome } from './ingest.ts';

export const DEFAULT_INTERVAL_MS = 15 * 60_000;

/** An interval such as `90s`, `15m`, `2h` or `1d`, in milliseconds (at least 1 s). */
export function parseInterval(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{1,7})(s|m|h|d)$/.exec(value.trim());
  if (!m || Number(m[1]) === 0) throw new InputError('usage', `--${flag}: expected an interval such as 90s, 15m, 2h or 1d, got "${value.slice(0, 40)}"`);
  return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

export function renderPoll(p: FeedPollReport): string {
  if (p.status === 'failed') return `feed     ${p.url}  failed (${p.consecutiveFailures} in a row; next poll ${p.nextPollAt}): ${p.error}\n`;
  const what = p.status === 'not-modified' ? 'not modified' : `${p.items} item${p.items === 1 ? '' : 's'}, ${p.newItems} new`;
  const failed = p.failures.length ? `, ${p.failures.length} failed` : '';
  return `feed     ${p.url}  ${what}, ${p.ingested} ingested${failed}; next poll ${p.nextPollAt}\n`;
}

export function renderWatchSummary(r: WatchReport): string {
  const count = (s: FeedPollReport['status']) => r.polls.filter((p) => p.status === s).length;
  const sum = (f: (p: FeedPollReport) => number) => r.polls.reduce((n, p) => n + f(p), 0);
  return `watch: ${r.polls.length} poll${r.polls.length === 1 ? '' : 's'} (${count('ok')} read, ${count('not-modified')} not modified, ${count('failed')} failed); `
    + `${sum((p) => p.newItems)} new items, ${sum((p) => p.ingested)} ingested, ${sum((p) => p.failures.length)} failed`
    + `${r.moves === null ? '' : `; ${r.moves} moves in the store`}\n`;
}

/** The feed URLs named on the command line: URLs as given, OPML files read. */
async function feedUrlsFrom(inputs: string[]): Promise<string[]> {
  const urls: string[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      try {
        urls.push(new URL(input).toString());
      } catch {
        throw new InputError('usage', `watch: "${input.slice(0, 100)}" is not a valid URL (e.g. https://example.com/feed.xml)`);
      }
    } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      throw new InputError('usage', `watch: only http and https feeds can be watched, not "${input.slice(0, 100)}"`);
    } else {
      urls.push(...(await readOpmlFile(input)));
    }
  }
  return urls;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('watch', argv, {
    ...ingestOptions, ...gazetteerOptions, ...storeOptions,
    once: { type: 'boolean' }, interval: { type: 'string' }, json: { type: 'boolean' }, quiet: { type: 'boolean' },
  });
  const intervalMs = parseInterval('interval', values.interval);
  const ingest = ingestOptionsFrom(values, io);
  const gazetteer = gazetteerFrom(values, io);
  const urls = await feedUrlsFrom(positionals);
  const store: Store = await openStoreFrom(values, io);
  const stop = new AbortController();
  const onSignal = () => {
    if (!stop.signal.aborted) io.err('poachwatch watch: stopping after the feeds being polled…\n');
    stop.abort();
  };
  try {
    // Feeds named here join the stored list (an explicit --interval becomes theirs) and are the ones
    // watched this time; with none named, every stored feed is.
    for (const url of urls) await store.feeds.addFeed(url, { intervalSeconds: intervalMs === undefined ? undefined : Math.round(intervalMs / 1000) });
    if (!urls.length && !(await store.feeds.listFeeds()).length) {
      throw new InputError('usage', 'watch: no feeds given and none stored (give a feed URL or an OPML file)');
    }
    if (!values.once) {
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
    }
    const report = await watchFeeds({
      store, gazetteer, ingest,
      defaultIntervalMs: intervalMs ?? DEFAULT_INTERVAL_MS,
      once: values.once ?? false,
      urls: urls.length ? urls : undefined,
      signal: stop.signal,
      onPoll: (p) => { if (!values.quiet || p.status === 'failed') io.err(renderPoll(p)); },
      alerts: { defaultWebhook: io.env.POACHWATCH_WEBHOOK_URL || null },
      onAlerts: (fired, error) => {
        if (!values.json) io.out(fired.map(renderFiredLine).join(''));
        if (error) io.err(`poachwatch watch: alerts were not evaluated or delivered: ${error}\n`);
      },
      onRoundError: (error) => {
        const { reason } = describeFailure(error);
        io.err(`poachwatch watch: this round failed, retrying later: ${reason}\n`);
      },
      onItem: (o: ItemOutcome) => {
        if (o.status === 'failed') io.err(`poachwatch watch: ${o.reason}\n`);
        else if (!values.quiet) io.err(renderOutcome(o));
      },
    });
    io.out(values.json ? JSON.stringify(report, null, 2) + '\n' : renderWatchSummary(report));
    if (!values.once) return EXIT.ok;
    return report.polls.some((p) => p.status === 'failed' || p.failures.length > 0) ? EXIT.inputFailed : EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}
