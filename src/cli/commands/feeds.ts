/** `poachwatch feeds`: watched feeds with their health; `feeds remove URL`. */
import { InputError } from '../../core/errors.ts';
import type { FeedRecord } from '../../store/index.ts';
import { parseVerbArgs } from '../args.ts';
import { openStoreFrom, outputFormatFrom, storeOptions } from '../common-options.ts';
import { EXIT, type CliIO } from '../io.ts';
import { renderCsv, renderJson, renderTable } from '../render.ts';

const HEADERS = ['url', 'title', 'kind', 'last polled', 'last status', 'failures', 'next poll', 'seen', 'ingested', 'last error', 'moved to'];

function feedRow(f: FeedRecord): Array<string | number | null> {
  return [f.url, f.title, f.kind, f.lastPolledAt, f.lastStatus, f.consecutiveFailures, f.nextPollAt, f.itemsSeen, f.itemsIngested, f.lastError, f.movedTo];
}

export function renderFeeds(feeds: FeedRecord[]): string {
  return renderTable(HEADERS, feeds.map(feedRow), 60);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('feeds', argv, { ...storeOptions, json: { type: 'boolean' }, csv: { type: 'boolean' } });
  const [action = 'list', ...rest] = positionals;
  if (action !== 'list' && action !== 'remove') {
    throw new InputError('usage', `feeds: unknown action "${action.slice(0, 40)}"; expected list or remove`);
  }
  if (action === 'remove' && rest.length === 0) throw new InputError('usage', 'feeds remove: give the URL of the feed to remove (see `poachwatch feeds`)');
  if (action === 'list' && rest.length) throw new InputError('usage', `feeds: unexpected argument "${rest[0].slice(0, 40)}"`);
  const format = outputFormatFrom(values);
  const store = await openStoreFrom(values, io);
  try {
    if (action === 'remove') {
      let missing = 0;
      for (const url of rest) {
        if (await store.feeds.removeFeed(url)) io.out(`removed  ${url}\n`);
        else {
          missing++;
          io.err(`poachwatch feeds: no watched feed ${url}\n`);
        }
      }
      return missing ? EXIT.inputFailed : EXIT.ok;
    }
    const feeds = await store.feeds.listFeeds();
    if (format === 'json') io.out(renderJson(feeds));
    else if (format === 'csv') io.out(renderCsv(HEADERS, feeds.map(feedRow)));
    else io.out(renderFeeds(feeds) + `${feeds.length} feed${feeds.length === 1 ? '' : 's'}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
