/**
 * Site adapters end to end: the built extension on fixture pages that follow each site's real markup
 * (tests/e2e/fixtures/sites, invented texts), served under the site's real URL with Playwright routing,
 * so the content script sees https://www.linkedin.com/… and the LinkedIn adapter serves the page.
 *
 * Checked: the warning is placed on the lure posting and not on honest ones; an infinite feed gets
 * exactly one warning per lure (none lost, none duplicated); virtualised re-mounts and SPA navigation
 * (pushState, back, forward) leave no orphaned warning hosts; a warning inserted above the reader does
 * not move what the reader sees and does not trigger the page's "load more".
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';

const SITES = fileURLToPath(new URL('./fixtures/sites/', import.meta.url));

/** Serve `file` for every document under `origin` (other requests: empty 404, never the network). */
async function serveSite(context: BrowserContext, origin: string, file: string): Promise<void> {
  const body = readFileSync(SITES + file);
  await context.route(`${origin}/**`, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.fulfill({ status: 404, body: '' }),
  );
}

interface Placement {
  /** Text of the posting unit each visible warning host annotates (null: host not next to any unit). */
  units: (string | null)[];
  /** Hosts whose annotated element is no longer in the document. */
  orphans: number;
}

/** For each warning host: the posting unit (closest `unitSel` around the host or its anchor) it belongs to. */
function placement(page: Page, unitSel: string): Promise<Placement> {
  return page.evaluate((sel) => {
    const hosts = Array.from(document.querySelectorAll('lurelens-warning'));
    let orphans = 0;
    const units = hosts.map((h) => {
      const anchor = h.nextElementSibling;
      if (!h.isConnected || !anchor || !anchor.isConnected) orphans++;
      const unit = anchor?.closest(sel) ?? h.parentElement?.closest(sel) ?? anchor?.querySelector(sel) ?? null;
      return unit ? (unit.textContent ?? '').replace(/\s+/g, ' ') : null;
    });
    return { units, orphans };
  }, unitSel);
}

/** How many warnings annotate the unit containing `phrase`. */
const warnedCount = (p: Placement, phrase: string) => p.units.filter((u) => u?.includes(phrase)).length;

interface SiteCase {
  name: string;
  origin: string;
  path: string;
  file: string;
  /** Posting units of the page (all kinds the adapter finds). */
  unit: string;
  /** Phrases of lure postings: each must get exactly one warning. */
  lures: string[];
  /** Phrases of honest postings: none may get a warning. */
  honest: string[];
}

const CASES: SiteCase[] = [
  {
    name: 'LinkedIn job search (two-pane)', origin: 'https://www.linkedin.com', path: '/jobs/search/?currentJobId=3900000001&keywords=customer%20service', file: 'linkedin-jobs.html',
    unit: '.jobs-details, li[data-occludable-job-id]', lures: ['@goldenbay_hr_desk'], honest: ['Junior Data Analyst', 'Warehouse Team Lead'],
  },
  {
    name: 'LinkedIn feed', origin: 'https://www.linkedin.com', path: '/feed/', file: 'linkedin-feed.html',
    unit: '.feed-shared-update-v2', lures: ['@siam_jobs_hr'], honest: ['autumn internship', 'building data teams', 'backend engineers'],
  },
  {
    name: 'Indeed search with job pane', origin: 'https://www.indeed.com', path: '/jobs?q=customer+service&vjk=7a1b2c3d4e5f6071', file: 'indeed-search.html',
    unit: '.jobsearch-JobComponent, .job_seen_beacon', lures: ['@bh_manpower_ops'], honest: ['Lakeside Water Utility'],
  },
  {
    name: 'Glassdoor search', origin: 'https://www.glassdoor.com', path: '/Job/remote-data-entry-jobs-SRCH_KO0,17.htm', file: 'glassdoor-search.html',
    unit: '[class*="JobDetails_jobDetailsContainer"], li[data-test="jobListing"]', lures: ['@quicktask_pay_desk'], honest: ['Harbor Point Insurance'],
  },
  {
    name: 'Facebook group feed', origin: 'https://www.facebook.com', path: '/groups/100000000000001', file: 'facebook-feed.html',
    unit: 'div[role="feed"] > div', lures: ['@laos_recruit_team'], honest: ['receptionist with Arabic'],
  },
  {
    name: 'X timeline', origin: 'https://x.com', path: '/home', file: 'x-timeline.html',
    unit: 'article[data-testid="tweet"]', lures: ['@asia_jobs_hr'], honest: ['Bus route 14', 'accessibility fixes'],
  },
  {
    name: 'Telegram channel preview', origin: 'https://t.me', path: '/s/jobs_abroad_daily', file: 'telegram-channel.html',
    unit: '.tgme_widget_message_wrap', lures: ['@fastvisa_hr'], honest: ['licensed agencies', 'staff nurses', 'Channel rules'],
  },
  {
    name: 'Reddit (shreddit)', origin: 'https://www.reddit.com', path: '/r/forhire/', file: 'reddit-shreddit.html',
    unit: 'shreddit-post, shreddit-comment', lures: ['@quickcash_hr'], honest: ['UK VAT returns', 'Children', 'reply to everyone by Friday'],
  },
  {
    name: 'JobStreet search with split view', origin: 'https://my.jobstreet.com', path: '/admin-jobs', file: 'jobstreet-search.html',
    unit: '[data-automation="splitViewJobDetailsWrapper"], article[data-card-type="JobCard"]', lures: ['@greatwave_hr'], honest: ['Meridian Clinics'],
  },
  {
    name: 'Bayt search (English and Arabic cards)', origin: 'https://www.bayt.com', path: '/en/uae/jobs/sales-jobs/', file: 'bayt-search.html',
    unit: 'li[data-js-job]', lures: ['@gulf_asia_hr', 'تواصل عبر تيليجرام'], honest: ['Desert Rose Trading'],
  },
  {
    name: 'Wuzzuf search', origin: 'https://wuzzuf.net', path: '/search/jobs/?q=call+center', file: 'wuzzuf-search.html',
    unit: 'div.css-1gatmva', lures: ['@globalgate_eg'], honest: ['Nile Contact Solutions'],
  },
  {
    name: 'BrighterMonday (Jobberman platform) listings', origin: 'https://www.brightermonday.co.ke', path: '/jobs', file: 'jobberman-listings.html',
    unit: '[data-cy="listing-cards-components"]', lures: ['processing fee of KSh 15,000'], honest: ['Acacia Dairy'],
  },
  {
    name: 'Naukri search (tuple rendered late)', origin: 'https://www.naukri.com', path: '/data-entry-jobs', file: 'naukri-search.html',
    unit: '.srp-jobtuple-wrapper', lures: ['registration fee to start'], honest: ['Sunrise Health Diagnostics'],
  },
];

test.describe('site adapters in the browser', () => {
  for (const c of CASES) {
    test(`${c.name}: warns on the lure, not on honest postings`, async ({ context }) => {
      await serveSite(context, c.origin, c.file);
      const page = await context.newPage();
      await page.goto(c.origin + c.path);
      await expect.poll(async () => { const p = await placement(page, c.unit); return c.lures.map((l) => warnedCount(p, l)); }, { timeout: 15_000 }).toEqual(c.lures.map(() => 1));
      // let late content (lazy cards, appended posts) arrive and be scanned, then check honest postings
      await page.waitForTimeout(1200);
      const p = await placement(page, c.unit);
      for (const h of c.honest) expect(warnedCount(p, h), `honest posting "${h}" warned`).toBe(0);
      for (const l of c.lures) expect(warnedCount(p, l), `lure "${l}"`).toBe(1);
      expect(p.units).not.toContain(null);
      expect(p.orphans).toBe(0);
      await expect(page.locator('lurelens-warning').first().getByTestId('lurelens-warning')).toBeVisible();
    });
  }

  test('infinite feed: posts arriving every 150 ms get exactly one warning per lure, none lost or duplicated', async ({ context }) => {
    await serveSite(context, 'https://www.facebook.com', 'facebook-feed.html');
    const page = await context.newPage();
    await page.goto('https://www.facebook.com/groups/100000000000001?auto=40&every=150&lureEvery=4');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __feedDone?: boolean }).__feedDone === true), { timeout: 20_000 }).toBe(true);
    const keys = await page.evaluate(() => {
      const w = window as unknown as { __lureKeys: string[]; __honestKeys: string[] };
      return { lures: w.__lureKeys, honest: w.__honestKeys };
    });
    expect(keys.lures).toHaveLength(10);
    const perUnit = () =>
      page.evaluate(() => {
        const count: Record<string, number> = {};
        for (const h of Array.from(document.querySelectorAll('lurelens-warning'))) {
          const unit = (h.nextElementSibling ?? h).closest('[data-post]');
          const k = unit?.getAttribute('data-post') ?? '?';
          count[k] = (count[k] ?? 0) + 1;
        }
        return count;
      });
    const expected = Object.fromEntries(['g2', ...keys.lures].map((k) => [k, 1]));
    await expect.poll(perUnit, { timeout: 15_000 }).toEqual(expected);
    // and it stays that way (no late duplicates)
    await page.waitForTimeout(800);
    expect(await perUnit()).toEqual(expected);
  });

  test('virtualised timeline: a post unmounted and re-mounted as a new node keeps exactly one warning, no orphans', async ({ context }) => {
    await serveSite(context, 'https://x.com', 'x-timeline.html');
    const page = await context.newPage();
    await page.goto('https://x.com/home?recycle=3');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __recycleDone?: boolean }).__recycleDone === true), { timeout: 15_000 }).toBe(true);
    const check = async () => {
      const p = await placement(page, 'article[data-testid="tweet"]');
      return { total: p.units.length, lure: warnedCount(p, '@asia_jobs_hr'), orphans: p.orphans };
    };
    await expect.poll(check, { timeout: 10_000 }).toEqual({ total: 1, lure: 1, orphans: 0 });
    // the host sits in the re-mounted cell, not a stale one
    expect(await page.evaluate(() => document.querySelector('lurelens-warning')?.closest('[data-testid="cellInnerDiv"]')?.id)).toBe('lure-cell');
  });

  test('SPA navigation: pushState, back and forward with re-rendered cards leave one warning per lure and no orphans', async ({ context }) => {
    await serveSite(context, 'https://www.linkedin.com', 'linkedin-spa.html');
    const page = await context.newPage();
    const unit = '.feed-shared-update-v2, .jobs-details';
    const state = async () => {
      const p = await placement(page, unit);
      return { feedLure: warnedCount(p, '@dreamjob_kh_hr'), jobLure: warnedCount(p, '@htb_recruit'), honest: warnedCount(p, 'QA testers') + warnedCount(p, 'old radio'), total: p.units.length, orphans: p.orphans };
    };
    await page.goto('https://www.linkedin.com/feed/?rerender=3');
    await expect.poll(state, { timeout: 15_000 }).toEqual({ feedLure: 1, jobLure: 0, honest: 0, total: 1, orphans: 0 });
    await expect(page.locator('body[data-settled="1"]')).toHaveCount(1);
    await expect.poll(state, { timeout: 10_000 }).toEqual({ feedLure: 1, jobLure: 0, honest: 0, total: 1, orphans: 0 });

    await page.click('#nav-job');
    await expect(page).toHaveURL(/\/jobs\/view\/3900000009\/$/);
    await expect.poll(state, { timeout: 15_000 }).toEqual({ feedLure: 0, jobLure: 1, honest: 0, total: 1, orphans: 0 });

    await page.goBack();
    await expect(page).toHaveURL(/\/feed\/\?rerender=3$/);
    await expect(page.locator('body[data-settled="1"]')).toHaveCount(1, { timeout: 10_000 });
    await expect.poll(state, { timeout: 15_000 }).toEqual({ feedLure: 1, jobLure: 0, honest: 0, total: 1, orphans: 0 });

    await page.goForward();
    await expect.poll(state, { timeout: 15_000 }).toEqual({ feedLure: 0, jobLure: 1, honest: 0, total: 1, orphans: 0 });
    // no hosts anywhere outside a posting
    expect(await page.evaluate(() => document.querySelectorAll('lurelens-warning').length)).toBe(1);
  });

  test('a warning inserted above the reader does not move the visible posts or trigger "load more"', async ({ context }) => {
    await serveSite(context, 'https://www.facebook.com', 'facebook-feed.html');
    const page = await context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto('https://www.facebook.com/groups/100000000000001?scrolltest=1&topAfter=1500');
    // the first lure's warning is mounted before the reader scrolls
    await expect.poll(async () => warnedCount(await placement(page, 'div[role="feed"] > div'), '@laos_recruit_team'), { timeout: 15_000 }).toBe(1);
    // the reader scrolls down to the fifth story; the page then loads a new (lure) story at the top
    await page.evaluate(() => document.querySelectorAll('div[role="feed"] > div')[6].scrollIntoView({ block: 'start' }));
    const ref = () => page.evaluate(() => Math.round(document.querySelector('[data-post="g6"]')!.getBoundingClientRect().top));
    const loadMore = () => page.evaluate(() => (window as unknown as { __loadMore: number }).__loadMore);
    const before = { top: await ref(), loadMore: await loadMore() };
    await expect.poll(async () => warnedCount(await placement(page, 'div[role="feed"] > div'), '@hr_bay_top'), { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(300);
    const after = { top: await ref(), loadMore: await loadMore() };
    // sub-pixel rounding only: what the reader looks at stays where it was
    expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(1);
    expect(after.loadMore).toBe(before.loadMore);
  });
});
