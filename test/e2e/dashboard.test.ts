/**
 * The dashboard end to end, in Debian's Chromium against the real server on loopback over the sample
 * corpus: overview and its window, an organization, a person, rejecting a claim (gone after a reload),
 * the language switch (remembered after a reload; organizations under their Korean names), and article
 * text that carries markup.
 * Skips, saying why, without /usr/bin/chromium, unless POACHWATCH_REQUIRE_BROWSER=1.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserMissing, browserRequired, launchChromium } from './browser.ts';
import { startSampleServer, type SampleServer } from './serve-sample.ts';

const missing = browserMissing();
const skip = missing && !browserRequired ? missing : false;

if (missing && browserRequired) {
  test('a browser is required (POACHWATCH_REQUIRE_BROWSER=1)', () => {
    assert.fail(`POACHWATCH_REQUIRE_BROWSER=1 but ${missing}`);
  });
}

// An article whose title and text carry markup: it must show as text and never run.
const HOSTILE = [
  'Spy <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> report',
  '',
  'SEOUL, July 30, 2025 — Marta Kowalski <img src=x onerror="window.__pwned = 3"> left Google and joined Meta on July 28, 2025. <script>window.__pwned = 4</script>',
  '',
].join('\n');

let server: SampleServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

async function ready(p: Page, name?: string): Promise<void> {
  await p.waitForSelector(name ? `#main[data-ready="${name}"]` : '#main[data-ready]', { timeout: 20_000 });
}

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  assert.equal(res.status, 200, `GET ${path}`);
  return await res.json() as T;
}

/** What a curator does once per tab: paste the token on the curation page. */
async function pasteToken(): Promise<void> {
  await page.goto(server.url + '/curation');
  await ready(page, 'curation');
  await page.fill('#token', server.token);
  await page.click('.token-form button[type="submit"]');
  await page.waitForSelector('.token-form + .status:not(:empty)');
}

before(async () => {
  if (missing) return;
  server = await startSampleServer({ extra: { 'hostile.txt': HOSTILE } });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => { pageErrors.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the overview draws the flows, its tables and the latest moves, and the window changes them', { skip }, async () => {
  await page.goto(server.url + '/');
  await ready(page, 'overview');
  assert.equal(await page.title(), 'Talent flows · poachwatch');
  const sankey = page.locator('svg.sankey');
  await sankey.waitFor();
  const allLabel = await sankey.getAttribute('aria-label');
  assert.match(allLabel ?? '', /^\d+ moves between \d+ organizations/);
  assert.ok(await page.locator('svg.sankey .sankey-nodes a').count() > 4, 'nodes are links');
  assert.ok(await page.locator('table.net tbody tr').count() > 3, 'net-flow ranking');
  assert.ok(await page.locator('table.moves tbody tr').count() > 3, 'latest moves');
  assert.equal(await page.locator('button[data-window="all"]').getAttribute('aria-pressed'), 'true');
  // Bursts and alerts fill in after the diagram.
  await page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached' });
  assert.equal(await page.locator('main .loading').count(), 0);

  // A custom window inside the corpus's months: fewer moves than in all of it.
  await page.fill('#win-from', '2025-07-01');
  await page.fill('#win-to', '2025-07-31');
  await page.click('.custom-window button[type="submit"]');
  await page.waitForURL(/since=2025-07-01&until=2025-07-31/);
  await ready(page, 'overview');
  const julyLabel = await page.locator('svg.sankey').getAttribute('aria-label');
  const moves = (label: string | null) => Number(/^(\d+) moves/.exec(label ?? '')?.[1]);
  assert.ok(moves(julyLabel) > 0 && moves(julyLabel) < moves(allLabel), `${julyLabel} vs ${allLabel}`);

  // A preset: the sample corpus is dated 2025, so the last 30 days may well be empty; the window must change either way.
  await page.click('button[data-window="30d"]');
  await page.waitForURL(/window=30d/);
  await ready(page, 'overview');
  assert.equal(await page.locator('button[data-window="30d"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('button[data-window="all"]').getAttribute('aria-pressed'), 'false');
});

test('an organization opens from the diagram with its timeline, forecast and counterparts', { skip }, async () => {
  await page.goto(server.url + '/');
  await ready(page, 'overview');
  const node = page.locator('svg.sankey .sankey-nodes a[href="/org/openai"]').first();
  await node.click();
  await page.waitForURL(/\/org\/openai$/);
  await ready(page, 'org');
  assert.equal((await page.locator('h1').textContent())?.trim(), 'OpenAI');
  await page.locator('svg.timeline').waitFor();
  assert.match(await page.locator('svg.timeline').getAttribute('aria-label') ?? '', /arrivals and \d+ departures/);
  assert.match(await page.locator('.page.org').textContent() ?? '', /Next 30 days: [\d.]+ expected \(80% interval/);
  assert.ok(await page.locator('.counts li').count() > 0, 'counterparts listed');
  // Keyboard: Back returns to the overview.
  await page.goBack();
  await ready(page, 'overview');
});

test('a person shows names in both scripts, the career and each claim with its evidence and document', { skip }, async () => {
  await page.goto(server.url + '/');
  await ready(page);
  await page.fill('#q', '클로이');
  await page.press('#q', 'Enter');
  await ready(page, 'search');
  await page.locator('.results a[href^="/person/"]').first().click();
  await ready(page, 'person');
  const names = await page.locator('.names .chip').allTextContents();
  assert.ok(names.some((n) => /[가-힣]/.test(n)) && names.some((n) => /[A-Za-z]/.test(n)), names.join(' | '));
  assert.ok(await page.locator('table.moves tbody tr').count() >= 1, 'career timeline');
  const quote = page.locator('.claim blockquote.evidence').first();
  assert.ok(((await quote.textContent()) ?? '').length > 10, 'evidence quoted');
  await page.locator('.claim a.doc-link').first().click();
  await ready(page, 'document');
  assert.ok(await page.locator('.doc-text mark').count() >= 1, 'evidence highlighted in the text');
});

test('rejecting a claim with the pasted token removes it from the person, and it stays gone after a reload', { skip }, async () => {
  // A person with two claims or more, so the page survives the rejection.
  const people = await api<{ items: Array<{ key: string; moveCount: number }> }>('/api/people?limit=500');
  let target: { key: string; claimId: number } | null = null;
  for (const p of people.items) {
    const detail = await api<{ claims: Array<{ id: number }> }>(`/api/people/${encodeURIComponent(p.key)}`);
    if (detail.claims.length >= 2) { target = { key: p.key, claimId: detail.claims[0]!.id }; break; }
  }
  assert.ok(target, 'a person with two claims in the samples');

  await pasteToken();

  await page.goto(`${server.url}/person/${encodeURIComponent(target.key)}`);
  await ready(page, 'person');
  const card = page.locator(`.claim[data-claim-id="${target.claimId}"]`);
  await card.waitFor();
  await card.locator('button[data-action="reject"]').click();
  await card.waitFor({ state: 'detached', timeout: 30_000 });
  await ready(page, 'person');
  await page.reload();
  await ready(page, 'person');
  assert.equal(await page.locator(`.claim[data-claim-id="${target.claimId}"]`).count(), 0);

  const decisions = await api<{ items: Array<{ action: string; claimId: number }> }>('/api/curation');
  assert.deepEqual(decisions.items.map((d) => [d.action, d.claimId]), [['reject', target.claimId]]);
  // The decisions page lists it.
  await page.goto(server.url + '/curation');
  await ready(page, 'curation');
  assert.match(await page.locator('table').textContent() ?? '', /reject/);
});

test('editing a claim on its document page marks it edited; undoing it on the curation page clears that', { skip }, async () => {
  const docs = await api<{ items: Array<{ id: number; claimCount: number }> }>('/api/documents?limit=500');
  const doc = docs.items.find((d) => d.claimCount >= 1)!;
  const full = await api<{ claims: Array<{ id: number; role: string | null }> }>(`/api/documents/${doc.id}`);
  const claimId = full.claims[0]!.id;
  await pasteToken();
  await page.goto(`${server.url}/document/${doc.id}`);
  await ready(page, 'document');
  const card = page.locator(`.claim[data-claim-id="${claimId}"]`);
  await card.locator('button[data-action="edit"]').click();
  assert.equal(await card.locator('button[data-action="edit"]').getAttribute('aria-expanded'), 'true');
  await card.locator(`#edit-${claimId}-role`).fill('Chief Scientist');
  await card.locator('form.edit-form button[type="submit"]').click();
  await page.waitForSelector(`.claim[data-claim-id="${claimId}"] .state-edited`, { timeout: 30_000 }).catch(async (error: Error) => {
    throw new Error(`${error.message}; the card says: ${await card.locator('.status').textContent()}`);
  });
  await page.reload();
  await ready(page, 'document');
  assert.equal(await page.locator(`.claim[data-claim-id="${claimId}"] .state-edited`).count(), 1);
  const edit = (await api<{ items: Array<{ id: number; action: string; fields: Record<string, unknown> }> }>('/api/curation')).items[0]!;
  assert.equal(edit.action, 'edit');
  assert.deepEqual(edit.fields, { role: 'Chief Scientist' }, 'only the changed field is sent');

  await page.goto(server.url + '/curation');
  await ready(page, 'curation');
  const row = page.locator('tbody tr', { hasText: 'Chief Scientist' });
  await row.locator('button').click();
  await row.waitFor({ state: 'detached', timeout: 30_000 });
  const left = (await api<{ items: Array<{ id: number }> }>('/api/curation')).items;
  assert.ok(!left.some((d) => d.id === edit.id), 'the decision was removed');
});

test('the language switches to Korean and stays so after a reload', { skip }, async () => {
  await page.goto(server.url + '/');
  await ready(page, 'overview');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.focus('.lang-switch');
  await page.keyboard.press('Enter');
  await ready(page, 'overview');
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  assert.equal((await page.locator('h1').textContent())?.trim(), '인재 이동');
  assert.equal(await page.evaluate("document.activeElement?.classList.contains('lang-switch')"), true, 'focus stays on the switch');
  await page.reload();
  await ready(page, 'overview');
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  assert.equal((await page.locator('nav .nav-link').first().textContent())?.trim(), '개요');
  // Back to English for the remaining tests.
  await page.click('.lang-switch');
  await ready(page, 'overview');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
});

test('in Korean organizations go by their Korean names, links keep their keys, and English comes back', { skip }, async () => {
  const names = await api<{ orgs: Array<{ key: string; nameKo: string }> }>('/api/org-names');
  assert.equal(names.orgs.find((o) => o.key === 'apple')?.nameKo, '애플');
  await page.goto(server.url + '/');
  await ready(page, 'overview');
  await page.click('.lang-switch');
  await ready(page, 'overview');
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  // The diagram, its table and the net ranking: the label changes, the address does not.
  const node = page.locator('svg.sankey .sankey-nodes a[href="/org/apple"]').first();
  assert.match(await node.locator('text').textContent() ?? '', /^애플 \d+$/);
  assert.match(await node.getAttribute('aria-label') ?? '', /^애플: \d+$/);
  assert.ok((await page.locator('details.table-alt a[href="/org/apple"]').allTextContents()).every((text) => text === '애플'));
  assert.equal((await page.locator('table.net a[href="/org/apple"]').textContent())?.trim(), '애플');
  assert.ok((await page.locator('table.net a[href="/org/openai"]').allTextContents()).every((text) => text === '오픈AI'));
  assert.equal(await page.locator('main a', { hasText: /^Apple$/ }).count(), 0, 'no organization left under its English name');

  await node.click();
  await page.waitForURL(/\/org\/apple$/);
  await ready(page, 'org');
  assert.equal((await page.locator('h1').textContent())?.trim(), '애플');
  assert.equal(await page.title(), '애플 · poachwatch');
  assert.match(await page.locator('.aliases').textContent() ?? '', /Apple/, 'the canonical name is among the other names');
  const counterparts = await page.locator('.counts li a').allTextContents();
  assert.ok(counterparts.includes('메타'), counterparts.join(' | '));

  // Someone who left Apple: their timeline and claims name it in Korean too.
  await page.locator('table.moves a[href^="/person/"]').first().click();
  await ready(page, 'person');
  assert.match(await page.locator('table.moves').textContent() ?? '', /애플/);
  assert.ok((await page.locator('.claim .claim-move').allTextContents()).some((text) => text.includes('애플')));
  assert.equal(await page.locator('main a', { hasText: /^Apple$/ }).count(), 0);
  // Search results.
  await page.goto(`${server.url}/search?q=${encodeURIComponent('Apple')}`);
  await ready(page, 'search');
  assert.equal((await page.locator('.results a[href="/org/apple"]').textContent())?.trim(), '애플');

  // Back to English: the canonical names again, for the remaining tests too.
  await page.goto(server.url + '/org/apple');
  await ready(page, 'org');
  await page.click('.lang-switch');
  await ready(page, 'org');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal((await page.locator('h1').textContent())?.trim(), 'Apple');
  await page.goto(server.url + '/');
  await ready(page, 'overview');
  assert.equal((await page.locator('table.net a[href="/org/apple"]').textContent())?.trim(), 'Apple');
  assert.match(await page.locator('svg.sankey .sankey-nodes a[href="/org/apple"] text').first().textContent() ?? '', /^Apple \d+$/);
});

test('markup in an article title and text is shown as text and never runs', { skip }, async () => {
  const docs = await api<{ items: Array<{ id: number; source: string }> }>('/api/documents?limit=500');
  const doc = docs.items.find((d) => d.source.endsWith('hostile.txt'));
  assert.ok(doc, 'the hostile document was stored');
  await page.goto(`${server.url}/document/${doc.id}`);
  await ready(page, 'document');
  assert.match((await page.locator('h1').textContent()) ?? '', /<script>window.__pwned = 1<\/script> <img src=x onerror=/);
  assert.match((await page.locator('.doc-text').textContent()) ?? '', /<img src=x onerror="window.__pwned = 3">/);
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined');
  // Its claim, with the evidence quoted as text, reaches the person page too.
  await page.goto(`${server.url}/search?q=${encodeURIComponent('Marta Kowalski')}`);
  await ready(page, 'search');
  await page.locator('.results a[href^="/person/"]').first().click();
  await ready(page, 'person');
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined');
  assert.deepEqual(pageErrors, []);
});

test('keyboard: the skip link is the first stop and moves focus to the content', { skip }, async () => {
  await page.goto(server.url + '/');
  await ready(page, 'overview');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate('document.activeElement?.className'), 'skip-link');
  assert.equal(await page.evaluate('getComputedStyle(document.activeElement).top'), '7.5px', 'the skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate('document.activeElement?.id'), 'main');
});

test('at a phone-sized viewport nothing overflows sideways', { skip }, async () => {
  const phone = await context.browser()!.newPage({ viewport: { width: 390, height: 844 } });
  try {
    for (const path of ['/', '/org/openai']) {
      await phone.goto(server.url + path);
      await ready(phone);
      const overflow = await phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') as number;
      assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
    }
  } finally {
    await phone.close();
  }
});
