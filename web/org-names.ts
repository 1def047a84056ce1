/**
 * Organizations under the interface language's names: on Korean pages the names the Korean press
 * writes (GET /api/org-names: '애플', '오픈AI'), in English the canonical names the answers carry.
 * Only the label changes: links and filters keep keys and canonical names.
 */
import { getJsonOr, writeCount } from './api.ts';
import { getLang } from './i18n.ts';

interface OrgNames { key: string; name: string; nameKo: string }
interface Loaded { byKey: Map<string, string>; byName: Map<string, string>; at: number; writes: number }

// The server recomputes the list once per store generation; writes by other processes reach it within seconds.
const MAX_AGE_MS = 60_000;

let loaded: Loaded | null = null;
let refreshing: Promise<void> | null = null;

async function fetchNames(signal?: AbortSignal): Promise<void> {
  const writes = writeCount();
  const body = await getJsonOr<{ orgs?: OrgNames[] } | null>('/org-names', undefined, null, signal);
  // A failed answer keeps what was there (canonical names at worst) and is asked for again next time.
  if (!Array.isArray(body?.orgs)) return;
  const byKey = new Map<string, string>(), byName = new Map<string, string>();
  for (const o of body.orgs) {
    byKey.set(o.key, o.nameKo);
    // Top-level and verified organizations come first and win a shared name, as the server's name → key does.
    if (!byName.has(o.name)) byName.set(o.name, o.nameKo);
  }
  loaded = { byKey, byName, at: Date.now(), writes };
}

/**
 * Makes the Korean names ready before a page is drawn: fetched when missing or after this page wrote
 * (a curation decision may add or rename organizations); when merely old, used as they are while a
 * fresh copy loads for the next page. Nothing to do in English.
 */
export async function loadOrgNames(signal?: AbortSignal): Promise<void> {
  if (getLang() !== 'ko') return;
  if (!loaded || loaded.writes !== writeCount()) {
    await fetchNames(signal);
    return;
  }
  if (Date.now() - loaded.at > MAX_AGE_MS && !refreshing) {
    refreshing = fetchNames().catch(() => {}).finally(() => { refreshing = null; });
  }
}

/** An organization's label in the interface language; `key` decides when given, else the canonical `name`. */
export function orgLabel(name: string, key?: string | null): string {
  if (getLang() !== 'ko' || !loaded) return name;
  return (key ? loaded.byKey.get(key) : undefined) ?? loaded.byName.get(name) ?? name;
}
