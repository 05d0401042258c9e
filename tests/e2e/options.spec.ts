/**
 * Options page: country, language (Arabic mirrors the page), sensitivity, trusted sites, sites to scan,
 * list status with "check now", about and privacy. Every change is stored in storage.sync.
 */
import type { Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { openExtensionPage, setSettings } from './ui-helpers';

const stored = (background: Worker) =>
  background.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>);

test('country, language and sensitivity are saved', async ({ context, background, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'options.html');
  await expect(page.getByRole('heading', { level: 1, name: 'LureLens settings' })).toBeVisible();
  const country = page.getByLabel('Your country');
  // Countries come from the active list's channels (loaded from the background).
  await expect.poll(() => country.locator('option').count()).toBeGreaterThan(2);
  const options = await country.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  await country.selectOption(options[1]!);
  await expect.poll(async () => (await stored(background)).country).toBe(options[1]);

  await page.getByLabel('Only on danger').check();
  await expect.poll(async () => (await stored(background)).sensitivity).toBe('danger');
  await expect(page.getByTestId('saved')).toHaveText('Saved.');

  await page.getByLabel('Language of LureLens').selectOption('ar');
  await expect.poll(async () => (await stored(background)).locale).toBe('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('إعدادات LureLens');
  // Mirrored layout: the page's text starts at the right.
  const align = await page.locator('h1').evaluate((el) => getComputedStyle(el).direction);
  expect(align).toBe('rtl');
});

test('trusted sites: typed addresses are normalised, junk is refused, entries can be removed', async ({ context, background, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'options.html');
  const box = page.getByTestId('trusted-sites');
  await box.getByLabel('Add a trusted site').fill('https://Careers.Example.com/jobs?id=1');
  await box.getByRole('button', { name: 'Add' }).click();
  await expect(box.getByRole('listitem')).toHaveText([/careers\.example\.com/]);
  await expect.poll(async () => (await stored(background)).trustedSites).toEqual(['careers.example.com']);

  await box.getByLabel('Add a trusted site').fill('not a website');
  await box.getByRole('button', { name: 'Add' }).click();
  await expect(box.getByRole('alert')).toContainText('is not a website address');
  await expect(box.getByLabel('Add a trusted site')).toHaveAttribute('aria-invalid', 'true');

  await box.getByRole('button', { name: 'Remove careers.example.com' }).click();
  await expect.poll(async () => (await stored(background)).trustedSites).toEqual([]);
});

test('sites to scan: only listed sites', async ({ context, background, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'options.html');
  await page.getByLabel('Only on the sites listed below').check();
  const box = page.getByTestId('scan-sites');
  await box.getByLabel('Add a site to scan').fill('jobs.example.net');
  await box.getByLabel('Add a site to scan').press('Enter');
  await expect.poll(async () => stored(background)).toMatchObject({ scanMode: 'listed', scanSites: ['jobs.example.net'] });
  // The background now tells content scripts on other sites not to scan.
  const enabled = (url: string) => page.evaluate(async (u) => ((await chrome.runtime.sendMessage({ type: 'page-config', url: u })) as { enabled: boolean }).enabled, url);
  expect(await enabled('https://jobs.example.net/offer/7')).toBe(true);
  expect(await enabled('https://news.example.org/')).toBe(false);
});

test('list status and "check now", about and privacy', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'options.html');
  await expect(page.getByTestId('list-status')).toHaveText(/Indicator list \u2068?\d{4}\.\d{2}\.\d{2}|Update failed/);
  await page.getByRole('button', { name: 'Check for an update now' }).click();
  await expect(page.getByTestId('check-now-result')).toHaveText('Check finished.');
  // No list server in the test: the status either stays current or says the update failed, never blank.
  await expect(page.getByTestId('list-status')).toHaveText(/Indicator list \u2068?\d{4}\.\d{2}\.\d{2}|Update failed: .+ Still using list/);
  await expect(page.getByRole('heading', { name: 'Privacy' })).toBeVisible();
  await expect(page.getByTestId('privacy')).toContainText('never sent anywhere');
});

test('screenshots of the options page in English and Arabic', async ({ context, background, extensionId }) => {
  for (const locale of ['en', 'ar']) {
    await setSettings(background, { trustedSites: ['careers.example.com'], locale });
    const page = await openExtensionPage(context, extensionId, 'options.html');
    await page.setViewportSize({ width: 800, height: 900 });
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByTestId('list-status')).not.toHaveText(/…$/);
    await page.screenshot({ path: `tests/e2e/screenshots/options-${locale}.png`, fullPage: true });
    await page.close();
  }
});
