/**
 * Popup: warnings for the tab with evidence and explanations, the "nothing found" state, check-a-message,
 * what to do now, reporting channels with tel: links, list status footer, "this is wrong", Arabic (RTL).
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { openExtensionPage, openFixture, setSettings, waitForWarnings } from './ui-helpers';

const channels = JSON.parse(readFileSync('src/indicators/channels.json', 'utf8')) as { id: string; country: string; phone?: string; url?: string }[];

test('lists the lure on the page with level, evidence and explanation', async ({ context, background, extensionId }) => {
  const { tabId } = await openFixture(context, background, '/job-board.html');
  await waitForWarnings(context, extensionId, tabId);
  const popup = await openExtensionPage(context, extensionId, 'popup.html', `?tabId=${tabId}`);
  const card = popup.getByTestId('warning').first();
  await expect(card).toBeVisible();
  await expect(card.locator('.ll-badge')).toHaveText(/Danger|Caution/);
  // Evidence is quoted from the posting itself.
  const quotes = await card.locator('.ll-evidence q').allTextContents();
  expect(quotes.length).toBeGreaterThan(0);
  const pageText = readFileSync('tests/e2e/fixtures/job-board.html', 'utf8').toLowerCase();
  for (const q of quotes) expect(pageText).toContain(q.toLowerCase().replace(/…$/, ''));
  // Every finding has a sentence of explanation (not a bare message key).
  for (const e of await card.locator('.ll-explanation').allTextContents()) expect(e).not.toMatch(/^[a-z0-9_]+$/);
});

test('shows a clear "nothing found" state for an honest page', async ({ context, background, extensionId }) => {
  const page = await context.newPage();
  await page.goto('/health');
  const tabId = await background.evaluate(async () => (await chrome.tabs.query({ url: '*://127.0.0.1/*' }))[0]?.id ?? -1);
  const popup = await openExtensionPage(context, extensionId, 'popup.html', `?tabId=${tabId}`);
  await expect(popup.getByTestId('nothing-found')).toBeVisible();
  await expect(popup.getByTestId('warning')).toHaveCount(0);
});

test('check-a-message analyses pasted text and announces the result', async ({ context, extensionId }) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html', '?tabId=999999');
  await popup.getByLabel(/Paste a job offer/).fill('Customer service job in Sihanoukville, Cambodia. USD 2,800 per month, free flight and visa. No experience. Contact the manager on Telegram only.');
  await popup.getByRole('button', { name: 'Check' }).click();
  const result = popup.getByTestId('check-result');
  await expect(result.locator('.ll-result')).toHaveAttribute('data-level', /medium|high/);
  await expect(result.locator('.ll-findings li').first()).toBeVisible();
  // The result region is a live region that existed before the result arrived.
  await expect(result).toHaveAttribute('aria-live', 'polite');
  // An everyday message is not flagged.
  await popup.getByLabel(/Paste a job offer/).fill('Hi Ana, the team lunch moved to Thursday at noon. See you there.');
  await popup.getByRole('button', { name: 'Check' }).click();
  await expect(result.locator('.ll-result')).toHaveAttribute('data-level', /none|low/);
});

test('what to do now and reporting channels for the chosen country, with tappable phone numbers', async ({ context, background, extensionId }) => {
  const withPhone = channels.find((c) => c.country !== 'INT' && c.phone);
  expect(withPhone, 'the bundled list has at least one national channel with a phone number').toBeTruthy();
  await setSettings(background, { country: withPhone!.country });
  const popup = await openExtensionPage(context, extensionId, 'popup.html', '?tabId=999999');
  await expect(popup.getByRole('heading', { name: 'What to do now' })).toBeVisible();
  await expect(popup.locator('.ll-todo li')).toHaveCount(4);
  await expect(popup.getByLabel('Your country')).toHaveValue(withPhone!.country);
  const item = popup.locator(`[data-channel="${withPhone!.id}"]`);
  await expect(item).toBeVisible();
  const href = await item.locator('a.ll-tel').getAttribute('href');
  expect(href).toMatch(/^tel:\+?[\d*#]+$/);
  // Changing the country changes the channels shown and is remembered.
  const other = channels.find((c) => c.country !== 'INT' && c.country !== withPhone!.country);
  if (other) {
    await popup.getByLabel('Your country').selectOption(other.country);
    await expect(popup.locator(`[data-channel="${other.id}"]`)).toBeVisible();
    await expect(item).toHaveCount(0);
    await expect.poll(() => background.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { country?: string })?.country)).toBe(other.country);
  }
});

test('footer shows the list version and age', async ({ context, extensionId }) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html', '?tabId=999999');
  // "Indicator list 2026.11.29, updated 12 hours ago", or why the last update failed and which list is kept.
  await expect(popup.getByTestId('list-status')).toHaveText(/^Indicator list \u2068\d{4}\.\d{2}\.\d{2}(\.\d+)?\u2069, updated \S.*|^Update failed: .+ Still using list \u2068\d{4}/);
});

test('"this is wrong" opens a pre-filled report; posting text only when ticked', async ({ context, background, extensionId }) => {
  const { tabId } = await openFixture(context, background, '/job-board.html');
  await waitForWarnings(context, extensionId, tabId);
  const popup = await openExtensionPage(context, extensionId, 'popup.html', `?tabId=${tabId}`);
  const card = popup.getByTestId('warning').first();
  const ids = (await card.locator('[data-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')))).filter(Boolean) as string[];
  await card.getByRole('button', { name: 'This is wrong' }).click();
  const link = card.getByTestId('report-link');
  const href = decodeURIComponent((await link.getAttribute('href'))!.replace(/\+/g, ' '));
  for (const id of ids) expect(href).toContain(id);
  expect(href).toMatch(/Indicator list: \d{4}\.\d{2}\.\d{2}/);
  expect(href).not.toContain('Posting text');
  const box = card.getByLabel('Include the posting text in the report');
  await box.check();
  const withText = decodeURIComponent((await link.getAttribute('href'))!.replace(/\+/g, ' '));
  expect(withText).toContain('Posting text');
  const quote = (await card.locator('.ll-evidence q').first().textContent())!;
  expect(withText).toContain(quote);
});

test('Arabic popup is right-to-left and translated', async ({ context, background, extensionId }) => {
  const { tabId } = await openFixture(context, background, '/job-board.html');
  await waitForWarnings(context, extensionId, tabId);
  await setSettings(background, { locale: 'ar' });
  const popup = await openExtensionPage(context, extensionId, 'popup.html', `?tabId=${tabId}`);
  await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(popup.getByRole('heading', { name: 'ماذا تفعل الآن' })).toBeVisible();
  // Mirrored: the warning card's accent border is on the right (inline-start in RTL).
  const card = popup.getByTestId('warning').first();
  const border = await card.evaluate((el) => ({ right: getComputedStyle(el).borderRightWidth, left: getComputedStyle(el).borderLeftWidth }));
  expect(parseFloat(border.right)).toBeGreaterThan(parseFloat(border.left));
});

test('screenshots of the popup in English and Arabic', async ({ context, background, extensionId }) => {
  const { tabId } = await openFixture(context, background, '/job-board.html');
  await waitForWarnings(context, extensionId, tabId);
  for (const locale of ['en', 'ar']) {
    await setSettings(background, { locale, country: channels.find((c) => c.country !== 'INT' && c.phone)?.country ?? 'INT' });
    const popup = await openExtensionPage(context, extensionId, 'popup.html', `?tabId=${tabId}`);
    await popup.setViewportSize({ width: 380, height: 600 });
    await expect(popup.getByTestId('warning').first()).toBeVisible();
    await expect(popup.getByTestId('list-status')).not.toHaveText(/…$/);
    // What the toolbar popup shows (Chrome caps popups at 600 px high; the rest scrolls), and the whole page.
    await popup.screenshot({ path: `tests/e2e/screenshots/popup-${locale}.png` });
    await popup.screenshot({ path: `tests/e2e/screenshots/popup-${locale}-full.png`, fullPage: true });
    await popup.close();
  }
});

test('works by keyboard alone', async ({ context, background, extensionId }) => {
  const { tabId } = await openFixture(context, background, '/job-board.html');
  await waitForWarnings(context, extensionId, tabId);
  const popup = await openExtensionPage(context, extensionId, 'popup.html', `?tabId=${tabId}`);
  await expect(popup.getByTestId('warning').first()).toBeVisible();
  /** Press Tab until `locator` has focus (at most 40 presses). */
  const tabTo = async (locator: ReturnType<typeof popup.locator>) => {
    for (let i = 0; i < 40 && !(await locator.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
    await expect(locator).toBeFocused();
  };
  const wrong = popup.getByTestId('warning').first().getByRole('button', { name: 'This is wrong' });
  await tabTo(wrong);
  await popup.keyboard.press('Enter');
  await expect(wrong).toHaveAttribute('aria-expanded', 'true');
  await tabTo(popup.getByTestId('warning').first().getByTestId('report-link'));
  const textarea = popup.getByLabel(/Paste a job offer/);
  await tabTo(textarea);
  await popup.keyboard.type('Free visa and flight to Cambodia, USD 3000 per month, contact our manager on Telegram only.');
  await tabTo(popup.getByRole('button', { name: 'Check' }));
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('check-result').locator('.ll-result')).toHaveAttribute('data-level', /medium|high/);
  await tabTo(popup.getByLabel('Your country'));
});
