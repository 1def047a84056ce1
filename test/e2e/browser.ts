/** Debian's Chromium through playwright-core, or the reason it cannot run (the tests skip, or fail when a browser is required). */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env.POACHWATCH_CHROMIUM ?? '/usr/bin/chromium';
/** CI sets POACHWATCH_REQUIRE_BROWSER=1: a missing browser is then a failure, not a skip. */
export const browserRequired = process.env.POACHWATCH_REQUIRE_BROWSER === '1';

/** Null when the browser is there, else why the browser tests cannot run. */
export function browserMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (install Debian's chromium, or set POACHWATCH_CHROMIUM)`;
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
