/** `poachwatch <verb>`: dispatches to the verb's module, and exits in one place with a meaningful code. */
import { InputError, InternalError } from '../core/errors.ts';
import { EXIT, processIO, type CliIO } from './io.ts';

type Command = { summary: string; usage: string; load: () => Promise<{ run(argv: string[], io: CliIO): Promise<number> }> };

export const commands: Record<string, Command> = {
  demo: { summary: 'ingest the bundled sample corpus and print what was found', usage: 'demo [--db URL] [--fresh]', load: () => import('./commands/demo.ts') },
  ingest: { summary: 'read files, directories, URLs or stdin (-) into the store', usage: 'ingest <input>... [--db URL] [--published YYYY-MM-DD] [--include GLOB]... [--allow-private] [--max-bytes 5MB] [--timeout 20s] [--max-redirects 5] [--orgs FILE]... [--json]', load: () => import('./commands/ingest.ts') },
  extract: { summary: 'print the moves each input states, as JSON lines, without any database', usage: 'extract [--format jsonl] <input>... [--published YYYY-MM-DD] [--include GLOB]... [--allow-private] [--orgs FILE]...', load: () => import('./commands/extract.ts') },
  moves: { summary: 'list stored moves', usage: 'moves [--org ORG] [--from ORG] [--to ORG] [--person NAME] [--since DATE] [--until DATE] [--history] [--limit N] [--json|--csv] [--db URL]', load: () => import('./commands/moves.ts') },
  person: { summary: "a person's career timeline with sources", usage: 'person <name> [--json] [--db URL]', load: () => import('./commands/person.ts') },
  org: { summary: "an organization's inflow, outflow, net, counterparts and recent departures", usage: 'org <name> [--since DATE] [--until DATE] [--json] [--db URL]', load: () => import('./commands/org.ts') },
  bursts: { summary: 'departures from one organization that cluster beyond its own baseline rate', usage: 'bursts [--window 30] [--threshold 3] [--alpha 0.01] [--level org|team] [--org ORG] [--json] [--db URL]', load: () => import('./commands/bursts.ts') },
  cascades: { summary: "a leader's departure followed by colleagues to the same destination", usage: 'cascades [--days 90] [--org ORG] [--json] [--db URL]', load: () => import('./commands/cascades.ts') },
  forecast: { summary: 'expected departures over the next 30 and 90 days (Hawkes or Poisson), with an 80% interval', usage: 'forecast <org> [--team TEAM] [--now YYYY-MM-DD] [--json] [--db URL]', load: () => import('./commands/forecast.ts') },
  backtest: { summary: "replays an organization's departures: calibration of the intervals and log-likelihood against the Poisson baseline", usage: 'backtest <org> [--team TEAM] [--step 30] [--horizon 30] [--warmup 90] [--json] [--db URL]', load: () => import('./commands/backtest.ts') },
  comp: { summary: 'stated compensation by destination and period (USD), conflicting reports side by side', usage: 'comp [--to ORG] [--period year|quarter|month] [--since DATE] [--until DATE] [--json] [--db URL]', load: () => import('./commands/comp.ts') },
  flows: { summary: 'organization → organization (or team → team) counts in a window', usage: 'flows [--since DATE] [--until DATE] [--level org|team] [--org ORG] [--limit N] [--people N] [--json|--csv] [--db URL]', load: () => import('./commands/flows.ts') },
  brief: { summary: 'a Markdown briefing on one organization: numbers, movers, bursts, cascades, forecast, sources', usage: 'brief --org ORG [--team TEAM] [--since 30d] [--until DATE] [--lang ko|en] [--now YYYY-MM-DD] [--out FILE] [--json] [--orgs FILE]... [--db URL]', load: () => import('./commands/brief.ts') },
  series: { summary: "monthly arrivals, departures and net of one organization, or month × flow counts", usage: 'series [--org ORG] [--from ORG] [--to ORG] [--since DATE] [--until DATE] [--level org|team] [--json|--csv] [--db URL]', load: () => import('./commands/series.ts') },
  alerts: { summary: 'alert rules and the alerts they fired; deliver pending webhooks', usage: 'alerts [list [--limit N] [--offset N] [--rule ID] [--lang en|ko]] | rules | add-rule --org ORG [--team TEAM] [--to ORG] [--window 30] [--threshold 3] [--webhook URL] [--name NAME] [--backfill] [--orgs FILE]... | remove-rule ID | evaluate | deliver [--failed]] [--json] [--db URL]', load: () => import('./commands/alerts.ts') },
  curate: { summary: 'record a human decision: accept, reject or edit a claim; merge or split people', usage: 'curate <list|claims [--person NAME]|accept ID|reject ID|edit ID [--person NAME] [--from ORG] [--to ORG] [--date DATE] [--role ROLE]|merge ID ID|split ID ID|undo DECISION> [--by NAME] [--note TEXT] [--json] [--orgs FILE]... [--db URL]', load: () => import('./commands/curate.ts') },
  serve: { summary: 'serve the dashboard and the HTTP API', usage: 'serve [--port 8080] [--host 127.0.0.1] [--db URL] [--token-file FILE] [--allow-private] [--orgs FILE]...', load: () => import('./commands/serve.ts') },
  start: { summary: 'what npm start runs: ingest the sample corpus into an empty store, then serve the dashboard and the API', usage: 'start [--port 8080] [--host 127.0.0.1] [--db URL] [--token-file FILE] [--allow-private] [--orgs FILE]...', load: () => import('./commands/start.ts') },
  watch: { summary: 'poll feeds (RSS, Atom, JSON Feed, OPML) and ingest new items', usage: 'watch [<feed URL | OPML file>...] [--once] [--interval 15m] [--allow-private] [--max-bytes 5MB] [--timeout 20s] [--max-redirects 5] [--published DATE] [--orgs FILE]... [--quiet] [--json] [--db URL]', load: () => import('./commands/watch.ts') },
  feeds: { summary: 'watched feeds with their health', usage: 'feeds [list] [--json|--csv] [--db URL] | feeds remove <feed URL>... [--db URL]', load: () => import('./commands/feeds.ts') },
  worker: { summary: 'process fetch and extract jobs from the PostgreSQL queue', usage: 'worker --db postgres://... [--concurrency N] [--once] [--poll 1s] [--orgs FILE]... [--quiet] [--json]', load: () => import('./commands/worker.ts') },
  jobs: { summary: 'enqueue inputs for workers; job counts, dead letters, retry them', usage: 'jobs [enqueue <input>... [--include GLOB]... [--published DATE] [--allow-private] [--max-bytes 5MB] [--timeout 20s] [--max-redirects 5] [--retry-limit 4] [--retry-delay 30s] | list | failed | retry-failed] [--json] --db postgres://...', load: () => import('./commands/jobs.ts') },
  'migrate-store': { summary: 'copy a store into another, empty one (e.g. SQLite into PostgreSQL), ids kept', usage: 'migrate-store --from sqlite:path --to postgres://... [--json]', load: () => import('./commands/migrate-store.ts') },
};

export function renderUsage(): string {
  const width = Math.max(...Object.keys(commands).map((k) => k.length));
  return [
    'usage: poachwatch <verb> [options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Dates: YYYY, YYYY-MM or YYYY-MM-DD; --since/--until also take 30d, 12w, 6m, 1y (back from today).',
    'Store: --db sqlite:path | postgres://… (default: $POACHWATCH_DB, else sqlite:poachwatch.sqlite).',
    'Exit codes: 0 ok, 1 some input failed, 2 usage error, 70 internal error.',
    "Run 'poachwatch <verb> --help' for a verb's options.",
    '',
  ].join('\n');
}

/** Runs the CLI on `rawArgs` and returns the exit code; never throws. */
export async function runMain(rawArgs: string[], io: CliIO = processIO()): Promise<number> {
  const [verb, ...rest] = rawArgs;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    io.out(renderUsage());
    return verb ? EXIT.ok : EXIT.usage;
  }
  if (verb === '--version') {
    io.out('poachwatch 0.1.0\n');
    return EXIT.ok;
  }
  const command = commands[verb];
  if (!command) {
    io.err(`poachwatch: unknown verb "${verb.slice(0, 40)}"; expected one of ${Object.keys(commands).join(', ')}\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`usage: poachwatch ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    const mod = await command.load();
    return await mod.run(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`poachwatch ${verb}: ${error.message}\n`);
      if (error.code === 'usage') io.err(`usage: poachwatch ${command.usage}\n`);
      return error.code === 'usage' || error.code === 'bad-config' ? EXIT.usage : EXIT.inputFailed;
    }
    const e = error instanceof Error ? error : new InternalError(String(error));
    io.err(`poachwatch ${verb}: internal error (a bug in poachwatch; please report it with the command you ran):\n${e.stack ?? e.message}\n`);
    return EXIT.internal;
  }
}
