/** Alerts (read), curation (read and write) and ingest (write): the routes that touch the other sub-stores and the pipeline. */
import { createHash } from 'node:crypto';
import { InputError } from '../../core/errors.ts';
import type { IngestItem } from '../../ingest/index.ts';
import { articleFromBytes } from '../../ingest/index.ts';
import { rebuildMoves, runIngest } from '../../pipeline.ts';
import type { ApiContext } from '../api-context.ts';
import { checkToken } from '../check-token.ts';
import { httpError } from '../problem.ts';
import { paging, pathId } from '../query-params.ts';
import { readJsonBody } from '../read-json-body.ts';
import type { RequestContext, Router } from '../router.ts';
import { warmAnalyses } from './analysis-routes.ts';

export function addWriteRoutes(router: Router, api: ApiContext): void {
  const { store } = api;

  router.add('GET', '/api/alerts', async ({ query }) => {
    const { limit, offset } = paging(query);
    const fired = await store.alerts.listFired({ limit, offset });
    // Read endpoints are open, and webhook URLs often carry a secret: they never leave the server.
    const items = fired.map(({ rule, deliveries, ...alert }) => ({
      ...alert,
      rule: { id: rule.id, name: rule.name, org: rule.org, team: rule.team, to: rule.to, windowDays: rule.windowDays, threshold: rule.threshold, hasWebhook: rule.webhook !== null },
      deliveries: deliveries.map((d) => ({ id: d.id, state: d.state, attempts: d.attempts, deliveredAt: d.deliveredAt })),
    }));
    return { body: { items, total: null, limit, offset } };
  });

  router.add('GET', '/api/curation', async ({ query }) => {
    const { limit, offset } = paging(query);
    const all = await store.curation.listDecisions();
    // Newest first: the panel shows what was just decided on top.
    const items = [...all].reverse().slice(offset, offset + limit);
    return { body: { items, total: all.length, limit, offset } };
  });

  router.add('POST', '/api/curation', async (ctx) => {
    const body = await authorisedBody(ctx, api);
    const input = toDecisionInput(body);
    const decision = await api.writeLock(async () => {
      const recorded = await store.curation.recordDecision(input);
      await rebuildMoves(store, api.gazetteer());
      return recorded;
    });
    afterWrite(api);
    return { status: 201, body: decision };
  });

  router.add('DELETE', '/api/curation/{id}', async (ctx) => {
    checkToken(ctx.req, api.token);
    const id = pathId(ctx.params, 'id');
    const removed = await api.writeLock(async () => {
      const done = await store.curation.removeDecision(id);
      if (done) await rebuildMoves(store, api.gazetteer());
      return done;
    });
    if (!removed) throw httpError(404, `no decision with id ${id}`);
    afterWrite(api);
    return { status: 204 };
  });

  router.add('POST', '/api/ingest', async (ctx) => {
    const body = await authorisedBody(ctx, api);
    const request = toIngestRequest(body);
    const ingest = { allowPrivate: api.allowPrivate, published: request.published };
    const source = 'url' in request ? request.url : `api:${createHash('sha1').update(request.text, 'utf8').digest('hex')}`;
    const report = await api.writeLock(() => {
      // One document per request: extracted on this thread, no extraction threads started for it.
      if ('url' in request) return runIngest([request.url], { store, gazetteer: api.gazetteer(), ingest, extractThreads: 0 });
      const textSource = source;
      const read = async function* (): AsyncGenerator<IngestItem> {
        try {
          const article = articleFromBytes(Buffer.from(request.text, 'utf8'), { source: textSource, contentType: 'text/plain' }, ingest);
          if (request.title) article.title = request.title;
          if (request.lang) article.lang = request.lang;
          yield { ok: true, article };
        } catch (error) {
          if (error instanceof InputError) yield { ok: false, source: textSource, error };
          else throw error;
        }
      };
      return runIngest([textSource], { store, gazetteer: api.gazetteer(), ingest, read, extractThreads: 0 });
    });
    if (report.stored > 0) afterWrite(api);
    // The document as stored now (a fetched URL may have redirected, but the source stays the URL asked for).
    const documentId = report.failed ? null : await store.documents.latestDocumentId(source);
    return { body: { ...report, documentId } };
  });
}

/** Drops every cached analysis (the store changed) and, when serving, starts recomputing the overview's. */
function afterWrite(api: ApiContext): void {
  api.cache.bump();
  if (api.warm) warmAnalyses(api);
}

async function authorisedBody(ctx: RequestContext, api: ApiContext): Promise<Record<string, unknown>> {
  // The token first: an unauthorised client learns nothing about the body's problems.
  checkToken(ctx.req, api.token);
  const body = await readJsonBody(ctx.req);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw httpError(400, `body: expected a JSON object, got ${Array.isArray(body) ? 'an array' : typeof body}`);
  return body as Record<string, unknown>;
}

/** The API's decision body ({ action, claimId | claimIds, fields?, note?, by? }) in the curation store's shape. */
function toDecisionInput(body: Record<string, unknown>) {
  const ids = body.claimIds;
  let claimId = body.claimId;
  let otherClaimId = body.otherClaimId;
  if (ids !== undefined) {
    if (!Array.isArray(ids) || ids.length < 1 || ids.length > 2) throw httpError(400, `claimIds: expected one or two claim ids, got ${JSON.stringify(ids)?.slice(0, 40)} (e.g. [12, 15])`);
    [claimId, otherClaimId] = ids;
  }
  const by = body.by === undefined ? 'api' : body.by;
  return { action: body.action, claimId, otherClaimId: otherClaimId ?? null, fields: body.fields ?? null, note: body.note ?? null, by } as Parameters<ApiContext['store']['curation']['recordDecision']>[0];
}

type IngestRequest = { url: string; published?: string } | { text: string; title?: string; published?: string; lang?: 'ko' | 'en' };

function toIngestRequest(body: Record<string, unknown>): IngestRequest {
  const optionalString = (name: string): string | undefined => {
    const v = body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw httpError(400, `${name}: expected a string, got ${typeof v}`);
    return v;
  };
  const published = optionalString('published');
  if ('url' in body === 'text' in body) throw httpError(400, 'body: expected either {"url": "https://…"} or {"text": "…", "title"?, "published"?, "lang"?}');
  if ('url' in body) {
    const url = optionalString('url') ?? '';
    if (!/^https?:\/\//i.test(url)) throw httpError(400, `url: expected an http(s) URL, got '${url.slice(0, 60)}' (e.g. https://example.com/news/1)`);
    return { url, published };
  }
  const text = optionalString('text') ?? '';
  if (!text.trim()) throw httpError(400, 'text: expected the article text, got an empty string');
  const lang = optionalString('lang');
  if (lang !== undefined && lang !== 'ko' && lang !== 'en') throw httpError(400, `lang: expected ko or en, got '${lang.slice(0, 10)}'`);
  return { text, title: optionalString('title')?.trim().slice(0, 300) || undefined, published, lang };
}
