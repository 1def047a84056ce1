/**
 * Turns the organization names a user typed for a rule into the names moves carry: the gazetteer's
 * canonical name for any alias or script ("애플" → "Apple"); a gazetteer entry that is a unit of a
 * parent ("Google DeepMind" under "Google" when so listed) becomes org = top level, team = unit,
 * because moves name the top-level organization and keep the unit as their team. Names the
 * gazetteer does not know are kept as typed (matched case- and space-insensitively).
 */
import type { Gazetteer } from '../orgs/index.ts';

export interface RuleOrgs { org: string; team: string | null; to: string | null }

export function resolveRuleOrgs(input: { org: string; team?: string | null; to?: string | null }, gazetteer: Gazetteer): RuleOrgs {
  const org = input.org.trim();
  const entry = gazetteer.lookup(org);
  let canonical = entry?.name ?? org;
  let team = input.team?.trim() || null;
  if (entry) {
    const top = gazetteer.topLevel(entry);
    if (top !== entry) {
      canonical = top.name;
      team ??= entry.name;
    }
  }
  const toText = input.to?.trim() || null;
  const toEntry = toText ? gazetteer.lookup(toText) : undefined;
  const to = toText ? (toEntry ? gazetteer.topLevel(toEntry).name : toText) : null;
  return { org: canonical, team, to };
}
