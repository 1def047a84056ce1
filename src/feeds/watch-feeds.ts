/** The watch loop: poll the stored feeds when due, ingest their new items in one batch per round, until stopped. */
import type { AlertRunOptions, FiredAlertSummary } from '../alerts/index.ts';
import type { Gazetteer } from '../orgs/index.ts';
import { runIngest, type ItemOutcome } from '../pipeline.ts';
import type { FeedRecord, ItemAttempt, SeenItemStatus } from '../store/index.ts';
import { planNextPoll } from './plan-next-poll.ts';
import { DEFAULT_MAX_ITEM_ATTEMPTS, preparePoll, type PendingItem, type PollOptions, type PreparedPoll } from './poll-feed.ts';
import { feedItemReader, type ItemToIngest } from './read-feed-items.ts';

export interface WatchOptions extends PollOptions {
  gazetteer: Gazetteer;
  /** Poll every watched feed once, due or not, and return. */
  once?: boolean;
  /** Watch only these stored feeds (by URL); default every stored feed, including ones added while running. */
  urls?: string[];
  /** Stops the loop after the feed being polled (and the ingest of what was found so far). */
  signal?: AbortSignal;
  /** After each feed's poll is recorded. */
  onPoll?: (report: FeedPollReport) => void;
  /** After each item's ingest. */
  onItem?: (outcome: ItemOutcome) => void;
  /** Alert evaluation and delivery after each round's ingest (runIngest's option); false skips it. */
  alerts?: AlertRunOptions | false;
  /** After a round that fired alerts, or whose alert run broke (`error`). */
  onAlerts?: (fired: FiredAlertSummary[], error: string | null) => void;
  /** [0, 1), for backoff jitter. */
  random?: () => number;
  /** Without `once`: called when a round breaks (the store, say), after which the loop waits and goes on; without it, the error ends the loop. */
  onRoundError?: (error: unknown) => void;
  /** Feeds fetched at the same time (default 4). */
  concurrency?: number;
  /** Longest sleep between rounds, so feeds added meanwhile by another process are noticed (default 60 s). */
  maxSleepMs?: number;
}

export interface FeedPollReport {
  url: string;
  status: 'ok' | 'not-modified' | 'failed';
  error: string | null;
  /** Items in the document (0 when not modified). */
  items: number;
  newItems: number;
  /** Items stored (or already stored under that source) by this poll. */
  ingested: number;
  failures: Array<{ source: string; reason: string; code: string }>;
  problems: string[];
  consecutiveFailures: number;
  nextPollAt: string;
}

export interface WatchReport {
  rounds: number;
  polls: FeedPollReport[];
  /** Moves in the store after the last resolution, when anything was stored. */
  moves: number | null;
  /** Alerts fired by the ingests of every round. */
  alerts: FiredAlertSummary[];
}

/**
 * Polls feeds and ingests their new items through runIngest (extraction, store, resolution, alerts).
 * With `once`, every stored feed is polled one time; otherwise feeds are polled when due and the loop
 * sleeps until the next is due, until `signal` aborts. All state (validators, schedule, health, seen
 * items) is in the store, so a restarted watcher carries on where the last one stopped.
 */
export async function watchFeeds(opts: WatchOptions): Promise<WatchReport> {
  const now = opts.now ?? (() => new Date());
  const report: WatchReport = { rounds: 0, polls: [], moves: null, alerts: [] };
  for (;;) {
    const feeds = await watchedFeeds(opts);
    const due = opts.once ? feeds : feeds.filter((f) => !f.nextPollAt || Date.parse(f.nextPollAt) <= now().getTime());
    if (due.length) {
      try {
        const round = await pollRound(due, opts);
        report.rounds++;
        report.polls.push(...round.polls);
        report.alerts.push(...round.alerts);
        if (round.moves !== null) report.moves = round.moves;
      } catch (error) {
        // A long-running watcher outlives a store that is briefly unreachable: say so, wait, go on.
        // Nothing of the failed round is lost: its items stay pending and its feeds due.
        if (opts.once || !opts.onRoundError) throw error;
        opts.onRoundError(error);
        await sleep(opts.maxSleepMs ?? 60_000, opts.signal);
        if (opts.signal?.aborted) return report;
        continue;
      }
    }
    if (opts.once || opts.signal?.aborted) return report;
    const next = (await watchedFeeds(opts)).map((f) => (f.nextPollAt ? Date.parse(f.nextPollAt) : 0));
    const wait = next.length ? Math.min(...next) - now().getTime() : Infinity;
    await sleep(Math.max(0, Math.min(wait, opts.maxSleepMs ?? 60_000)), opts.signal);
    if (opts.signal?.aborted) return report;
  }
}

/** Polls `feeds` one after another, ingests everything new in one runIngest, then records items and feeds. */
export async function pollRound(feeds: FeedRecord[], opts: WatchOptions): Promise<{ polls: FeedPollReport[]; moves: number | null; alerts: FiredAlertSummary[] }> {
  // A few feeds at a time: one slow server (up to the fetch timeout) should not hold up the rest.
  const slots: Array<PreparedPoll | undefined> = new Array(feeds.length);
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < feeds.length && !(opts.signal?.aborted && nextIndex > 0)) {
      const i = nextIndex++;
      slots[i] = await preparePoll(feeds[i], opts);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 4, feeds.length) }, worker));
  const prepared = slots.filter((p): p is PreparedPoll => p !== undefined);
  const bySource = new Map<string, { pending: PendingItem; poll: PreparedPoll }>();
  for (const poll of prepared) for (const pending of poll.toIngest) bySource.set(pending.source, { pending, poll });

  const outcomes = new Map<string, ItemOutcome>();
  let moves: number | null = null;
  let alerts: FiredAlertSummary[] = [];
  if (bySource.size) {
    const items = new Map<string, ItemToIngest>([...bySource].map(([source, { pending }]) => [source, pending]));
    const ingestReport = await runIngest([...bySource.keys()], {
      store: opts.store,
      gazetteer: opts.gazetteer,
      ingest: opts.ingest,
      // A round's items arrive at the pace of their fetches: extraction keeps up on this thread,
      // and a round every few seconds would otherwise start threads every few seconds.
      extractThreads: 0,
      read: feedItemReader(items, opts.internals),
      alerts: opts.alerts,
      onItem: (o) => {
        outcomes.set(o.source, o);
        opts.onItem?.(o);
      },
    });
    moves = ingestReport.moves;
    alerts = ingestReport.alerts ?? [];
    if (alerts.length || ingestReport.alertsError) opts.onAlerts?.(alerts, ingestReport.alertsError ?? null);
  }

  const maxAttempts = opts.maxItemAttempts ?? DEFAULT_MAX_ITEM_ATTEMPTS;
  const polls: FeedPollReport[] = [];
  const at = (opts.now ?? (() => new Date()))().toISOString();
  const attempts: ItemAttempt[] = [];
  const tallies = prepared.map((poll) => {
    let ingested = 0;
    const failures: FeedPollReport['failures'] = [];
    for (const pending of poll.toIngest) {
      const outcome = outcomes.get(pending.source);
      if (!outcome) continue; // a bug in runIngest would leave it pending, to be tried again next poll
      let status: SeenItemStatus = 'ingested';
      let error: string | null = null;
      if (outcome.status === 'failed') {
        status = pending.seen.attempts + 1 >= maxAttempts ? 'gave-up' : 'failed';
        error = outcome.reason;
        failures.push({ source: outcome.source, reason: outcome.reason, code: outcome.code });
      } else {
        ingested++;
      }
      attempts.push({ id: pending.seen.id, status, error, at });
    }
    return { poll, ingested, failures };
  });
  await opts.store.feeds.recordItemAttempts(attempts);
  for (const { poll, ingested, failures } of tallies) {
    polls.push(await recordPoll(poll, ingested, failures, opts));
    opts.onPoll?.(polls[polls.length - 1]);
  }
  return { polls, moves, alerts };
}

async function recordPoll(poll: PreparedPoll, ingested: number, failures: FeedPollReport['failures'], opts: WatchOptions): Promise<FeedPollReport> {
  const { feed } = poll;
  const failed = poll.status === 'failed';
  const consecutiveFailures = failed ? feed.consecutiveFailures + 1 : 0;
  const intervalMs = feed.intervalSeconds !== null ? feed.intervalSeconds * 1000 : opts.defaultIntervalMs;
  const next = planNextPoll({
    now: poll.startedAt, ok: !failed, consecutiveFailures, intervalMs,
    minIntervalMs: poll.minIntervalMs, retryAfterMs: poll.retryAfterMs, random: opts.random,
  });
  const polledAt = poll.startedAt.toISOString();
  await opts.store.feeds.recordPoll(feed.id, {
    ...(poll.status === 'ok' ? { title: poll.title, kind: poll.kind, etag: poll.etag, lastModified: poll.lastModified } : {}),
    ...(failed ? {} : { lastSuccessAt: polledAt, movedTo: poll.movedTo }),
    lastPolledAt: polledAt,
    lastStatus: poll.status,
    lastError: poll.error,
    consecutiveFailures,
    nextPollAt: next.toISOString(),
    addItemsSeen: poll.newItems,
    addItemsIngested: ingested,
  });
  return {
    url: feed.url, status: poll.status, error: poll.error, items: poll.items, newItems: poll.newItems, ingested,
    failures, problems: poll.problems, consecutiveFailures, nextPollAt: next.toISOString(),
  };
}

async function watchedFeeds(opts: WatchOptions): Promise<FeedRecord[]> {
  const all = await opts.store.feeds.listFeeds();
  if (!opts.urls) return all;
  const wanted = new Set(opts.urls);
  return all.filter((f) => wanted.has(f.url));
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
