/** The OpenAPI 3.1 document of the HTTP API: what GET /api/openapi.json serves, and what openapi.test.ts checks the server against. */

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
const bool: Schema = { type: 'boolean' };
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
/** An object whose listed properties are all required; more may be added later without breaking clients. */
const obj = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
});
/** The envelope of every list: a page of items and how many match in all (null when not counted). */
const page = (item: Schema, extra: Record<string, Schema> = {}): Schema =>
  obj({ items: arrayOf(item), total: nullable(int), limit: int, offset: int, ...extra });

const partialDate: Schema = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', examples: ['2025', '2025-07', '2025-07-30'] };

const schemas: Record<string, Schema> = {
  Problem: {
    ...obj({ type: str, title: str, status: int, detail: str, instance: str }),
    description: 'RFC 9457 problem details; served as application/problem+json.',
  },
  Span: obj({ start: int, end: int, text: str }),
  Compensation: obj({ text: str, usd: nullable(num), amount: nullable(num), currency: nullable(str), claimId: int }, ['amount', 'currency']),
  OrgRef: obj({ key: str, name: str, team: nullable(str), verified: bool }),
  OrgSlot: obj({ org: str, team: nullable(str), verified: bool, mention: str }),
  MoveSource: obj({
    documentId: int, source: str, url: nullable(str), title: nullable(str), published: nullable(str),
    lang: { enum: ['ko', 'en', 'other'] }, claimId: int, confidence: num, evidence: arrayOf(ref('Span')),
  }),
  Move: {
    ...obj({
      id: { ...int, description: 'Renumbered at every re-resolution: link to people by person.key.' },
      person: obj({ id: int, key: str, name: str, aliases: arrayOf(str) }),
      from: nullable(ref('OrgRef')),
      to: nullable(ref('OrgRef')),
      date: nullable(partialDate),
      role: nullable(str),
      compensation: arrayOf(ref('Compensation')),
      confidence: num,
      history: { ...bool, description: 'Career history (an earlier step of a biography) rather than news.' },
      sources: arrayOf(ref('MoveSource')),
    }),
  },
  Claim: obj({
    id: int, documentId: int, source: str, published: nullable(str), lang: { enum: ['ko', 'en', 'other'] }, extractor: str,
    person: str, aliases: arrayOf(str), from: nullable(ref('OrgSlot')), to: nullable(ref('OrgSlot')), date: nullable(str),
    role: nullable(str),
    compensation: nullable(obj({ text: str, usd: nullable(num), amount: nullable(num), currency: nullable(str) }, ['amount', 'currency'])),
    confidence: num, history: bool,
    evidence: { ...arrayOf(ref('Span')), description: 'Character offsets into the document text.' },
    moveId: { ...nullable(int), description: 'The move this claim was resolved into; null when resolution set it aside.' },
    personKey: nullable(str),
  }),
  ClaimDetail: {
    allOf: [ref('Claim'), obj({
      state: { ...nullable({ enum: ['accepted', 'rejected', 'edited'] }), description: 'What the recorded decisions make of this claim.' },
      curation: { ...arrayOf(ref('Decision')), description: 'Decisions about this claim, newest first.' },
    })],
    description: 'A claim with its curation state.',
  },
  PersonSummary: obj({ key: str, name: str, names: arrayOf(str), moveCount: int }),
  Person: obj({
    key: str, name: str, names: arrayOf(str),
    moves: { ...arrayOf(ref('Move')), description: 'Career timeline, oldest first, career history included.' },
    claims: arrayOf(ref('Claim')),
  }),
  OrgListItem: obj({ key: str, name: str, verified: bool, parent: nullable(str), aliases: arrayOf(str) }),
  OrgNames: obj({
    key: str,
    name: { ...str, description: 'The canonical name, as every other answer writes it.' },
    nameKo: {
      ...str,
      description: "The name on Korean pages: the gazetteer's Korean press name for a verified organization ('애플', '오픈AI'), else a Hangul form among its aliases, else name.",
    },
  }),
  OrgSummary: obj({
    key: str, name: str, verified: bool, aliases: arrayOf(str), parent: nullable(str),
    since: nullable(str), until: nullable(str),
    inflow: int, outflow: int, net: int,
    topDestinations: arrayOf(obj({ org: str, count: int })),
    topSources: arrayOf(obj({ org: str, count: int })),
    teams: arrayOf(obj({ team: str, inflow: int, outflow: int })),
    recentDepartures: arrayOf(ref('Move')),
    recentArrivals: arrayOf(ref('Move')),
  }),
  DocumentSummary: obj({
    id: int, source: str, url: nullable(str), title: nullable(str), published: nullable(str), lang: { enum: ['ko', 'en', 'other'] },
    claimCount: int, revision: int, superseded: bool, ingestedAt: str,
  }),
  Document: {
    allOf: [ref('DocumentSummary'), obj({ text: str, mediaType: str, claims: arrayOf(ref('Claim')) })],
  },
  Flow: obj({
    from: str, fromKey: { ...nullable(str), description: 'Key of the organization, for /api/orgs/{key}.' }, fromTeam: nullable(str),
    to: str, toKey: nullable(str), toTeam: nullable(str), count: int,
    people: { ...arrayOf(str), description: 'The first 20 people, in date order; peopleCount says how many in all.' },
    peopleCount: int,
    uncertain: { ...nullable(int), description: 'Moves counted because their month or year overlaps the window without lying inside it (team level; null at organization level).' },
  }),
  SeriesBucket: obj({ arrivals: int, departures: int, net: int, byReportedDay: int }),
  Burst: obj({
    org: str, team: nullable(str), start: str, end: str, count: int, expected: num, baselineRate: num, pValue: num,
    people: arrayOf(str),
    destinations: arrayOf(obj({ org: nullable(str), count: int, teams: arrayOf(str) })),
    sources: arrayOf(obj({ source: str, url: nullable(str), published: nullable(str) })),
    moveIds: arrayOf(int),
  }),
  CascadeMember: obj({ person: str, date: str, team: nullable(str), role: nullable(str), moveId: int }),
  Cascade: obj({
    org: str, team: nullable(str), to: str, confidence: { enum: ['senior', 'likely'] },
    leader: ref('CascadeMember'), followers: arrayOf(ref('CascadeMember')), spanDays: num,
    sources: arrayOf(obj({ source: str, url: nullable(str), published: nullable(str) })),
  }),
  Forecast: obj({
    org: str, team: nullable(str),
    model: { type: 'string', description: "'hawkes' or 'poisson'" },
    reason: str, events: int, from: str, until: str,
    horizons: arrayOf(obj({ horizon: int, expected: num, lower: num, upper: num, level: num })),
    departures: { ...int, description: 'Departures the model was fitted on.' },
    undatable: int, outsideWindow: int,
  }),
  StatedFigure: obj({ moveId: int, person: str, text: str, usd: nullable(num), amount: nullable(num), currency: nullable(str), claimId: int }),
  CompensationGroup: obj({
    destination: nullable(str), period: str, count: int, min: nullable(num), median: nullable(num), max: nullable(num),
    figures: arrayOf(ref('StatedFigure')), otherCurrencies: arrayOf(ref('StatedFigure')),
  }),
  CompensationConflict: obj({ moveId: int, person: str, date: nullable(str), figures: arrayOf(ref('StatedFigure')) }),
  Alert: obj({
    id: int, ruleId: int, episodeKey: str,
    rule: obj({ id: int, name: str, org: str, team: nullable(str), to: nullable(str), windowDays: int, threshold: int, hasWebhook: bool }),
    windowStart: str, windowEnd: str, count: int, people: arrayOf(str), moveIds: arrayOf(int),
    destinations: arrayOf(obj({ org: nullable(str), count: int })),
    reason: str, firedAt: str, updatedAt: str,
    delivery: { enum: ['none', 'pending', 'delivered', 'failed'] },
    deliveries: arrayOf(obj({ id: int, state: { enum: ['pending', 'delivered', 'failed'] }, attempts: int, deliveredAt: nullable(str) })),
  }),
  Decision: {
    ...obj({
      id: int, action: { enum: ['accept', 'reject', 'edit', 'merge', 'split'] }, claimId: int, otherClaimId: nullable(int),
      fingerprints: arrayOf(str), otherFingerprints: nullable(arrayOf(str)),
      fields: nullable(obj({ person: str, from: nullable(str), to: nullable(str), date: nullable(str), role: nullable(str) }, ['person', 'from', 'to', 'date', 'role'])),
      by: str, note: nullable(str), createdAt: str,
    }),
    description: 'A recorded human decision. It is matched to claims by fingerprint, so it outlives re-extraction.',
  },
  DecisionInput: {
    type: 'object',
    properties: {
      action: { enum: ['accept', 'reject', 'edit', 'merge', 'split'] },
      claimId: int,
      otherClaimId: { ...int, description: 'merge/split: the second claim (or give claimIds: [first, second]).' },
      claimIds: { ...arrayOf(int), minItems: 1, maxItems: 2 },
      by: { ...str, description: "Who decided (default 'api')." },
      fields: { type: 'object', description: 'For edit: the claim fields to replace (person, from, to, date, role, …).' },
      note: str,
    },
    required: ['action'],
  },
  IngestInput: {
    oneOf: [
      obj({ url: { type: 'string', format: 'uri' } }),
      obj({ text: str, title: str, published: partialDate, lang: { enum: ['ko', 'en'] } }, ['title', 'published', 'lang']),
    ],
  },
  IngestReport: obj({
    stored: int, skipped: int, failed: int,
    failures: arrayOf(obj({ source: str, reason: str, code: str })),
    moves: nullable(int),
    documentId: { ...nullable(int), description: 'The document now stored for this input (also when it was already stored); null when it failed.' },
  }),
  Health: obj({
    ok: bool, engine: { enum: ['sqlite', 'postgres'] },
    counts: obj({ documents: int, claims: int, people: int, orgs: int, moves: int }),
  }),
};

// ---- parameters ----

interface Param { name: string; in: 'query' | 'path'; required?: boolean; description?: string; schema: Schema }

const q = (name: string, description: string, schema: Schema = str): Param => ({ name, in: 'query', description, schema });
const pathParam = (name: string, description: string, schema: Schema = str): Param => ({ name, in: 'path', required: true, description, schema });
const windowBound: Schema = { type: 'string', examples: ['2025-07', '30d', '12w', '6m', '1y'] };
const since = q('since', 'Window start: YYYY, YYYY-MM, YYYY-MM-DD, or back from today: 30d, 12w, 6m, 1y. A move counts when its date span overlaps the window.', windowBound);
const until = q('until', 'Window end, same forms as since.', windowBound);
const limit = q('limit', 'Page size, 1 to 500 (default 50).', { type: 'integer', minimum: 1, maximum: 500, default: 50 });
const offset = q('offset', 'Rows to skip (default 0).', { type: 'integer', minimum: 0, default: 0 });
const format = q('format', "'csv' for CSV (as does Accept: text/csv); JSON otherwise.", { enum: ['json', 'csv'] });
const level = q('level', "'org' (default) or 'team'.", { enum: ['org', 'team'] });
const org = q('org', 'An organization: name, alias (any script) or key; its sub-units are included.');
const paging = [limit, offset];

// ---- responses ----

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const errors = {
  400: problem('A parameter is malformed (the detail names it, says what was expected and what arrived).'),
  500: problem('A bug in poachwatch.'),
};
const notFound = { 404: problem('No such entity.') };
const json = (schema: Schema, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const jsonOrCsv = (schema: Schema, description = 'OK') => ({
  description,
  content: { 'application/json': { schema }, 'text/csv': { schema: { type: 'string' } } },
});
const writeErrors = {
  401: problem('No Authorization: Bearer token was sent.'),
  403: problem('The token is wrong, or writes are disabled (no POACHWATCH_API_TOKEN configured).'),
  413: problem('The body is larger than 1 MB.'),
  415: problem('The body is not application/json.'),
};
const security = [{ bearer: [] }];

interface Operation { summary: string; description?: string; parameters?: Param[]; responses: Record<string, unknown>; requestBody?: unknown; security?: unknown }

function get(summary: string, parameters: Param[], ok: unknown, extra: Record<string, unknown> = {}, description?: string): { get: Operation } {
  return { get: { summary, ...(description ? { description } : {}), parameters, responses: { 200: ok, ...errors, ...extra } } };
}

const paths: Record<string, Record<string, Operation>> = {
  '/api/openapi.json': get('This document', [], json({ type: 'object', required: ['openapi', 'paths'] })),
  '/api/health': get('Store engine and counts', [], json(ref('Health'))),
  '/api/moves': get(
    'Merged moves, newest first (undated last)',
    [
      org, q('from', 'Origin organization (any name).'), q('to', 'Destination organization (any name).'),
      q('person', 'Any of the person\'s names, any script (contains, folded case and spacing).'), since, until,
      q('history', "'true' to include career-history moves (default false).", { enum: ['true', 'false'] }),
      ...paging, format,
    ],
    jsonOrCsv(page(ref('Move'))),
  ),
  '/api/people': get('People whose names match (any script); everyone by name without q', [q('q', 'A name or part of one.'), ...paging], json(page(ref('PersonSummary')))),
  '/api/people/{key}': get('A person: names, career timeline with sources, claims with evidence', [pathParam('key', 'The person\'s stable key (people[].key).')], json(ref('Person')), notFound),
  '/api/orgs': get('Organizations whose names or aliases match (any script); all without q', [q('q', 'A name or part of one.'), ...paging], json(page(ref('OrgListItem')))),
  '/api/orgs/{key}': get(
    'An organization: inflow, outflow, net, counterparts, teams and recent moves in a window',
    [pathParam('key', 'The organization\'s stable key.'), since, until],
    json(ref('OrgSummary')),
    notFound,
  ),
  '/api/org-names': get(
    "Every organization's canonical and Korean name, top-level and verified organizations first",
    [],
    json(obj({ orgs: arrayOf(ref('OrgNames')) })),
    {},
    'Other answers name organizations canonically (and by key); a Korean client relabels them with this list, fetched again after a write.',
  ),
  '/api/search': get(
    'People and organizations matching a name, both scripts',
    [{ ...q('q', 'A name or part of one.'), required: true }, q('limit', 'Per kind, 1 to 50 (default 10).', { type: 'integer', minimum: 1, maximum: 50 })],
    json(obj({ people: arrayOf(ref('PersonSummary')), orgs: arrayOf(ref('OrgListItem')) })),
  ),
  '/api/flows': get(
    'Organization → organization (or team → team) move counts in a window, most moves first',
    [since, until, level, org, ...paging, format],
    jsonOrCsv(page(ref('Flow'), {
      level: { enum: ['org', 'team'] }, since: nullable(str), until: nullable(str), org: nullable(str),
      oneSided: { ...nullable(int), description: 'Moves in the window with an unknown origin or destination (team level; null at organization level, which is counted in SQL).' },
      internal: { ...nullable(int), description: 'Moves inside one team (team level; null at organization level).' },
    })),
    {},
    'Moves of one flow: GET /api/moves?from=…&to=….',
  ),
  '/api/net': get(
    'Organizations ranked by net flow (arrivals minus departures between organizations) in a window',
    [since, until, q('order', "'gain' (default: largest net first), 'loss' (smallest first) or 'volume' (most moves first).", { enum: ['gain', 'loss', 'volume'] }), ...paging, format],
    jsonOrCsv(page(obj({ key: nullable(str), name: str, inflow: int, outflow: int, net: int }), { order: str, since: nullable(str), until: nullable(str) })),
  ),
  '/api/series': get(
    "Monthly series: with org, its arrivals, departures and net per month; without, the moves along each flow per month",
    [org, q('from', 'Only moves from this organization.'), q('to', 'Only moves to this organization.'), since, until, level,
      q('limit', 'Flow cells per page, 1 to 5000 (default 500).', { type: 'integer', minimum: 1, maximum: 5000 }), offset, format],
    jsonOrCsv({
      oneOf: [
        obj({
          kind: { const: 'org' }, org: str, since: nullable(str), until: nullable(str),
          months: arrayOf({ allOf: [obj({ month: str }), ref('SeriesBucket')] }),
          yearOnly: arrayOf({ allOf: [obj({ year: str }), ref('SeriesBucket')] }),
          undatable: { ...int, description: 'Moves with neither a date nor a reported day.' },
        }),
        obj({
          kind: { const: 'flows' }, level: { enum: ['org', 'team'] }, since: nullable(str), until: nullable(str),
          months: arrayOf(str), years: arrayOf(str),
          cells: arrayOf(obj({ period: str, from: str, fromTeam: nullable(str), to: str, toTeam: nullable(str), count: int })),
          cellTotal: int, limit: int, offset: int, uncounted: int, undatable: int,
        }),
      ],
    }),
    notFound,
  ),
  '/api/bursts': get(
    'Departures from one organization (or team) clustering beyond its own baseline rate',
    [
      q('window', 'Window in days (default 30).', { type: 'integer', minimum: 1 }),
      q('threshold', 'Fewest departures in a window (default 3).', { type: 'integer', minimum: 1 }),
      q('alpha', 'Largest Poisson tail probability that counts (default 0.01).', { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 }),
      level, org, ...paging,
    ],
    json(page(ref('Burst'), { undatable: int, coarse: int })),
    notFound,
  ),
  '/api/cascades': get(
    "A leader's departure followed by colleagues to the same destination",
    [q('days', 'Days a follower may leave after the leader (default 90).', { type: 'integer', minimum: 1 }), org, ...paging],
    json(page(ref('Cascade'), { undatable: int, coarse: int })),
    notFound,
  ),
  '/api/forecast': get(
    'Expected departures over the next 30 and 90 days with an 80% interval, and the model used',
    [{ ...org, required: true }, q('team', 'A team of the organization.'), q('now', 'Forecast origin (default: the latest move in the store).', partialDate)],
    json(ref('Forecast')),
    notFound,
  ),
  '/api/compensation': get(
    'Stated compensation by destination and period (USD); conflicting reports side by side',
    [q('to', 'Destination organization.'), q('period', "'year' (default), 'quarter' or 'month'.", { enum: ['year', 'quarter', 'month'] }), since, until, ...paging, format],
    jsonOrCsv(page(ref('CompensationGroup'), {
      period: str,
      conflicts: { ...arrayOf(ref('CompensationConflict')), description: 'The first 50; conflictCount says how many in all.' },
      conflictCount: int,
    })),
    notFound,
  ),
  '/api/documents': get('Documents (current revisions), most recently ingested first', [...paging, format], jsonOrCsv(page(ref('DocumentSummary')))),
  '/api/documents/{id}': get('A document with its text and claims', [pathParam('id', 'Document id.', int)], json(ref('Document')), notFound),
  '/api/claims': get(
    'Claims, oldest first',
    [q('document', 'Document id.', int), q('person', 'Person key: claims resolved into their moves.'), ...paging, format],
    jsonOrCsv(page(ref('Claim'))),
  ),
  '/api/claims/{id}': get('One claim with its evidence and curation state', [pathParam('id', 'Claim id.', int)], json(ref('ClaimDetail')), notFound),
  '/api/alerts': get('Fired alerts, newest first', [...paging], json(page(ref('Alert')))),
  '/api/curation': {
    ...get('Recorded human decisions', [...paging], json(page(ref('Decision')))),
    post: {
      summary: 'Record a decision and re-resolve the store',
      security,
      requestBody: { required: true, content: { 'application/json': { schema: ref('DecisionInput') } } },
      responses: {
        201: json(ref('Decision'), 'The decision recorded; moves were re-resolved.'),
        ...errors, ...writeErrors, 404: problem('The claim named does not exist.'),
      },
    },
  },
  '/api/curation/{id}': {
    delete: {
      summary: 'Undo a decision and re-resolve the store',
      security,
      parameters: [pathParam('id', 'Decision id.', int)],
      responses: { 204: { description: 'Removed; moves were re-resolved.' }, ...errors, ...writeErrors, ...notFound },
    },
  },
  '/api/ingest': {
    post: {
      summary: 'Ingest one URL (fetched with the ingest limits; private addresses refused) or a text',
      security,
      requestBody: { required: true, content: { 'application/json': { schema: ref('IngestInput') } } },
      responses: {
        200: json(ref('IngestReport'), 'What was stored, skipped or failed (a fetch failure is a failure in the report, not an HTTP error).'),
        ...errors, ...writeErrors,
      },
    },
  },
};

/** The OpenAPI 3.1 document, built once. */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'poachwatch API',
    version: '0.1.0',
    description: [
      'Talent moves extracted from news, with sources. Lists answer { items, total, limit, offset }; tabular endpoints answer CSV',
      'with ?format=csv or Accept: text/csv. Errors are RFC 9457 problem objects. People and organizations are addressed by',
      'their stable key; documents, claims and decisions by id. Writes need Authorization: Bearer <POACHWATCH_API_TOKEN>.',
      'Analyses are cached in memory per request for up to 10 s, and dropped at once after a write through this server.',
    ].join(' '),
  },
  servers: [{ url: '/' }],
  paths,
  components: {
    schemas,
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token in POACHWATCH_API_TOKEN (or serve --token-file).' } },
  },
} as const;
