/** The OpenAPI document matches the server: every documented operation answers with the declared schema, and every route is documented. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { openStore } from '../store/index.ts';
import { openApiDocument } from './openapi.ts';
import { seedSamples, startTestServer, TEST_TOKEN } from './_test-server.ts';

type Operation = { parameters?: Array<{ name: string; in: string; required?: boolean }>; responses: Record<string, { content?: Record<string, unknown> }>; security?: unknown };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are validated against the document's schemas
const json = async (res: Response): Promise<any> => res.json();
const pointer = (...parts: string[]) => '#/' + parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

test('every documented operation answers as declared, and every route is documented', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'poachwatch-openapi-'));
  const store = await openStore(`sqlite:${join(dir, 'store.sqlite')}`);
  await seedSamples(store);
  const server = await startTestServer(store);
  try {
    // The document itself is the schema registry: refs inside it resolve against its own $id.
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true });
    ajv.addSchema({ ...(openApiDocument as object), $id: 'openapi' });
    const served = await (await server.fetch('/api/openapi.json')).json();
    assert.deepEqual(served, JSON.parse(JSON.stringify(openApiDocument)), 'the served document is the module\'s');

    // Path parameters and required query parameters, from the seeded data.
    const person = (await json(await server.fetch('/api/people?limit=1'))).items[0].key as string;
    const org = (await json(await server.fetch('/api/orgs?q=apple&limit=1'))).items[0].key as string;
    const doc = (await json(await server.fetch('/api/documents?limit=1'))).items[0].id as number;
    const claim = (await json(await server.fetch('/api/claims?limit=1'))).items[0].id as number;
    const values: Record<string, Record<string, string>> = {
      '/api/people/{key}': { key: person },
      '/api/orgs/{key}': { key: org },
      '/api/documents/{id}': { id: String(doc) },
      '/api/claims/{id}': { id: String(claim) },
      '/api/search': { q: 'Pang' },
      '/api/forecast': { org: 'Apple' },
    };

    const paths = openApiDocument.paths as unknown as Record<string, Record<string, Operation>>;
    // Writes last, in this order: a decision must exist before it is deleted.
    const order = (p: string, m: string) => (m === 'get' ? 0 : m === 'post' ? 1 : 2);
    const operations = Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ path, method }))).sort((a, b) => order(a.path, a.method) - order(b.path, b.method));
    let decisionId = 0;
    for (const { path, method } of operations) {
      const op = paths[path][method];
      const given = values[path] ?? {};
      if (path === '/api/curation/{id}') given.id = String(decisionId);
      let url = path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(given[name]));
      const query = new URLSearchParams();
      for (const p of op.parameters ?? []) if (p.in === 'query' && p.required) query.set(p.name, given[p.name]);
      if ([...query].length) url += `?${query}`;
      const init: RequestInit = { method: method.toUpperCase(), headers: {} as Record<string, string> };
      if (op.security) (init.headers as Record<string, string>).authorization = `Bearer ${TEST_TOKEN}`;
      if (path === '/api/ingest') init.body = JSON.stringify({ text: 'Jane Roe left OpenAI and joined Anthropic in March 2025.', published: '2025-03-20' });
      if (path === '/api/curation' && method === 'post') init.body = JSON.stringify({ action: 'accept', claimId: claim, note: 'checked' });
      if (init.body) (init.headers as Record<string, string>)['content-type'] = 'application/json';
      const res = await server.fetch(url, init);
      const status = String(res.status);
      const text = await res.text();
      assert.ok(op.responses[status], `${method.toUpperCase()} ${url}: status ${status} is not documented (${text})`);
      const content = op.responses[status].content;
      if (!content) {
        assert.equal(text, '', `${method.toUpperCase()} ${url}: ${status} declares no body`);
        continue;
      }
      const type = (res.headers.get('content-type') ?? '').split(';')[0];
      assert.ok(content[type], `${method.toUpperCase()} ${url}: content type ${type} is not documented for ${status}`);
      assert.match(status, /^2/, `${method.toUpperCase()} ${url} answered ${status}: ${text}`);
      const body = JSON.parse(text);
      const validate = ajv.getSchema(`openapi${pointer('paths', path, method, 'responses', status, 'content', type, 'schema')}`);
      assert.ok(validate, `no schema for ${method} ${path} ${status}`);
      assert.ok(validate(body), `${method.toUpperCase()} ${url}: response does not match the schema: ${ajv.errorsText(validate.errors)}`);
      if (path === '/api/curation' && method === 'post') decisionId = (body as { id: number }).id;
    }
    assert.ok(decisionId > 0, 'POST /api/curation ran before DELETE');

    // Both directions: no route without a documented operation, no operation without a route.
    const routes = server.router.routes.map((r) => `${r.method} ${r.path}`).sort();
    const documented = operations.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort();
    assert.deepEqual(routes, documented);
  } finally {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
