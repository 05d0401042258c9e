/**
 * Phones (Firefox for Android layout, checked in Chromium with phone emulation: 360×740, touch): the built
 * extension's popup, options and first-run pages and the in-page warning must fit a 360 px wide screen without
 * sideways scrolling, keep touch targets at least 44 px, and work by tapping (no hover-only controls).
 * The extension is loaded the same way as tests/e2e/fixtures.ts, in a persistent context with touch enabled.
 */
import { test as base, expect, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DIST } from './fixtures';

const PHONE = { width: 360, height: 740 };
const SHOTS = 'tests/e2e/screenshots';

const test = base.extend<{ context: BrowserContext; background: Worker; extensionId: string }>({
  context: async ({}, use) => {
    if (!existsSync(resolve(DIST, 'manifest.json'))) throw new Error(`no built extension in ${DIST}: run "npm run build" first`);
    const context = await chromium.launchPersistentContext('', {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: PHONE,
      deviceScaleFactor: 2,
      hasTouch: true,
      isMobile: true,
      args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu', '--disable-sync'],
    });
    await use(context);
    await context.close();
  },
  background: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
});

/** Visible interactive elements smaller than 44×44 CSS px (checkbox/radio count by their label's box). */
async function smallTargets(page: Page, root = 'body'): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const scope = document.querySelector(sel) ?? document.body;
    const roots: (Document | ShadowRoot | Element)[] = [scope];
    for (const el of Array.from(scope.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
    for (const r of roots) {
      for (const el of Array.from(r.querySelectorAll<HTMLElement>('button, a[href], select, textarea, input, summary, [role=button]'))) {
        const cs = getComputedStyle(el);
        if (cs.visibility === 'hidden' || cs.display === 'none' || el.getClientRects().length === 0) continue;
        const target = (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && el.closest('label')) || el;
        const b = target.getBoundingClientRect();
        if (b.width === 0 && b.height === 0) continue;
        if (b.height < 44 || b.width < 44) out.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(b.width)}×${Math.round(b.height)}`);
      }
    }
    return out;
  }, root);
}

/**
 * Horizontal overflow of the page beyond the phone's width in CSS px (0 = fits). Measured against the device
 * width, not innerWidth: mobile browsers zoom a too-wide page out, which hides the overflow from innerWidth.
 */
function overflow(page: Page): Promise<number> {
  return page.evaluate((w) => Math.max(0, document.documentElement.scrollWidth - w), PHONE.width);
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForLoadState('load');
  return page;
}

for (const [name, file] of [
  ['popup', 'popup.html?tabId=999999'],
  ['popup-ar', 'popup.html?tabId=999999&locale=ar'],
  ['options', 'options.html'],
  ['welcome', 'welcome.html'],
]) {
  test(`${name} fits a 360 px phone screen with 44 px touch targets`, async ({ context, extensionId }) => {
    const page = await openPage(context, `chrome-extension://${extensionId}/${file}`);
    await expect(page.locator('main, #app > *').first()).toBeVisible();
    if (name.endsWith('-ar')) await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.screenshot({ path: `${SHOTS}/mobile-${name}.png`, fullPage: true });
    expect(await overflow(page), 'sideways scrolling').toBe(0);
    expect(await smallTargets(page)).toEqual([]);
  });
}

test('popup check-a-message works by tapping', async ({ context, extensionId }) => {
  const page = await openPage(context, `chrome-extension://${extensionId}/popup.html?tabId=999999`);
  const box = page.getByRole('textbox').first();
  await box.tap();
  await box.fill('Customer service job in Sihanoukville, Cambodia. USD 2,800 per month, free flight and visa. No experience. Pay a USD 200 registration fee. Contact the manager on Telegram only.');
  await page.getByRole('button', { name: /^check$/i }).tap();
  await expect(page.getByTestId('check-result').locator('[data-level]').first()).toHaveAttribute('data-level', /medium|high/);
  expect(await overflow(page)).toBe(0);
});

test('in-page warning is readable on a 360 px page and expands by tapping', async ({ context }) => {
  const page = await openPage(context, '/phone-feed.html');
  const host = page.locator('lurelens-warning').first();
  const box = host.getByTestId('lurelens-warning');
  await expect(box).toBeVisible();
  const b = (await box.boundingBox())!;
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
  // Text is not clipped sideways inside the warning, and stays at a readable size.
  const fit = await box.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, fs: parseFloat(getComputedStyle(el).fontSize) }));
  expect(fit.sw).toBeLessThanOrEqual(fit.cw + 1);
  expect(fit.fs).toBeGreaterThanOrEqual(14);
  expect(await overflow(page), 'sideways scrolling').toBe(0);
  expect(await smallTargets(page, 'lurelens-warning')).toEqual([]);
  // "Why?" is a button that a tap opens (no hover-only control), and the details still fit the screen.
  const why = box.locator('button[data-action=why]');
  await why.tap();
  await expect(why).toHaveAttribute('aria-expanded', 'true');
  expect(await overflow(page), 'sideways scrolling with details open').toBe(0);
  const open = (await box.boundingBox())!;
  expect(open.x + open.width).toBeLessThanOrEqual(PHONE.width);
  expect(await smallTargets(page, 'lurelens-warning')).toEqual([]);
  await box.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/mobile-warning.png` });
});

test('Firefox package: web-ext lint finds no errors and nothing Firefox for Android lacks', () => {
  const dir = resolve(process.env.LURELENS_OUT ?? '.output', 'firefox-mv2');
  test.skip(!existsSync(resolve(dir, 'manifest.json')), `no Firefox build in ${dir} (npm run build:firefox)`);
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
  // Without a Firefox for Android minimum version, lint would not check Android compatibility at all.
  expect(manifest.browser_specific_settings?.gecko_android?.strict_min_version).toMatch(/^\d+/);
  const run = spawnSync(process.execPath, ['node_modules/web-ext/bin/web-ext.js', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as { summary: { errors: number }; errors: { code: string }[]; warnings: { code: string }[] };
  expect(report.errors.map((e) => e.code)).toEqual([]);
  expect(report.warnings.map((w) => w.code).filter((c) => /ANDROID|PERMISSION|MANIFEST|KEY_/.test(c))).toEqual([]);
});
