/**
 * First-run page: opened on install; says what LureLens does and never does; the country choice is saved.
 */
import { test, expect } from './fixtures';
import { openExtensionPage } from './ui-helpers';

test('opens once on install', async ({ context, extensionId }) => {
  await expect.poll(() => context.pages().some((p) => p.url() === `chrome-extension://${extensionId}/welcome.html`)).toBe(true);
});

test('explains, promises privacy and saves the chosen country', async ({ context, background, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'welcome.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to LureLens');
  await expect(page.getByTestId('never')).toContainText('never sends the pages you visit');
  const select = page.getByLabel('Your country', { exact: true });
  await expect.poll(() => select.locator('option').count()).toBeGreaterThan(2);
  const values = await select.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  const chosen = values.find((v) => v !== 'INT')!;
  await select.selectOption(chosen);
  await page.getByRole('button', { name: 'Save and start' }).click();
  await expect(page.getByTestId('welcome-saved')).toContainText('All set');
  await expect
    .poll(() => background.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown>))
    .toMatchObject({ country: chosen, onboarded: true });
});

test('is keyboard operable', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'welcome.html');
  await expect(page.getByRole('button', { name: 'Save and start' })).toBeVisible();
  // Tab through every control; focus reaches the save button and Enter submits.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('button', { name: 'Save and start' }).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByRole('button', { name: 'Save and start' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('welcome-saved')).toContainText('All set');
});

test('the browser reads the generated _locales messages, placeholders included', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'welcome.html');
  const r = await page.evaluate(() => {
    // WXT types getMessage from the _locales it saw at the last build; a fresh clone type-checks before any build.
    const getMessage = chrome.i18n.getMessage as unknown as (key: string, subs?: string[]) => string;
    return {
    name: getMessage('extName'),
    count: getMessage('popup_page_count', ['3']),
    ui: chrome.i18n.getUILanguage(),
    };
  });
  expect(r.name).toBe('LureLens');
  expect(r.count).toBe('Warnings on this page: 3');
});
