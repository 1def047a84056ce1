/** Checks the contents of an organizations file (the full entry form or the simple name → aliases form). */
import type { OrgKind } from './types.ts';

export const ORG_KINDS: readonly OrgKind[] = ['company', 'lab', 'startup', 'university', 'institute', 'unit', 'government', 'other'];

const FIELDS = ['id', 'name', 'aliases', 'parent', 'kind', 'country', 'owner', 'ambiguous'];

/** One entry of a user file, checked but not yet merged: every field but the path is optional. */
export interface OrgPatch {
  /** Where the entry sits in its file, for messages: `orgs.json[3]`, `orgs.json["Acme"]`. */
  path: string;
  /** Where the aliases array sits, when not at `${path}.aliases`. */
  aliasesPath?: string;
  id?: string;
  name?: string;
  aliases?: string[];
  /** An id or a name of the parent organization, or null to make the entry top-level. */
  parent?: string | null;
  kind?: OrgKind;
  country?: string;
  owner?: string | null;
  ambiguous?: boolean | string[];
}

export const ORG_FILE_EXAMPLE =
  '[{"id": "acme-robotics", "name": "Acme Robotics", "aliases": ["애크미 로보틱스", "Acme"], "parent": null, "kind": "startup", "country": "US"}]' +
  ' or {"Acme Robotics": ["애크미 로보틱스", "Acme"]}';

/** A value as a message shows it: JSON, cut to 40 characters. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isSlug = (v: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v);

function checkEntry(v: unknown, path: string, problems: string[]): OrgPatch | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    problems.push(`${path}: expected an object like {"name": "Acme Robotics", "aliases": ["Acme"]}, got ${describeValue(v)}`);
    return undefined;
  }
  const o = v as Record<string, unknown>;
  const patch: OrgPatch = { path };
  let ok = true;
  const bad = (field: string, expected: string, got: unknown) => {
    problems.push(`${path}.${field}: expected ${expected}, got ${describeValue(got)}`);
    ok = false;
  };
  for (const key of Object.keys(o)) {
    if (!FIELDS.includes(key)) {
      problems.push(`${path}.${key}: unknown field (known: ${FIELDS.join(', ')})`);
      ok = false;
    }
  }
  if (o.id !== undefined) {
    if (typeof o.id !== 'string' || !isSlug(o.id)) bad('id', 'a lower-case slug like "acme-robotics"', o.id);
    else patch.id = o.id;
  }
  if (o.name !== undefined) {
    if (!isNonEmptyString(o.name)) bad('name', 'a non-empty string', o.name);
    else patch.name = o.name.trim();
  } else if (patch.id === undefined && o.id === undefined) {
    bad('name', 'a non-empty string', undefined);
  }
  if (o.aliases !== undefined) {
    if (!Array.isArray(o.aliases)) bad('aliases', 'an array of strings', o.aliases);
    else {
      patch.aliases = [];
      o.aliases.forEach((a, i) => {
        if (!isNonEmptyString(a)) bad(`aliases[${i}]`, 'a non-empty string', a);
        else patch.aliases!.push(a.trim());
      });
    }
  }
  for (const field of ['parent', 'owner'] as const) {
    const ref = o[field];
    if (ref === undefined) continue;
    if (ref !== null && !isNonEmptyString(ref)) bad(field, 'the id or name of another organization, or null', ref);
    else patch[field] = ref === null ? null : ref.trim();
  }
  if (o.kind !== undefined) {
    if (typeof o.kind !== 'string' || !ORG_KINDS.includes(o.kind as OrgKind)) bad('kind', `one of ${ORG_KINDS.join(', ')}`, o.kind);
    else patch.kind = o.kind as OrgKind;
  }
  if (o.country !== undefined) {
    if (typeof o.country !== 'string' || !/^[A-Z]{2}$/.test(o.country)) bad('country', 'an ISO 3166 alpha-2 code like "KR"', o.country);
    else patch.country = o.country;
  }
  if (o.ambiguous !== undefined) {
    const names = [patch.name, ...(patch.aliases ?? [])];
    const a = o.ambiguous;
    if (typeof a === 'boolean') patch.ambiguous = a;
    else if (Array.isArray(a) && a.every((n) => typeof n === 'string')) {
      const unknown = a.filter((n) => !names.includes(n));
      if (unknown.length) bad('ambiguous', 'true, false or a list of this entry\'s own names', unknown[0]);
      else patch.ambiguous = a as string[];
    } else bad('ambiguous', 'true, false or a list of this entry\'s own names', a);
  }
  return ok ? patch : undefined;
}

/**
 * Checks a parsed organizations file and returns its entries as patches, plus one `path: message` line per
 * problem. `label` names the file in paths (`orgs.json[3].name`). Accepts an array of entries or an object
 * mapping a canonical name to its aliases (the evaluation table's form).
 */
export function parseOrgFile(data: unknown, label: string): { patches: OrgPatch[]; problems: string[] } {
  const problems: string[] = [];
  const patches: OrgPatch[] = [];
  if (Array.isArray(data)) {
    const ids = new Map<string, number>();
    data.forEach((v, i) => {
      const patch = checkEntry(v, `${label}[${i}]`, problems);
      if (!patch) return;
      if (patch.id !== undefined) {
        const first = ids.get(patch.id);
        if (first !== undefined) {
          problems.push(`${label}[${i}].id: "${patch.id}" is already used by ${label}[${first}]`);
          return;
        }
        ids.set(patch.id, i);
      }
      patches.push(patch);
    });
  } else if (typeof data === 'object' && data !== null) {
    for (const [name, aliases] of Object.entries(data)) {
      const path = `${label}[${JSON.stringify(name)}]`;
      if (name.trim() === '') { problems.push(`${path}: expected a non-empty organization name as the key`); continue; }
      if (!Array.isArray(aliases)) { problems.push(`${path}: expected an array of alias strings, got ${describeValue(aliases)}`); continue; }
      const good: string[] = [];
      aliases.forEach((a, i) => {
        if (!isNonEmptyString(a)) problems.push(`${path}[${i}]: expected a non-empty string, got ${describeValue(a)}`);
        else good.push(a.trim());
      });
      patches.push({ path, aliasesPath: path, name: name.trim(), aliases: good });
    }
  } else {
    problems.push(`${label}: expected an array of entries or an object of canonical name → aliases, got ${describeValue(data)}`);
  }
  return { patches, problems };
}
