/** The organization gazetteer: canonical names, aliases in every script, parent links, user files, and the matcher. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, InternalError } from '../core/errors.ts';
import { buildMentionFinder } from './build-mention-finder.ts';
import { mergeOrgEntries } from './merge-org-entries.ts';
import { orgKey } from './org-key.ts';
import { ORG_FILE_EXAMPLE, parseOrgFile } from './parse-org-file.ts';
import type { Gazetteer, OrgEntry } from './types.ts';

export { orgKey } from './org-key.ts';

const bundledPath = new URL('./orgs.json', import.meta.url);

/**
 * Builds a gazetteer over `entries` (ids unique, parents given by id).
 * `lookup` is exact by `orgKey`: canonical names first, then aliases, earlier entries first.
 */
export function buildGazetteer(entries: OrgEntry[]): Gazetteer {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byKey = new Map<string, OrgEntry>();
  const lookupCache = new Map<string, OrgEntry | undefined>();
  for (const e of entries) if (!byKey.has(orgKey(e.name))) byKey.set(orgKey(e.name), e);
  for (const e of entries) for (const a of e.aliases) if (!byKey.has(orgKey(a))) byKey.set(orgKey(a), e);
  const topLevel = (e: OrgEntry): OrgEntry => {
    let cur = e;
    // The bound guards against a cycle in hand-built entries; loaded files are checked for cycles.
    for (let i = 0; i < 32 && cur.parent; i++) cur = byId.get(cur.parent) ?? cur;
    return cur;
  };
  return {
    entries,
    byId: (id) => byId.get(id),
    lookup: (name) => {
      // The rule packs ask about the same words again and again; folding (NFKC + a regex) is the cost.
      if (lookupCache.has(name)) return lookupCache.get(name);
      if (lookupCache.size >= 50_000) lookupCache.clear();
      const entry = byKey.get(orgKey(name));
      lookupCache.set(name, entry);
      return entry;
    },
    topLevel,
    findMentions: buildMentionFinder(entries),
  };
}

function readJson(path: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'bad-config';
    throw new InputError(code, `cannot read organizations file ${path}: ${(cause as Error).message}`, path, { cause });
  }
  try {
    return JSON.parse(raw);
  } catch (cause) {
    throw new InputError('bad-config', `organizations file ${path} is not valid JSON (${(cause as Error).message}); expected for example ${ORG_FILE_EXAMPLE}`, path, { cause });
  }
}

function reportProblems(path: string, problems: string[]): InputError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new InputError('bad-config', [`organizations file ${path}: ${count}`, ...problems, `expected for example ${ORG_FILE_EXAMPLE}`].join('\n'), path);
}

/** Reads, checks and merges one organizations file into `entries`; throws one InputError listing every problem. */
function mergeFile(entries: OrgEntry[], path: string): OrgEntry[] {
  const { patches, problems } = parseOrgFile(readJson(path), basename(path));
  if (problems.length) throw reportProblems(path, problems);
  const merged = mergeOrgEntries(entries, patches);
  if (merged.problems.length) throw reportProblems(path, merged.problems);
  return merged.entries;
}

/**
 * Loads the bundled gazetteer plus the user's own files, in order. A user file is either an array of entries
 * (`{id?, name, aliases?, parent?, kind?, country?, owner?, ambiguous?}`) or an object mapping a canonical name
 * to its aliases; entries the gazetteer knows (by id or by any name) are extended, others added.
 * @example loadGazetteer({ extraFiles: ['my-orgs.json'] }).lookup('애크미')?.name // 'Acme Robotics'
 */
export function loadGazetteer(opts: { extraFiles?: string[] } = {}): Gazetteer {
  let entries: OrgEntry[];
  try {
    entries = mergeFile([], fileURLToPath(bundledPath));
  } catch (cause) {
    throw new InternalError(`the bundled organizations file is broken: ${(cause as Error).message}`, { cause });
  }
  for (const f of opts.extraFiles ?? []) entries = mergeFile(entries, f);
  return buildGazetteer(entries);
}

let cached: Gazetteer | undefined;
/** The bundled gazetteer, loaded once. */
export function defaultGazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}
