/** The organization gazetteer: canonical names, aliases in every script, parent links, and a linear-time matcher. */
import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.ts';
import type { Gazetteer, OrgEntry, OrgMention } from './types.ts';

const bundledPath = new URL('./orgs.json', import.meta.url);

/** Folds case, width and spacing so "Open AI", "openai" and "ＯｐｅｎＡＩ" meet. */
export function orgKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\-_.,'’`"·・()（）[\]]/g, '');
}

const isLatinWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c) && !/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c);
const isHangul = (c: string | undefined) => c !== undefined && /\p{Script=Hangul}/u.test(c);

interface TrieNode { next: Map<string, TrieNode>; entry?: OrgEntry; }

export function buildGazetteer(entries: OrgEntry[]): Gazetteer {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byKey = new Map<string, OrgEntry>();
  const root: TrieNode = { next: new Map() };
  let longest = 0;
  for (const e of entries) {
    for (const n of [e.name, ...e.aliases]) {
      if (!byKey.has(orgKey(n))) byKey.set(orgKey(n), e);
      let node = root;
      for (const ch of n) {
        let child = node.next.get(ch);
        if (!child) { child = { next: new Map() }; node.next.set(ch, child); }
        node = child;
      }
      node.entry ??= e;
      longest = Math.max(longest, n.length);
    }
  }
  const topLevel = (e: OrgEntry): OrgEntry => {
    let cur = e;
    for (let i = 0; i < 10 && cur.parent; i++) cur = byId.get(cur.parent) ?? cur;
    return cur;
  };
  const findMentions = (text: string): OrgMention[] => {
    const out: OrgMention[] = [];
    let i = 0;
    while (i < text.length) {
      const prev = text[i - 1];
      const first = text[i];
      const boundaryBefore = isHangul(first) ? !isHangul(prev) : !isLatinWordChar(prev);
      let best: { end: number; entry: OrgEntry } | undefined;
      if (boundaryBefore) {
        let node: TrieNode | undefined = root;
        for (let j = i; j < text.length && j - i < longest; j++) {
          node = node.next.get(text[j]);
          if (!node) break;
          if (node.entry) {
            const after = text[j + 1];
            const last = text[j];
            const ok = isHangul(last) ? true : !isLatinWordChar(after);
            if (ok) best = { end: j + 1, entry: node.entry };
          }
        }
      }
      if (best) {
        out.push({ start: i, end: best.end, text: text.slice(i, best.end), entry: best.entry });
        i = best.end;
      } else i++;
    }
    return out;
  };
  return {
    entries,
    byId: (id) => byId.get(id),
    lookup: (name) => byKey.get(orgKey(name)),
    topLevel,
    findMentions,
  };
}

function readEntries(path: string | URL): OrgEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new InputError('bad-config', `cannot read organizations file ${String(path)}: ${(cause as Error).message}`, String(path), { cause });
  }
  if (!Array.isArray(data)) throw new InputError('bad-config', `organizations file ${String(path)}: expected a JSON array of {id, name, aliases, parent, kind}`, String(path));
  return data as OrgEntry[];
}

/** Loads the bundled gazetteer plus the user's own files (later files may add entries or aliases). */
export function loadGazetteer(opts: { extraFiles?: string[] } = {}): Gazetteer {
  const entries = readEntries(bundledPath);
  for (const f of opts.extraFiles ?? []) entries.push(...readEntries(f));
  return buildGazetteer(entries);
}

let cached: Gazetteer | undefined;
/** The bundled gazetteer, loaded once. */
export function defaultGazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}
