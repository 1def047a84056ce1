/**
 * Words for alerts: the reason line (English, stored and sent; Korean for display) and the webhook
 * body. The body is `{ text, alert }`: Slack incoming webhooks (and Mattermost, Discord's Slack
 * endpoint) show `text`; other receivers read the structured `alert`.
 */
import type { AlertRule, EpisodeFields, FiredAlert } from '../store/alerts-store.ts';

export type AlertLang = 'en' | 'ko';

type ReasonInput = Pick<EpisodeFields, 'windowStart' | 'windowEnd' | 'count' | 'destinations'> & { team?: string | null };

/**
 * "4 departures from Apple (Foundation Models) to Meta between 2025-07-01 and 2025-07-28,
 * threshold 3 in 30 days". The team is the rule's, else the one every departure shares; the
 * destination is the rule's, else the one every departure shares, else the counts.
 */
export function renderReason(rule: Pick<AlertRule, 'org' | 'team' | 'to' | 'windowDays' | 'threshold'>, e: ReasonInput, lang: AlertLang = 'en'): string {
  const team = rule.team ?? e.team ?? null;
  const from = team ? `${rule.org} (${team})` : rule.org;
  const dests = e.destinations;
  const unknown = lang === 'ko' ? '미상' : 'unknown';
  const to = rule.to ?? (dests.length === 1 ? dests[0].org ?? unknown : null);
  const mixed = dests.map((d) => `${d.org ?? unknown} ${d.count}`).join(', ');
  const same = e.windowStart === e.windowEnd;
  if (lang === 'ko') {
    const when = same ? e.windowStart : `${e.windowStart}~${e.windowEnd}`;
    return `${from} → ${to ?? `(${mixed})`} 이탈 ${e.count}명, ${when} (기준: ${rule.windowDays}일 내 ${rule.threshold}명 이상)`;
  }
  const when = same ? `on ${e.windowStart}` : `between ${e.windowStart} and ${e.windowEnd}`;
  const where = to ? ` to ${to}` : ` (to ${mixed})`;
  return `${e.count} departure${e.count === 1 ? '' : 's'} from ${from}${where} ${when}, threshold ${rule.threshold} in ${rule.windowDays} days`;
}

export interface WebhookBody {
  text: string;
  alert: {
    id: number;
    episode: string;
    rule: Pick<AlertRule, 'id' | 'name' | 'org' | 'team' | 'to' | 'windowDays' | 'threshold'>;
    reason: string;
    windowStart: string;
    windowEnd: string;
    count: number;
    people: string[];
    destinations: EpisodeFields['destinations'];
    moveIds: number[];
    firedAt: string;
  };
}

/** The JSON a webhook receives for one alert. */
export function renderWebhookBody(a: FiredAlert): WebhookBody {
  const { id, name, org, team, to, windowDays, threshold } = a.rule;
  return {
    text: `poachwatch alert (${name}): ${a.reason}: ${a.people.join(', ')}`,
    alert: {
      id: a.id,
      episode: a.episodeKey,
      rule: { id, name, org, team, to, windowDays, threshold },
      reason: a.reason,
      windowStart: a.windowStart,
      windowEnd: a.windowEnd,
      count: a.count,
      people: a.people,
      destinations: a.destinations,
      moveIds: a.moveIds,
      firedAt: a.firedAt,
    },
  };
}

/** scheme://host/… — webhook paths often carry the secret (Slack's do), so listings show only the host. */
export function redactWebhookUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname === '/' && !u.search ? '/' : '/…'}`;
  } catch {
    return '(invalid URL)';
  }
}
