/** Merges checked patches (a user's organizations file) into gazetteer entries: new organizations, extra aliases, parents. */
import { orgKey } from './org-key.ts';
import type { OrgPatch } from './parse-org-file.ts';
import type { OrgEntry } from './types.ts';

/** Makes an id from a name: "Acme Robotics" → "acme-robotics"; non-Latin names keep their letters. */
export function slugifyOrgName(name: string): string {
  const slug = name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return slug === '' ? 'org' : slug;
}

interface Pending { entry: OrgEntry; path: string; parent?: string | null; owner?: string | null }

/**
 * Applies `patches` to a copy of `base`. A patch whose id, or whose name, the gazetteer already knows (as a
 * name or alias) extends that entry: its aliases are added and the fields it gives replace the old ones. Any
 * other patch adds an organization. An added alias that another, unrelated entry had moves to this one (the
 * user's file wins); one that already leads here through a unit (the evaluation table lists "DeepMind" under
 * Google) is left where it is. `parent` and `owner` may name an id or a name. Returns the entries and a
 * `path: message` line per problem.
 */
export function mergeOrgEntries(base: readonly OrgEntry[], patches: readonly OrgPatch[]): { entries: OrgEntry[]; problems: string[] } {
  const problems: string[] = [];
  const entries = base.map((e) => ({ ...e, aliases: [...e.aliases] }));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byKey = new Map<string, OrgEntry>();
  const index = (e: OrgEntry, name: string) => { if (!byKey.has(orgKey(name))) byKey.set(orgKey(name), e); };
  for (const e of entries) index(e, e.name);
  for (const e of entries) for (const a of e.aliases) index(e, a);

  const leadsTo = (from: OrgEntry, to: OrgEntry) => {
    let cur: OrgEntry | undefined = from;
    for (let i = 0; cur && i < 32; i++) {
      if (cur === to) return true;
      cur = cur.parent ? byId.get(cur.parent) : undefined;
    }
    return false;
  };

  const addAlias = (target: OrgEntry, alias: string, path: string) => {
    const holder = byKey.get(orgKey(alias));
    // Same key, other spelling ("Open AI" beside "OpenAI"): the matcher needs every spelling.
    if (holder === target) { if (!target.aliases.includes(alias) && alias !== target.name) target.aliases.push(alias); return; }
    if (holder && leadsTo(holder, target)) return;
    if (holder) {
      if (orgKey(holder.name) === orgKey(alias)) {
        problems.push(`${path}: "${alias}" is already the name of another organization ("${holder.id}")`);
        return;
      }
      holder.aliases = holder.aliases.filter((a) => orgKey(a) !== orgKey(alias));
    }
    target.aliases.push(alias);
    byKey.set(orgKey(alias), target);
  };

  const pending: Pending[] = [];
  for (const p of patches) {
    let target = p.id !== undefined ? byId.get(p.id) : undefined;
    if (!target && p.id === undefined && p.name !== undefined) target = byKey.get(orgKey(p.name));
    if (!target) {
      if (p.name === undefined) {
        problems.push(`${p.path}.name: expected a non-empty string for the new organization "${p.id}", got nothing`);
        continue;
      }
      const named = byKey.get(orgKey(p.name));
      if (named && orgKey(named.name) === orgKey(p.name)) {
        problems.push(`${p.path}.id: "${p.name}" is already the organization "${named.id}"; use that id to extend it, or another name`);
        continue;
      }
      let id = p.id ?? slugifyOrgName(p.name);
      for (let n = 2; byId.has(id); n++) id = `${p.id ?? slugifyOrgName(p.name)}-${n}`;
      target = { id, name: p.name, aliases: [], parent: null, kind: p.kind ?? 'company' };
      entries.push(target);
      byId.set(id, target);
      if (named) named.aliases = named.aliases.filter((a) => orgKey(a) !== orgKey(p.name!));
      byKey.set(orgKey(p.name), target);
    } else if (p.id !== undefined && p.name !== undefined && orgKey(p.name) !== orgKey(target.name)) {
      target.aliases.push(target.name);
      target.name = p.name;
      byKey.set(orgKey(p.name), target);
    }
    if (p.kind !== undefined) target.kind = p.kind;
    if (p.country !== undefined) target.country = p.country;
    if (p.ambiguous !== undefined) target.ambiguous = p.ambiguous;
    (p.aliases ?? []).forEach((a, i) => addAlias(target!, a, `${p.aliasesPath ?? `${p.path}.aliases`}[${i}]`));
    pending.push({ entry: target, path: p.path, parent: p.parent, owner: p.owner });
  }

  const resolveRef = (ref: string) => byId.get(ref) ?? byKey.get(orgKey(ref));
  for (const { entry, path, parent, owner } of pending) {
    for (const [field, ref] of [['parent', parent], ['owner', owner]] as const) {
      if (ref === undefined) continue;
      if (ref === null) { entry[field] = null; continue; }
      const found = resolveRef(ref);
      if (!found) problems.push(`${path}.${field}: no organization with id or name "${ref}"`);
      else if (found === entry) problems.push(`${path}.${field}: an organization cannot be its own ${field}`);
      else entry[field] = found.id;
    }
  }
  for (const { entry, path } of pending) {
    const chain = [entry.id];
    for (let cur = entry.parent ? byId.get(entry.parent) : undefined; cur; cur = cur.parent ? byId.get(cur.parent) : undefined) {
      chain.push(cur.id);
      if (cur === entry) { problems.push(`${path}.parent: ${chain.map((id) => `"${id}"`).join(' → ')} is a cycle`); break; }
      if (chain.length > 32) break;
    }
  }
  return { entries, problems };
}
