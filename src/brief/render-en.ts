/** The briefing in English, as a wire-style news brief. */
import type { BriefingData } from '../queries/briefing.ts';
import type { MoverEntry } from '../queries/_movers.ts';
import { outletOf } from './display-names.ts';
import { decimal, enDate, plural, probability, usd } from './format.ts';
import { groupByCounterpart, moversOf, refsOf } from './_shared.ts';
import { observedDays, SHORT_HISTORY_DAYS } from './render-ko.ts';

export function renderEnglish(data: BriefingData): string {
  const subject = data.team ? `${data.org} (${data.team})` : data.org;
  const out: string[] = [`# ${subject}: talent moves briefing`, '', `*Period: ${periodLabel(data)}*`, ''];
  if (data.departures.length === 0 && data.arrivals.length === 0) {
    out.push(`No moves recorded ${periodPhrase(data)}: no one is reported leaving or joining ${subject}. `
      + 'That means none of the stored articles reports one, not that none happened.', '');
    return out.join('\n');
  }
  out.push('## Summary', '', headline(data, subject), '');
  out.push('## Movers', '', '### Departures', '');
  if (data.departures.length === 0) out.push(`No departures from ${subject} were recorded in the period.`, '');
  for (const g of groupByCounterpart(data.departures, 'to')) {
    out.push(g.org === null ? 'Destination not reported:' : `To ${g.org}:`, '');
    for (const m of g.movers) out.push(moverLine(data, m, 'from'));
    out.push('');
  }
  out.push('### Arrivals', '');
  if (data.arrivals.length === 0) out.push(`No one joined ${subject} in the period.`, '');
  else {
    for (const m of data.arrivals) out.push(moverLine(data, m, 'to'));
    out.push('');
  }
  out.push('## Bursts', '', ...burstParagraphs(data, subject), '');
  out.push('## Cascades', '', ...cascadeParagraphs(data), '');
  out.push('## Outlook', '', forecastParagraph(data), '');
  out.push('## Compensation', '', ...compensationLines(data), '');
  out.push('## Sources', '', ...data.sources.map((s, i) => `${i + 1}. ${s.title ? `"${s.title}"` : '(untitled)'} — ${outletOf(s)}${s.published ? `, ${enDate(s.published)}` : ''}. ${s.url ?? `file \`${s.source}\``}`), '');
  return out.join('\n');
}

const EN_UNITS = { d: 'day', w: 'week', m: 'month', y: 'year' } as const;

/** 'the last 30 days' for a window given as a span back from today ('30d'). */
function enRecent(recent: string): string | null {
  const m = /^(\d+)([dwmy])$/.exec(recent);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = EN_UNITS[m[2] as keyof typeof EN_UNITS];
  return n === 1 ? `the last ${unit}` : `the last ${n} ${unit}s`;
}

function periodLabel(d: BriefingData): string {
  const recent = d.recent && !d.until ? enRecent(d.recent) : null;
  if (recent && d.since) return `${recent} (since ${enDate(d.since)})`;
  if (d.since && d.until) return `${enDate(d.since)} – ${enDate(d.until)}`;
  if (d.since) return `since ${enDate(d.since)}`;
  if (d.until) return `until ${enDate(d.until)}`;
  return 'all stored moves';
}

function periodPhrase(d: BriefingData): string {
  const recent = d.recent && !d.until ? enRecent(d.recent) : null;
  if (recent) return `in ${recent}`;
  if (d.since && d.until) return `between ${enDate(d.since)} and ${enDate(d.until)}`;
  if (d.since) return `since ${enDate(d.since)}`;
  if (d.until) return `until ${enDate(d.until)}`;
  return 'in the stored news';
}

function headline(d: BriefingData, subject: string): string {
  const h = d.headline;
  const s: string[] = [];
  if (h.departures > 0) {
    const single = h.topDestination && h.topDestination.count === h.departures;
    const groups = groupByCounterpart(d.departures, 'to');
    const [first, second] = groups;
    const clear = first && first.org !== null && first.movers.length > 1 && (!second || second.movers.length < first.movers.length);
    s.push(single
      ? `${plural('person', h.departures, 'people')} left ${subject} for ${h.topDestination!.org} ${periodPhrase(d)}.`
      : clear
        ? `${plural('person', h.departures, 'people')} left ${subject} ${periodPhrase(d)}; ${first.org} took the most (${first.movers.length}).`
        : `${plural('person', h.departures, 'people')} left ${subject} ${periodPhrase(d)}: ${groups.map((g) => `${g.org ?? 'destination not reported'} ${g.movers.length}`).join(', ')}.`);
  } else s.push(`No one left ${subject} ${periodPhrase(d)}.`);
  s.push(h.arrivals > 0
    ? `${plural('person', h.arrivals, 'people')} joined in the same period${h.topSource ? `, most from ${h.topSource.org} (${h.topSource.count})` : ''}.`
    : 'No one joined in the same period.');
  s.push(h.net === 0 ? 'Net change: 0.' : `Net ${h.net < 0 ? 'outflow' : 'inflow'}: ${Math.abs(h.net)}.`);
  return s.join(' ');
}

function when(m: MoverEntry): string {
  switch (m.placedBy) {
    case 'day': return `on ${enDate(m.date!)}`;
    case 'month':
    case 'year': return `in ${enDate(m.date!)}`;
    case 'reported': return `date not stated, first reported ${enDate(m.reported!)}`;
    default: return 'date unknown';
  }
}

function moverLine(d: BriefingData, m: MoverEntry, own: 'from' | 'to'): string {
  const role = m.role ? `, ${m.role}` : '';
  const other = own === 'from' ? m.to : m.from;
  const ownTeam = m[own]?.team;
  const where = own === 'from'
    ? `${ownTeam && ownTeam.toLowerCase() !== d.team?.toLowerCase() ? `from ${ownTeam} ` : ''}to ${other ? other.team ? `${other.org} (${other.team})` : other.org : 'an unreported destination'}`
    : `from ${other ? other.team ? `${other.org} (${other.team})` : other.org : 'an unreported employer'}${ownTeam ? ` to ${ownTeam}` : ''}`;
  return `- **${m.person}**${role} — ${where}, ${when(m)}. ${refsOf(d, m.sources)}`.trimEnd();
}

function burstParagraphs(d: BriefingData, subject: string): string[] {
  if (d.bursts.length === 0) return ['No departure burst beyond the usual rate was detected in the period.'];
  return d.bursts.map((b) => {
    const movers = moversOf(d, b.moveIds);
    const byReport = movers.length > 0 && movers.every((m) => m.placedBy === 'reported');
    // Each end at its own precision: a month-dated move stands at mid-month only for the arithmetic.
    const from = movers[0]?.date ?? movers[0]?.reported ?? b.start;
    const to = movers[movers.length - 1]?.date ?? movers[movers.length - 1]?.reported ?? b.end;
    const span = b.start === b.end ? `on ${enDate(b.start)}${byReport ? ' (by report date)' : ''}` : `between ${enDate(from)} and ${enDate(to)}`;
    const dest = b.destinations.map((x) => `${x.org ?? 'unknown'} ${x.count}`).join(', ');
    return `${plural('departure', b.count)} from ${subject}${b.team && !d.team ? ` (${b.team})` : ''} ${span}, against ${decimal(b.expected)} expected at its own baseline rate `
      + `(Poisson tail p = ${probability(b.pValue)}). Destinations: ${dest}. ${refsOf(d, movers.flatMap((m) => m.sources))}`.trimEnd();
  });
}

function cascadeParagraphs(d: BriefingData): string[] {
  if (d.cascades.length === 0) return ['No cascade (colleagues following one person to the same destination) was found.'];
  const all = [...d.departures, ...d.arrivals];
  return d.cascades.map((c) => {
    const followers = c.followers.map((f) => f.person);
    const list = enList(followers);
    const members = moversOf(d, [c.leader.moveId, ...c.followers.map((f) => f.moveId)]);
    const refs = refsOf(d, members.flatMap((m) => m.sources));
    if (c.spanDays === 0 && members.every((m) => m.placedBy === 'reported')) {
      return `${enList([c.leader.person, ...followers])} were reported moving to ${c.to} on the same day (${enDate(c.leader.date)}); the reports do not say who moved first, so whether they followed one person is not established. ${refs}`.trimEnd();
    }
    // Day counts are exact only between day-dated moves; month-dated ones stand at mid-month.
    const exact = members.length === c.followers.length + 1 && members.every((m) => m.placedBy === 'day' || m.placedBy === 'reported');
    const gap = c.spanDays === 0 ? 'the same day' : exact ? `within ${plural('day', c.spanDays)}` : `within about ${plural('month', Math.max(1, Math.round(c.spanDays / 30)))}`;
    const leader = all.find((m) => m.moveId === c.leader.moveId);
    const when = leader ? leaderWhen(leader) : `on ${enDate(c.leader.date)}`;
    const head = `${c.leader.person}${c.leader.role ? ` (${c.leader.role})` : ''} moved to ${c.to} ${when}; ${list} followed ${gap}.`;
    const note = c.confidence === 'senior' ? 'A senior departure followed by colleagues.' : `No senior role is known; ${followers.length} followers make it a likely cascade.`;
    return `${head} ${note} ${refs}`.trimEnd();
  });
}

/** 'A and B', 'A, B and C'. */
function enList(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function leaderWhen(m: MoverEntry): string {
  if (m.placedBy === 'day') return `on ${enDate(m.date!)}`;
  if (m.date) return `in ${enDate(m.date)}`;
  return m.reported ? `(reported ${enDate(m.reported)})` : '';
}

function forecastParagraph(d: BriefingData): string {
  const f = d.forecast;
  if (!f) return 'No departures to forecast from.';
  const model = f.model === 'hawkes' ? 'a Hawkes process' : 'a Poisson rate';
  const parts = f.horizons.map((h) => `${decimal(h.expected)} over the next ${h.horizon} days (${Math.round(h.level * 100)}% interval ${h.lower}–${h.upper})`);
  const days = f.from && f.until ? observedDays(f.from, f.until) : 0;
  const caveat = days > 0 && days < SHORT_HISTORY_DAYS ? ` With only ${plural('day', days)} of history, the uncertainty is large.` : '';
  return `Expected further departures: ${parts.join('; ')}, from ${model}: ${f.reason}. Based on ${plural('departure', f.events)} recorded between ${enDate(f.from)} and ${enDate(f.until)}.${caveat}`;
}

function compensationLines(d: BriefingData): string[] {
  if (d.compensation.length === 0) return ['No compensation was reported for these moves.'];
  const all = [...d.departures, ...d.arrivals];
  return d.compensation.map((c) => {
    const m = all.find((x) => x.moveId === c.moveId)!;
    const figures = c.figures.map((f) => `"${f.text}"${f.usd !== null ? ` (${usd(f.usd)})` : ''}`);
    return `- ${c.person}: ${figures.join(' vs ')}${figures.length > 1 ? ' (reports differ)' : ''}. ${refsOf(d, m.sources)}`.trimEnd();
  });
}
