/** `poachwatch brief`: a Markdown briefing on one organization: numbers, movers, bursts, cascades, forecast, sources. */
import { writeFile } from 'node:fs/promises';
import { InputError } from '../../core/errors.ts';
import { buildBriefing } from '../../queries/index.ts';
import { parseChoice, parsePartialDate, parseVerbArgs, parseWindowBound } from '../args.ts';
import { gazetteerFrom, gazetteerOptions, openStoreFrom, storeOptions } from '../common-options.ts';
import { renderJson } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';

const DEFAULT_SINCE = '30d';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('brief', argv, {
    ...storeOptions, ...gazetteerOptions, org: { type: 'string' }, team: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' },
    lang: { type: 'string' }, out: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean' },
  });
  const org = (values.org ?? positionals.join(' ')).trim();
  if (!org) throw new InputError('usage', 'brief: no organization given (e.g. poachwatch brief --org Apple --since 30d)');
  const now = parsePartialDate('now', values.now);
  // Spans such as 30d count back from --now when given; with no window at all, the last 30 days.
  const today = now ? new Date(`${(now + '-01-01').slice(0, 10)}T00:00:00Z`) : new Date();
  const since = values.since ?? (values.until === undefined ? DEFAULT_SINCE : undefined);
  const query = {
    org,
    team: values.team,
    since: parseWindowBound('since', since, today),
    recent: since?.trim(),
    until: parseWindowBound('until', values.until),
    lang: parseChoice('lang', values.lang, ['ko', 'en'] as const) ?? 'en',
    now,
    gazetteer: gazetteerFrom(values, io),
  };
  const store = await openStoreFrom(values, io);
  try {
    const { markdown, data } = await buildBriefing(store, query);
    const text = values.json ? renderJson({ markdown, data }) : markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    if (values.out) {
      await writeFile(values.out, text).catch((cause: unknown) => {
        throw new InputError('bad-config', `--out: cannot write "${values.out}": ${(cause as Error).message}`, values.out, { cause });
      });
      io.err(`brief: wrote ${values.out}\n`);
    } else io.out(text);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
