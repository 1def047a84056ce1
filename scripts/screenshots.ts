/**
 * Screenshots of the dashboard's main pages on the sample corpus, into docs/screenshots/ (PNG):
 * each page at 1280×800, the overview also at a phone's 390×844 and in Korean.
 *
 *   node bin/run-ts.js scripts/screenshots.ts [--out docs/screenshots]
 *
 * Needs Debian's Chromium at /usr/bin/chromium (or POACHWATCH_CHROMIUM), and a font with Hangul
 * (fonts-nanum or fonts-noto-cjk) for the Korean text to render.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { browserMissing, launchChromium } from '../test/e2e/browser.ts';
import { startSampleServer } from '../test/e2e/serve-sample.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/screenshots' } } });
const out = resolve(values.out!);
const missing = browserMissing();
if (missing) {
  console.error(`screenshots: ${missing}`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const server = await startSampleServer();
const browser = await launchChromium();
try {
  const api = async <T>(path: string): Promise<T> => (await fetch(server.url + path)).json() as Promise<T>;
  // A person known in both scripts with several claims, and the document of their first claim.
  const people = await api<{ items: Array<{ key: string; names: string[]; moveCount: number }> }>('/api/people?limit=500');
  const person = people.items.filter((p) => p.names.length > 1).sort((a, b) => b.moveCount - a.moveCount)[0]!;
  const detail = await api<{ claims: Array<{ documentId: number }> }>(`/api/people/${encodeURIComponent(person.key)}`);
  const documentId = detail.claims[0]!.documentId;

  const shots: Array<{ file: string; path: string; width: number; height: number; lang: 'en' | 'ko' }> = [
    { file: 'overview.png', path: '/', width: 1280, height: 800, lang: 'en' },
    { file: 'organization.png', path: '/org/openai', width: 1280, height: 800, lang: 'en' },
    { file: 'person.png', path: `/person/${encodeURIComponent(person.key)}`, width: 1280, height: 800, lang: 'en' },
    { file: 'document.png', path: `/document/${documentId}`, width: 1280, height: 800, lang: 'en' },
    { file: 'search.png', path: `/search?q=${encodeURIComponent('애플')}`, width: 1280, height: 800, lang: 'en' },
    { file: 'overview-ko.png', path: '/?since=2025-01-01&until=2025-12-31', width: 1280, height: 800, lang: 'ko' },
    { file: 'overview-phone.png', path: '/', width: 390, height: 844, lang: 'en' },
    { file: 'organization-phone.png', path: '/org/openai', width: 390, height: 844, lang: 'ko' },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1, locale: shot.lang === 'ko' ? 'ko-KR' : 'en-US' });
    await context.addInitScript(`localStorage.setItem('poachwatch.lang', '${shot.lang}')`);
    const page: Page = await context.newPage();
    await page.goto(server.url + shot.path);
    await page.waitForSelector('#main[data-ready]', { timeout: 30_000 });
    // Panels that fill in after the page is ready (the overview's bursts and alerts).
    await page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 30_000 });
    await page.screenshot({ path: resolve(out, shot.file) });
    console.log(`${shot.file}  ${shot.width}×${shot.height}  ${shot.path}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
