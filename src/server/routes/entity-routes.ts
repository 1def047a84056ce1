/** Read endpoints over stored entities: health, moves, people, organizations (and their Korean names), search, documents, claims. */
import type { MoveFilter, MoveRow } from '../../store/index.ts';
import type { ApiContext } from '../api-context.ts';
import { listOrgNames } from '../list-org-names.ts';
import { httpError } from '../problem.ts';
import { flag, integer, paging, pathId, requiredText, text, window } from '../query-params.ts';
import type { Router } from '../router.ts';
import type { ClaimRecord, DocumentSummary } from '../../store/documents-store.ts';
import type { Decision } from '../../curation/index.ts';

export function addEntityRoutes(router: Router, api: ApiContext): void {
  const { store } = api;
  const docs = store.documents;

  router.add('GET', '/api/health', async () => ({ body: { ok: true, engine: store.engine, counts: await store.counts() } }));

  router.add('GET', '/api/moves', async ({ query }) => {
    const { limit, offset } = paging(query);
    const filter: MoveFilter = {
      org: text(query, 'org'), from: text(query, 'from'), to: text(query, 'to'), person: text(query, 'person'),
      ...window(query), history: flag(query, 'history') ?? false,
    };
    const [rows, total] = await Promise.all([store.listMoves({ ...filter, limit, offset }), docs.countMoves(filter)]);
    const items = await withPersonKeys(api, rows);
    return { body: { items, total, limit, offset }, csv: () => movesCsv(items) };
  });

  router.add('GET', '/api/people', async ({ query }) => {
    const { limit, offset } = paging(query);
    const { items, total } = await docs.searchPeople(text(query, 'q'), { limit, offset });
    return { body: { items, total, limit, offset } };
  });

  router.add('GET', '/api/people/{key}', async ({ params }) => {
    const person = await docs.getPerson(params.key);
    if (!person) throw httpError(404, `no person with key '${params.key.slice(0, 80)}' (keys come from /api/people)`);
    return { body: { ...person, moves: await withPersonKeys(api, person.moves) } };
  });

  router.add('GET', '/api/orgs', async ({ query }) => {
    const { limit, offset } = paging(query);
    const { items, total } = await docs.searchOrgs(text(query, 'q'), { limit, offset });
    return { body: { items, total, limit, offset } };
  });

  router.add('GET', '/api/orgs/{key}', async ({ params, query }) => {
    const win = window(query);
    const org = await docs.getOrg(params.key);
    if (!org) throw httpError(404, `no organization with key '${params.key.slice(0, 80)}' (keys come from /api/orgs)`);
    // orgSummary looks up by name; the key is one of the names, and the summary says which organization it chose.
    let summary = await store.orgSummary(org.key, win);
    if (summary?.key !== org.key) summary = (await store.orgSummary(org.name, win)) ?? summary;
    if (!summary) throw httpError(404, `no organization with key '${params.key.slice(0, 80)}'`);
    const [teams, recentDepartures, recentArrivals] = await Promise.all([
      docs.orgTeams(org.key, win),
      withPersonKeys(api, summary.recentDepartures),
      withPersonKeys(api, summary.recentArrivals),
    ]);
    return { body: { ...summary, since: win.since ?? null, until: win.until ?? null, teams, recentDepartures, recentArrivals } };
  });

  // The dashboard labels organizations with this in Korean: one answer per store generation instead of a field in every shape.
  router.add('GET', '/api/org-names', async () => ({ body: { orgs: await listOrgNames(api) } }));

  router.add('GET', '/api/search', async ({ query }) => {
    const q = requiredText(query, 'q', 'Ruoming');
    const limit = integer(query, 'limit', { min: 1, max: 50, example: 10 }) ?? 10;
    const [people, orgs] = await Promise.all([docs.searchPeople(q, { limit }), docs.searchOrgs(q, { limit })]);
    return { body: { people: people.items, orgs: orgs.items } };
  });

  router.add('GET', '/api/documents', async ({ query }) => {
    const { limit, offset } = paging(query);
    const { items, total } = await docs.listDocuments({ limit, offset });
    return { body: { items, total, limit, offset }, csv: () => documentsCsv(items) };
  });

  router.add('GET', '/api/documents/{id}', async ({ params }) => {
    const doc = await docs.getDocument(pathId(params, 'id'));
    if (!doc) throw httpError(404, `no document with id ${params.id}`);
    return { body: doc };
  });

  router.add('GET', '/api/claims', async ({ query }) => {
    const { limit, offset } = paging(query);
    const documentId = integer(query, 'document', { min: 1, example: 12 });
    const personKey = text(query, 'person');
    const { items, total } = await docs.listClaims({ documentId, personKey, limit, offset });
    return { body: { items, total, limit, offset }, csv: () => claimsCsv(items) };
  });

  router.add('GET', '/api/claims/{id}', async ({ params }) => {
    const id = pathId(params, 'id');
    const claim = await docs.getClaim(id);
    if (!claim) throw httpError(404, `no claim with id ${id}`);
    return { body: { ...claim, ...(await curationOf(api, id)) } };
  });

}

/** Moves with their person's stable key added (person ids are renumbered at every re-resolution). */
export async function withPersonKeys(api: ApiContext, rows: MoveRow[]): Promise<Array<MoveRow & { person: MoveRow['person'] & { key: string } }>> {
  const keys = await api.store.documents.personKeys(rows.map((r) => r.person.id));
  return rows.map((r) => ({ ...r, person: { id: r.person.id, key: keys.get(r.person.id) ?? '', name: r.person.name, aliases: r.person.aliases } }));
}

/** The claim's curation state (what the decisions make of it) and the decisions made on it, newest first. */
async function curationOf(api: ApiContext, claimId: number): Promise<{ state: string | null; curation: Decision[] }> {
  const [states, all] = await Promise.all([api.store.curation.claimStates([claimId]), api.store.curation.listDecisions()]);
  const curation = all.filter((d) => d.claimId === claimId || d.otherClaimId === claimId).reverse();
  return { state: states.get(claimId) ?? null, curation };
}

function movesCsv(items: Array<MoveRow & { person: { key: string } }>) {
  return {
    columns: ['id', 'date', 'person', 'person_key', 'aliases', 'from', 'from_team', 'to', 'to_team', 'role', 'compensation_usd', 'compensation', 'confidence', 'history', 'sources', 'urls'],
    rows: items.map((m) => [
      m.id, m.date, m.person.name, m.person.key, m.person.aliases.join('; '), m.from?.name, m.from?.team, m.to?.name, m.to?.team, m.role,
      m.compensation.map((c) => c.usd).filter((u) => u !== null).join('; '), m.compensation.map((c) => c.text).join('; '),
      m.confidence, m.history, m.sources.length, [...new Set(m.sources.map((s) => s.url ?? s.source))].join(' '),
    ]),
  };
}

function documentsCsv(items: DocumentSummary[]) {
  return {
    columns: ['id', 'source', 'url', 'title', 'published', 'lang', 'claims', 'revision', 'ingested_at'],
    rows: items.map((d) => [d.id, d.source, d.url, d.title, d.published, d.lang, d.claimCount, d.revision, d.ingestedAt]),
  };
}

function claimsCsv(items: ClaimRecord[]) {
  return {
    columns: ['id', 'document_id', 'source', 'person', 'person_key', 'from', 'from_team', 'to', 'to_team', 'date', 'role', 'compensation', 'confidence', 'history', 'move_id', 'evidence'],
    rows: items.map((c) => [
      c.id, c.documentId, c.source, c.person, c.personKey, c.from?.org, c.from?.team, c.to?.org, c.to?.team, c.date, c.role,
      c.compensation?.text, c.confidence, c.history, c.moveId, c.evidence.map((e) => e.text).join(' … '),
    ]),
  };
}
