/** Every organization's names as pages show them: canonical (English pages) and Korean, read once per store generation. */
import { koStoredOrgName } from '../brief/index.ts';
import type { ApiContext } from './api-context.ts';

export interface OrgNames {
  key: string;
  name: string;
  /** The name on Korean pages (see koStoredOrgName): '애플' for Apple, the name itself when no Korean form is known. */
  nameKo: string;
}

/**
 * Every stored organization with its Korean name, top-level and verified first (as GET /api/orgs lists
 * them). Cached like an analysis: one read of the organizations per store generation.
 */
export function listOrgNames(api: ApiContext): Promise<OrgNames[]> {
  return api.cache.get('org names', async () => {
    const { items } = await api.store.documents.searchOrgs(undefined, {});
    const gazetteer = api.gazetteer();
    return items.map((org) => ({ key: org.key, name: org.name, nameKo: koStoredOrgName(org, gazetteer) }));
  });
}
