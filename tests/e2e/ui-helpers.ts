/**
 * Helpers shared by the UI end-to-end specs (popup, options, first-run, accessibility).
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

/** Open `path` from the fixture server and return the page and its tab id (as the background sees it). */
export async function openFixture(context: BrowserContext, background: Worker, path: string): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(path);
  const url = page.url();
  let tabId = -1;
  await expect
    .poll(async () => {
      tabId = await background.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
      return tabId;
    })
    .toBeGreaterThanOrEqual(0);
  return { page, tabId };
}

/**
 * Wait until the background has recorded at least `min` warnings for the tab. Asked from an extension
 * page: a service worker's runtime.sendMessage does not reach its own listeners.
 */
export async function waitForWarnings(context: BrowserContext, extensionId: string, tabId: number, min = 1): Promise<void> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/welcome.html?probe=1`);
  await expect
    .poll(async () =>
      probe.evaluate(async (id) => {
        const r = (await chrome.runtime.sendMessage({ type: 'get-tab', tabId: id }).catch(() => undefined)) as { entries?: { warn?: boolean }[] } | undefined;
        return r?.entries?.filter((e) => e.warn !== false).length ?? 0;
      }, tabId),
    )
    .toBeGreaterThanOrEqual(min);
  await probe.close();
}

/** Set settings in storage.sync (as the options page would) before a page is opened. */
export async function setSettings(background: Worker, settings: Record<string, unknown>): Promise<void> {
  await background.evaluate(async (s) => {
    await chrome.storage.sync.set({ settings: s });
  }, settings);
}

/** Open an extension page (popup.html, options.html, welcome.html) with a query string. */
export async function openExtensionPage(context: BrowserContext, extensionId: string, file: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${file}${query}`);
  return page;
}
