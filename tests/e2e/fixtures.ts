/**
 * Playwright fixture: Debian's Chromium with the built extension loaded (.output/chrome-mv3).
 * Exposes `context`, the extension's service worker `background` and `extensionId`.
 */
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const DIST = resolve(process.env.LURELENS_OUT ?? '.output', 'chrome-mv3');

export const test = base.extend<{ context: BrowserContext; background: Worker; extensionId: string }>({
  context: async ({}, use) => {
    if (!existsSync(resolve(DIST, 'manifest.json'))) throw new Error(`no built extension in ${DIST}: run "npm run build" first`);
    const context = await chromium.launchPersistentContext('', {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu', '--disable-sync'],
    });
    await use(context);
    await context.close();
  },
  background: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
});
export const expect = test.expect;
