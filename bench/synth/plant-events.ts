/** The bursts and cascades a story plants, written beside the corpus (events.jsonl) as their ground truth. */
import type { Story } from './create-market.ts';
import { formatDay } from './describe-date.ts';

/** One planted event: people leaving one organization (one team) for one destination close together. */
export interface PlantedEvent {
  kind: 'burst' | 'cascade';
  /** The document that reports it. */
  document: string;
  /** Canonical names, as the answer key writes them. */
  from: string;
  team: string | null;
  to: string;
  /** English names, in the order they left; for a cascade the first is the senior leader. */
  people: string[];
  /** YYYY-MM-DD of each departure, in the same order. */
  days: string[];
  /** The leader's role (a cascade's leader is always senior). */
  leaderRole: string | null;
}

/** The event a burst or cascade story plants, or null for every other kind of story. */
export function plantedEvent(story: Story, document: string): PlantedEvent | null {
  if (story.kind !== 'burst' && story.kind !== 'cascade') return null;
  const moves = [...story.moves].sort((a, b) => a.day - b.day);
  const first = story.moves[0];
  return {
    kind: story.kind,
    document,
    from: first.from!.name,
    team: first.fromTeam?.en ?? null,
    to: first.to!.name,
    people: moves.map((m) => m.name.en),
    days: moves.map((m) => formatDay(m.day)),
    leaderRole: story.kind === 'cascade' ? first.role.en : null,
  };
}
