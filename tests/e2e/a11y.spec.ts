/**
 * Accessibility: axe-core finds no violations (WCAG 2.x A and AA rules, including colour contrast) on the
 * popup (English with a warning, Arabic), the options page, the first-run page and the in-page warning.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openExtensionPage, openFixture, setSettings, waitForWarnings } from './ui-helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const r = await builder.analyze();
  // axe really audited something (an empty include or a failed injection would pass silently).
  expect(r.passes.length).toBeGreaterThan(5);
  return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('popup with a warning, English and Arabic', async ({ context, background, extensionId }) => {
  const { tabId } = await openFixture(context, background, '/job-board.html');
  await waitForWarnings(context, extensionId, tabId);
  for (const locale of ['en', 'ar']) {
    await setSettings(background, { locale });
    const popup = await openExtensionPage(context, extensionId, 'popup.html', `?tabId=${tabId}`);
    await expect(popup.getByTestId('warning').first()).toBeVisible();
    // Open the "this is wrong" panel and run a check so those parts are audited too.
    await popup.getByTestId('warning').first().locator('.ll-wrong button').click();
    await popup.locator('textarea').fill('Free flight to Cambodia, salary 3000 USD per month, contact on Telegram.');
    await popup.locator('form button[type=submit]').click();
    await expect(popup.getByTestId('check-result').locator('.ll-result')).toBeVisible();
    expect(await violations(popup), `popup (${locale})`).toEqual([]);
    await popup.close();
  }
});

test('options page', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'options.html');
  await expect(page.getByTestId('list-status')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('first-run page', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'welcome.html');
  await expect(page.getByRole('button', { name: 'Save and start' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('in-page warning', async ({ context, background }) => {
  const { page } = await openFixture(context, background, '/job-board.html');
  const warning = page.getByTestId('lurelens-warning').first();
  await expect(warning).toBeVisible();
  expect(await violations(page, 'lurelens-warning')).toEqual([]);
});
