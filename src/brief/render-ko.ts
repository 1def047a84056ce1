/** The briefing in Korean, written as news prose (particles chosen by sound, 명/건 counters, 2025년 7월 30일 dates). */
import type { Gazetteer } from '../orgs/index.ts';
import type { BriefingData } from '../queries/briefing.ts';
import type { MoverEntry } from '../queries/_movers.ts';
import { koOrgName, koPersonName, outletOf } from './display-names.ts';
import { koForecastReason } from './forecast-reason.ts';
import { decimal, koDate, koDateAfter, koUsd, probability } from './format.ts';
import { particle, withParticle } from './korean-particles.ts';
import { groupByCounterpart, moversOf, refsOf } from './_shared.ts';

const HAS_HANGUL = /[\uac00-\ud7a3]/u;

/** Below this many days of observed history a forecast is flagged as uncertain. */
export const SHORT_HISTORY_DAYS = 90;

export const observedDays = (from: string, until: string) => Math.round((Date.parse(until) - Date.parse(from)) / 86_400_000) + 1;

export function renderKorean(data: BriefingData, gazetteer: Gazetteer | undefined): string {
  const org = (name: string) => koOrgName(name, gazetteer);
  const subject = unitName({ org: data.org, team: data.team }, org);
  const out: string[] = [`# ${subject} 인력 이동 브리핑`, '', `*집계 기간: ${periodLabel(data)}*`, ''];
  if (data.departures.length === 0 && data.arrivals.length === 0) {
    out.push(`${periodPhrase(data)} ${withParticle(subject, '을/를')} 떠나거나 ${withParticle(subject, '으로/로')} 옮겨 온 인물은 기록되지 않았다. `
      + '저장된 기사에서 이 기간의 인력 이동이 확인되지 않았다는 뜻으로, 실제 이동이 없었다는 보장은 아니다.', '');
    return out.join('\n');
  }
  out.push('## 요약', '', headline(data, subject, org), '');
  out.push('## 이동 인물', '');
  out.push('### 떠난 인력', '');
  if (data.departures.length === 0) out.push(`같은 기간 ${subject}에서 다른 곳으로 떠난 인력은 기록되지 않았다.`, '');
  for (const g of groupByCounterpart(data.departures, 'to')) {
    out.push(g.org === null ? '행선지가 알려지지 않은 퇴사자는 다음과 같다.' : `${withParticle(org(g.org), '으로/로')} 이직한 인물은 다음과 같다.`, '');
    for (const m of g.movers) out.push(moverLine(data, m, 'from', org));
    out.push('');
  }
  out.push('### 합류한 인력', '');
  if (data.arrivals.length === 0) out.push(`같은 기간 ${withParticle(subject, '으로/로')} 옮겨 온 인력은 없었다.`, '');
  else {
    out.push(`${withParticle(subject, '으로/로')} 옮겨 온 인물은 다음과 같다.`, '');
    for (const m of data.arrivals) out.push(moverLine(data, m, 'to', org));
    out.push('');
  }
  out.push('## 집단 이탈', '', ...burstParagraphs(data, subject, org), '');
  out.push('## 연쇄 이동', '', ...cascadeParagraphs(data, org), '');
  out.push('## 전망', '', forecastParagraph(data), '');
  out.push('## 보상', '', ...compensationLines(data), '');
  out.push('## 출처', '', ...data.sources.map((s, i) => `${i + 1}. ${s.title ? `「${s.title}」` : '(제목 없음)'} — ${outletOf(s)}${s.published ? `, ${koDate(s.published)}` : ''}. ${s.url ?? `파일 \`${s.source}\``}`), '');
  return out.join('\n');
}

const KO_UNITS = { d: '일', w: '주', m: '개월', y: '년' } as const;

/** '최근 30일' for a window given as a span back from today ('30d'). */
function koRecent(recent: string): string | null {
  const m = /^(\d+)([dwmy])$/.exec(recent);
  return m ? `최근 ${m[1]}${KO_UNITS[m[2] as keyof typeof KO_UNITS]}` : null;
}

function periodLabel(d: BriefingData): string {
  const recent = d.recent && !d.until ? koRecent(d.recent) : null;
  if (recent && d.since) return `${recent}(${koDate(d.since)} 이후)`;
  if (d.since && d.until) return `${koDate(d.since)}~${koDateAfter(d.until, d.since)}`;
  if (d.since) return `${koDate(d.since)} 이후`;
  if (d.until) return `${koDate(d.until)}까지`;
  return '저장된 전체 기간';
}

/** The window as an adverbial phrase opening a sentence. */
function periodPhrase(d: BriefingData): string {
  const recent = d.recent && !d.until ? koRecent(d.recent) : null;
  if (recent) return `${recent} 사이`;
  if (d.since && d.until) return `${koDate(d.since)}부터 ${koDateAfter(d.until, d.since)}까지`;
  if (d.since) return `${koDate(d.since)} 이후`;
  if (d.until) return `${koDate(d.until)}까지`;
  return '지금까지';
}

/** '애플에서 2025년 7월 1일부터 31일까지', or '지금까지 애플에서' when the window is open. */
function whereAndWhen(d: BriefingData, subject: string): string {
  const period = periodPhrase(d);
  return d.since || d.until ? `${subject}에서 ${period}` : `${period} ${subject}에서`;
}

function headline(d: BriefingData, subject: string, org: (n: string) => string): string {
  const h = d.headline;
  const sentences: string[] = [];
  if (h.departures > 0) {
    const known = d.departures.filter((m) => m.to !== null);
    const single = h.topDestination && known.length === h.departures && h.topDestination.count === h.departures;
    if (single) sentences.push(`${whereAndWhen(d, subject)} ${h.departures}명이 ${withParticle(org(h.topDestination!.org), '으로/로')} 자리를 옮겼다.`);
    else {
      sentences.push(`${whereAndWhen(d, subject)} ${h.departures}명이 다른 곳으로 자리를 옮겼다.`);
      const groups = groupByCounterpart(d.departures, 'to');
      const [first, second] = groups;
      if (first && first.org !== null && first.movers.length > 1 && (!second || second.movers.length < first.movers.length)) {
        sentences.push(`행선지별로는 ${withParticle(org(first.org), '이/가')} ${first.movers.length}명으로 가장 많았다.`);
      } else {
        sentences.push(`행선지는 ${groups.map((g) => `${g.org === null ? '미상' : org(g.org)} ${g.movers.length}명`).join(', ')}이다.`);
      }
    }
  } else {
    sentences.push(`${whereAndWhen(d, subject)} 다른 곳으로 떠난 인력은 기록되지 않았다.`);
  }
  if (h.arrivals > 0) {
    const most = h.topSource ? `이며, ${org(h.topSource.org)} 출신이 ${h.topSource.count}명으로 가장 많았다` : '이다';
    sentences.push(`같은 기간 ${withParticle(subject, '으로/로')} 옮겨 온 인력은 ${h.arrivals}명${most}.`);
  } else {
    sentences.push(`같은 기간 ${withParticle(subject, '으로/로')} 옮겨 온 인력은 없었다.`);
  }
  if (h.net < 0) sentences.push(`이에 따라 순유출은 ${-h.net}명이다.`);
  else if (h.net > 0) sentences.push(`이에 따라 순유입은 ${h.net}명이다.`);
  else sentences.push(`들어오고 나간 인원이 ${h.departures}명씩으로 같았다.`);
  return sentences.join(' ');
}

/** A role as a Korean title after the name (Hangul) or in the parenthesis (other scripts). */
function nameWithRole(m: MoverEntry): string {
  const name = koPersonName(m.person, m.aliases);
  if (!m.role) return `**${name}**`;
  if (HAS_HANGUL.test(m.role)) return `**${name}** ${m.role}`;
  return name.endsWith(')') ? `**${name.slice(0, -1)}, ${m.role})**` : `**${name}**(${m.role})`;
}

/** '메타 초지능 연구소'; a team whose name already starts with its organization's ('구글 딥마인드') stands alone. */
function unitName(side: { org: string; team: string | null }, org: (n: string) => string): string {
  const company = org(side.org);
  if (!side.team) return company;
  const team = org(side.team);
  return team.startsWith(company) ? team : `${company} ${team}`;
}

/** The move's date at its own precision ('2025년 7월' for a month-dated move), or its first report. */
function koWhen(m: MoverEntry | undefined, fallback: string): string {
  if (m?.date) return koDate(m.date);
  if (m?.reported) return `${koDate(m.reported)}(보도일 기준)`;
  return koDate(fallback);
}

/** When the move happened, as a clause ending the sentence. */
function whenClause(m: MoverEntry, verb: string): string {
  switch (m.placedBy) {
    case 'day': return `${koDate(m.date!)} ${verb}.`;
    case 'month': return `${koDate(m.date!)} 중 ${verb}.`;
    case 'year': return `${koDate(m.date!)} 중 ${verb}(월은 알려지지 않았다).`;
    case 'reported': return `정확한 시점은 알려지지 않았으며 ${koDate(m.reported!)} 처음 보도됐다.`;
    default: return '이동 시점은 알려지지 않았다.';
  }
}

function moverLine(d: BriefingData, m: MoverEntry, own: 'from' | 'to', org: (n: string) => string): string {
  const ownSide = m[own];
  const other = own === 'from' ? m.to : m.from;
  const parts: string[] = [];
  if (own === 'from') {
    // In a team's own briefing its name on every line says nothing.
    if (ownSide?.team && ownSide.team.toLowerCase() !== d.team?.toLowerCase()) parts.push(`${unitName(ownSide, org)} 소속이었다.`);
    parts.push(whenClause(m, other?.team ? `${unitName(other, org)}에 합류했다` : '자리를 옮겼다'));
  } else {
    const origin = other ? `${other.team ? unitName(other, org) : org(other.org)} 출신으로,` : '이전 소속은 알려지지 않았으며,';
    const joined = ownSide?.team && ownSide.team.toLowerCase() !== d.team?.toLowerCase() ? `${unitName(ownSide, org)}에 합류했다` : '합류했다';
    const when = whenClause(m, joined);
    // "정확한 시점은 …" and "이동 시점은 …" stand as their own sentences.
    parts.push(m.placedBy === 'reported' || m.placedBy === null ? `${origin.replace(/,$/, '')} ${joined.replace(/했다$/, '한')} 것으로 전해졌다. ${when}` : `${origin} ${when}`);
  }
  return `- ${nameWithRole(m)}: ${parts.join(' ')} ${refsOf(d, m.sources)}`.trimEnd();
}

/** 'A와 B', 'A, B와 C': the last two joined by 과/와, chosen by the sound before it. */
function koList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  const head = names.slice(0, -2);
  const [before, last] = names.slice(-2) as [string, string];
  return [...head, `${withParticle(before, '과/와')} ${last}`].join(', ');
}

function burstParagraphs(d: BriefingData, subject: string, org: (n: string) => string): string[] {
  if (d.bursts.length === 0) return ['같은 기간 평소 수준을 넘는 집단 이탈은 감지되지 않았다.'];
  return d.bursts.map((b) => {
    const movers = moversOf(d, b.moveIds);
    const byReport = movers.length > 0 && movers.every((m) => m.placedBy === 'reported');
    const teamName = b.team && !d.team ? org(b.team) : null;
    // "애플 파운데이션 모델" already names Apple; otherwise the team follows the organization.
    const who = teamName === null ? subject : teamName.startsWith(subject) ? teamName : `${subject} ${teamName}`;
    // Each end at its own precision: a month-dated move stands at mid-month only for the arithmetic.
    const first = movers[0];
    const last = movers[movers.length - 1];
    const from = first?.date ?? first?.reported ?? b.start;
    const to = last?.date ?? last?.reported ?? b.end;
    const when = b.start !== b.end
      ? `${who}에서 ${koDate(from)}부터 ${koDateAfter(to, from)}까지 ${b.count}명이 잇따라 빠져나갔다.`
      : byReport
        ? `${koDate(b.start)} 보도로 ${who}에서 ${b.count}명의 이탈이 한꺼번에 확인됐다.`
        : `${koDate(b.start)} 하루에 ${who}에서 ${b.count}명이 빠져나갔다.`;
    const dest = b.destinations.map((x) => `${x.org === null ? '행선지 미상' : org(x.org)} ${x.count}명`).join(', ');
    return `${when} ${subject}의 평소 이탈 속도라면 같은 기간 ${decimal(b.expected)}명 안팎이 예상되는 만큼, 통계적으로 이례적인 집단 이탈이다(포아송 꼬리확률 p=${probability(b.pValue)}). `
      + `행선지는 ${dest}이다. ${refsOf(d, movers.flatMap((m) => m.sources))}`.trimEnd();
  });
}

function cascadeParagraphs(d: BriefingData, org: (n: string) => string): string[] {
  if (d.cascades.length === 0) return ['한 사람의 이동에 동료들이 뒤따른 연쇄 이동은 확인되지 않았다.'];
  const all = [...d.departures, ...d.arrivals];
  const entry = (id: number) => all.find((x) => x.moveId === id);
  const nameOf = (id: number, fallback: string) => {
    const m = entry(id);
    return m ? koPersonName(m.person, m.aliases) : fallback;
  };
  return d.cascades.map((c) => {
    const leader = nameOf(c.leader.moveId, c.leader.person);
    const followers = c.followers.map((f) => nameOf(f.moveId, f.person));
    const role = c.leader.role ? ` ${c.leader.role}` : '';
    const members = moversOf(d, [c.leader.moveId, ...c.followers.map((f) => f.moveId)]);
    const sameReport = c.spanDays === 0 && members.every((m) => m.placedBy === 'reported');
    // Day counts are exact only between day-dated moves; month-dated ones stand at mid-month.
    const exact = members.length === c.followers.length + 1 && members.every((m) => m.placedBy === 'day' || m.placedBy === 'reported');
    const gap = c.spanDays === 0 ? '같은 날' : exact ? `${c.spanDays}일 안에` : `약 ${Math.max(1, Math.round(c.spanDays / 30))}개월 사이에`;
    const lead = sameReport
      ? `${leader}${role}의 ${org(c.to)}행과 함께 ${koList(followers)}의 이직이 ${koDate(c.leader.date)} 같은 보도에서 확인됐다.`
      : `${withParticle(`${leader}${role}`, '이/가')} ${koWhen(entry(c.leader.moveId), c.leader.date)} ${withParticle(org(c.to), '으로/로')} 옮긴 뒤 ${gap} ${withParticle(koList(followers), '이/가')} 뒤따랐다.`;
    const note = sameReport
      ? '다만 보도 시점만으로는 누가 먼저 움직였는지 알 수 없어, 한 사람을 따라간 연쇄 이동인지는 확인되지 않는다.'
      : c.confidence === 'senior'
      ? '선임자의 이동이 동료들의 이직으로 이어진 연쇄 이동이다.'
      : `앞선 인물의 직급은 확인되지 않았지만, 같은 곳으로 ${followers.length}명이 잇따른 만큼 연쇄 이동일 가능성이 있다.`;
    return `${lead} ${note} ${refsOf(d, members.flatMap((m) => m.sources))}`.trimEnd();
  });
}

function forecastParagraph(d: BriefingData): string {
  const f = d.forecast;
  if (!f) return '전망을 낼 이탈 기록이 없다.';
  const label = f.model === 'hawkes' ? '호크스 과정 추정' : '포아송 모형 추정';
  const [first, ...rest] = f.horizons;
  if (!first) return '전망을 낼 수 없었다.';
  const interval = (h: typeof first) => `${Math.round(h.level * 100)}% 구간 ${h.lower}~${h.upper}명`;
  const sentences = [`향후 ${first.horizon}일간 추가 이탈은 평균 ${decimal(first.expected)}명(${interval(first)})으로 예상된다(${label}).`];
  for (const h of rest) sentences.push(`기간을 ${h.horizon}일로 넓히면 평균 ${decimal(h.expected)}명(${interval(h)})이다.`);
  sentences.push(koForecastReason(f.model, f.reason));
  if (f.from && f.until) {
    sentences.push(`추정은 ${koDate(f.from)}부터 ${koDateAfter(f.until, f.from)}까지 기록된 이탈 ${f.events}건에 근거한다.`);
    const days = observedDays(f.from, f.until);
    if (days < SHORT_HISTORY_DAYS) sentences.push(`관측 기간이 ${days}일에 불과해 불확실성이 크다.`);
  }
  return sentences.join(' ');
}

function compensationLines(d: BriefingData): string[] {
  if (d.compensation.length === 0) return ['이동 인물의 보상 규모가 보도된 사례는 없다.'];
  const all = [...d.departures, ...d.arrivals];
  return d.compensation.map((c) => {
    const m = all.find((x) => x.moveId === c.moveId)!;
    const name = koPersonName(m.person, m.aliases);
    const figures = c.figures.map((f) => `'${f.text}'${f.usd !== null && !f.text.includes('달러') ? `(약 ${koUsd(f.usd)})` : ''}`);
    const verb = figures.length > 1 ? `${figures.join(', ')} 등으로 엇갈리게 보도됐다` : `${figures[0]}${particle(figures[0]!, '으로/로')} 보도됐다`;
    return `- ${name}의 보상은 ${verb}. ${refsOf(d, m.sources)}`.trimEnd();
  });
}
