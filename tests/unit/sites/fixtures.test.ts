/**
 * Each site's fixture page (tests/e2e/fixtures/sites, markup modelled on the real site, invented texts)
 * yields the expected postings with their parts. Fixtures are parsed statically (no script runs), so
 * content the page adds later (lazy cards, appended posts) is covered by the e2e tests instead.
 */
import { describe, expect, it } from 'vitest';
import { siteAdapters, siteAdapterFor } from '../../../src/sites/all-sites';
import type { FoundPosting } from '../../../src/sites/types';
import { FIXTURES, loadFile, parse } from './load';

interface Expect {
  file: string;
  url: string;
  adapter: string;
  /** Postings per kind. */
  kinds: Record<string, number>;
  /** Titles (or posters for untitled posts) that must be present. */
  names: string[];
  /** A phrase from the lure posting's text, and from an honest one. */
  lure: string;
  honest: string;
  /** Extra checks on the postings. */
  check?: (found: FoundPosting[]) => void;
}

const byText = (found: FoundPosting[], phrase: string) => found.filter((f) => f.posting.text.includes(phrase));

const CASES: Expect[] = [
  {
    file: 'linkedin-jobs.html', url: 'https://www.linkedin.com/jobs/search/?currentJobId=3900000001&keywords=customer', adapter: 'linkedin',
    kinds: { job: 1, card: 2 }, names: ['Customer Service Representative (English speaker)', 'Junior Data Analyst'],
    lure: 'Telegram @goldenbay_hr_desk', honest: 'Kuala Lumpur',
    check: (f) => {
      const job = f.find((p) => p.kind === 'job')!;
      expect(job.posting.company).toBe('Golden Bay Global Services');
      expect(job.posting.location).toBe('Sihanoukville, Cambodia');
      expect(job.posting.url).toBe('https://www.linkedin.com/jobs/search/?currentJobId=3900000001');
      expect(job.anchor?.className).toContain('unified-top-card');
      // the occluded (empty) list items are not postings yet
      expect(f.some((p) => p.key.endsWith('3900000003'))).toBe(false);
      // the visible name is read once, not with its screen-reader copy
      expect(f.find((p) => p.key === 'linkedin:card:3900000001')!.posting.title).toBe('Customer Service Representative (English speaker)');
    },
  },
  {
    file: 'linkedin-feed.html', url: 'https://www.linkedin.com/feed/', adapter: 'linkedin',
    kinds: { post: 2 }, names: ['Amira Haddad', 'Recruit Asia Express'], lure: 'Telegram @siam_jobs_hr', honest: 'autumn internship',
    check: (f) => {
      expect(f.map((p) => p.key)).toEqual(['linkedin:post:urn:li:activity:7300000000000000001', 'linkedin:post:urn:li:activity:7300000000000000002']);
      for (const p of f) expect(p.posting.text).not.toMatch(/see more|Like|Repost/);
    },
  },
  {
    file: 'indeed-search.html', url: 'https://www.indeed.com/jobs?q=customer+service&vjk=7a1b2c3d4e5f6071', adapter: 'indeed',
    kinds: { job: 1, card: 2 }, names: ['Chat Support Agent - Work Abroad', 'Customer Service Officer'], lure: '@bh_manpower_ops', honest: 'billing and service connections',
    check: (f) => {
      const job = f.find((p) => p.kind === 'job')!;
      expect(job.posting.salary).toContain('$2,800 - $3,500 a month');
      expect(job.posting.text).not.toContain('_initialData');
      expect(f.find((p) => p.posting.title === 'Customer Service Officer')!.key).toBe('indeed:card:1122334455667788');
    },
  },
  {
    file: 'glassdoor-search.html', url: 'https://www.glassdoor.com/Job/remote-data-entry-jobs-SRCH_KO0,17.htm', adapter: 'glassdoor',
    kinds: { job: 1, card: 2 }, names: ['Remote Data Entry - Earn Daily', 'Data Entry Clerk'], lure: 'registration fee of 40 USD', honest: 'claims system',
    check: (f) => {
      expect(f.find((p) => p.kind === 'job')!.posting.company).toBe('QuickTask Online Ltd');
      expect(f.find((p) => p.posting.title === 'Data Entry Clerk')!.posting.location).toBe('Tampa, FL');
    },
  },
  {
    file: 'facebook-feed.html', url: 'https://www.facebook.com/groups/100000000000001', adapter: 'facebook',
    kinds: { post: 2 }, names: ['Noura Saleh', 'Overseas Career Link'], lure: '@laos_recruit_team', honest: 'receptionist',
    check: (f) => {
      expect(f[1].posting.url).toBe('https://www.facebook.com/groups/100000000000001/posts/200000000000002/');
      expect(f[1].posting.text).not.toMatch(/See more|Like|Comment|Share/);
    },
  },
  {
    file: 'x-timeline.html', url: 'https://x.com/home', adapter: 'x',
    kinds: { post: 3 }, names: ['City Transit Authority', 'Asia Jobs Now 🔥', 'Maya Lin'], lure: 'Telegram @asia_jobs_hr', honest: 'Bus route 14',
    check: (f) => {
      expect(f.map((p) => p.posting.url)).toEqual([
        'https://x.com/city_transit/status/1800000000000000001',
        'https://x.com/asia_jobs_now/status/1800000000000000002',
        'https://x.com/maya_codes/status/1800000000000000003',
      ]);
      // a quoted post is part of the quoting post, not a posting of its own
      expect(f[2].posting.text).toContain('accessibility fixes');
    },
  },
  {
    file: 'telegram-channel.html', url: 'https://t.me/s/jobs_abroad_daily', adapter: 'telegram',
    kinds: { post: 3 }, names: ['Jobs Abroad Daily'], lure: '@fastvisa_hr', honest: 'staff nurses',
    check: (f) => {
      expect(f.map((p) => p.key)).toEqual(['telegram:post:jobs_abroad_daily/101', 'telegram:post:jobs_abroad_daily/102', 'telegram:post:jobs_abroad_daily/104']);
      const fwd = byText(f, '@fastvisa_hr')[0];
      // the forwarded message's nested text block is read once
      expect(fwd.posting.text.match(/CAMBODIA/g)).toHaveLength(1);
      expect(fwd.posting.text.split('\n').length).toBeGreaterThan(4);
    },
  },
  {
    file: 'reddit-shreddit.html', url: 'https://www.reddit.com/r/forhire/', adapter: 'reddit',
    kinds: { post: 4 }, names: ['[Hiring] Part-time remote bookkeeper (Xero), 20h/week', '[Hiring] Easy online job, 300$ a day, no experience', 'pixel_pia'],
    lure: '50 USD registration fee', honest: 'UK VAT returns',
    check: (f) => {
      const c1 = f.find((p) => p.key === 'reddit:post:t1_c0000001')!;
      expect(c1.posting.text).toBe('Sent you a DM with my CV, I have three years of Xero experience.');
      expect(c1.posting.url).toBe('https://www.reddit.com/r/forhire/comments/1abc001/comment/c0000001/');
    },
  },
  {
    file: 'jobstreet-search.html', url: 'https://my.jobstreet.com/admin-jobs', adapter: 'jobstreet',
    kinds: { job: 1, card: 2 }, names: ['Admin Assistant (Overseas)', 'Administrative Executive'], lure: 'tourist visa', honest: 'supplier invoices',
    check: (f) => {
      const job = f.find((p) => p.kind === 'job')!;
      expect(job.posting.salary).toBe('RM 9,000 – RM 12,000 per month');
      expect(f.find((p) => p.key === 'jobstreet:card:80000002')!.posting.company).toBe('Meridian Clinics Sdn Bhd');
    },
  },
  {
    file: 'bayt-search.html', url: 'https://www.bayt.com/en/uae/jobs/sales-jobs/', adapter: 'bayt',
    kinds: { card: 3 }, names: ['Sales Coordinator', 'Online Sales Agent - Work Abroad', 'موظف خدمة عملاء'], lure: '@gulf_asia_hr', honest: 'building materials',
    check: (f) => expect(f[0].posting.company).toBe('Desert Rose Trading LLC'),
  },
  {
    file: 'wuzzuf-search.html', url: 'https://wuzzuf.net/search/jobs/?q=call+center', adapter: 'wuzzuf',
    kinds: { card: 2 }, names: ['Call Center Agent - English Tech Support', 'Customer Service Abroad - High Salary'], lure: '@globalgate_eg', honest: 'Yrs of Exp',
    check: (f) => expect(f[0].posting.company).toBe('Nile Contact Solutions'),
  },
  {
    file: 'jobberman-listings.html', url: 'https://www.brightermonday.co.ke/jobs', adapter: 'jobberman',
    kinds: { card: 2 }, names: ['Stores Clerk', 'Hotel and Casino Jobs Abroad'], lure: 'processing fee', honest: 'bin cards',
    check: (f) => expect(f[0].posting.company).toBe('Acacia Dairy Co-operative'),
  },
  {
    file: 'naukri-search.html', url: 'https://www.naukri.com/data-entry-jobs', adapter: 'naukri',
    kinds: { card: 1 }, names: ['Data Entry Operator'], lure: '', honest: 'lab system',
    check: (f) => {
      expect(f[0].posting).toMatchObject({ company: 'Sunrise Health Diagnostics', location: 'Pune', salary: '2-3 Lacs PA' });
      expect(f[0].key).toBe('naukri:card:271125000001');
    },
  },
];

describe('site fixtures', () => {
  it('cover every adapter', () => {
    expect(new Set(CASES.map((c) => c.adapter))).toEqual(new Set(siteAdapters.map((a) => a.id)));
  });
  for (const c of CASES) {
    it(`${c.adapter}: ${c.file}`, () => {
      const url = new URL(c.url);
      const adapter = siteAdapterFor(url);
      expect(adapter?.id).toBe(c.adapter);
      const found = adapter!.find(loadFile(FIXTURES + c.file), url, undefined);
      const kinds: Record<string, number> = {};
      for (const f of found) kinds[f.kind!] = (kinds[f.kind!] ?? 0) + 1;
      expect(kinds).toEqual(c.kinds);
      const names = found.flatMap((f) => [f.posting.title, f.poster]);
      for (const n of c.names) expect(names).toContain(n);
      if (c.lure) expect(byText(found, c.lure).length).toBeGreaterThan(0);
      expect(byText(found, c.honest).length).toBeGreaterThan(0);
      // keys are unique, texts are clean
      expect(new Set(found.map((f) => f.key)).size).toBe(found.length);
      for (const f of found) {
        expect(f.posting.text.trim().length).toBeGreaterThan(0);
        expect(f.posting.source).toBe(c.adapter);
        expect(f.posting.text).not.toMatch(/function\s*\(|\{\s*[a-z-]+\s*:|setTimeout|querySelector/);
      }
      c.check?.(found);
    });
  }
});

describe('subtrees and re-renders (what the observer passes)', () => {
  it('finds the posting around a node added inside it, and the same key for a re-rendered copy', () => {
    const url = new URL('https://x.com/home');
    const adapter = siteAdapterFor(url)!;
    const doc = loadFile(FIXTURES + 'x-timeline.html');
    const all = adapter.find(doc, url, undefined);
    const inner = doc.querySelector('#lure-cell [data-testid="tweetText"] span')!;
    const around = adapter.find(inner, url, undefined);
    expect(around).toHaveLength(1);
    expect(around[0].key).toBe(all[1].key);
    const cell = doc.getElementById('lure-cell')!;
    const copy = cell.cloneNode(true) as Element;
    cell.replaceWith(copy);
    const again = adapter.find(copy, url, undefined);
    expect(again.map((f) => f.key)).toEqual([all[1].key]);
    expect(again[0].element).not.toBe(all[1].element);
  });
  it('a list update can replace a broken selector (redesign) without a code change', () => {
    const url = new URL('https://t.me/s/jobs_abroad_daily');
    const adapter = siteAdapterFor(url)!;
    const doc = loadFile(FIXTURES + 'telegram-channel.html');
    for (const el of Array.from(doc.querySelectorAll('.tgme_widget_message_wrap'))) el.className = 'tgme_msg_v2';
    for (const el of Array.from(doc.querySelectorAll('.tgme_widget_message'))) el.className = 'tgme_msg_inner';
    expect(adapter.find(doc, url, undefined)).toHaveLength(0);
    const fixed = adapter.find(doc, url, { post: ['.tgme_msg_v2'] });
    expect(fixed.map((f) => f.key)).toEqual(['telegram:post:jobs_abroad_daily/101', 'telegram:post:jobs_abroad_daily/102', 'telegram:post:jobs_abroad_daily/104']);
  });
  it('hostile selector data is skipped, not thrown', () => {
    const url = new URL('https://t.me/s/jobs_abroad_daily');
    const adapter = siteAdapterFor(url)!;
    const doc = loadFile(FIXTURES + 'telegram-channel.html');
    const found = adapter.find(doc, url, { post: [']]]bad', '.tgme_widget_message_wrap'], postBody: ['<script>', '.tgme_widget_message_text'] });
    expect(found).toHaveLength(3);
  });
});

describe('one posting per unit when the observer passes a unit', () => {
  it('a Facebook feed unit passed as the root gives one posting, not one per fallback selector', () => {
    const url = new URL('https://www.facebook.com/groups/100000000000001');
    const adapter = siteAdapterFor(url)!;
    const doc = loadFile(FIXTURES + 'facebook-feed.html');
    const unit = doc.querySelector('div[role="feed"] > div[data-post="g2"]')!;
    const found = adapter.find(unit, url, undefined);
    expect(found).toHaveLength(1);
    expect(found[0].element).toBe(unit);
    // and from inside the unit (a lazily filled body)
    const inside = adapter.find(unit.querySelector('[data-ad-preview="message"]')!, url, undefined);
    expect(inside.map((f) => f.element)).toEqual([unit]);
  });
});

describe('Telegram Web (web.telegram.org)', () => {
  const html = (mid: string, text: string) =>
    `<div class="bubbles-group"><div class="bubble is-in" data-mid="${mid}" data-peer-id="-1001"><div class="bubble-content"><div class="message spoilers-container" dir="auto">` +
    `<span class="peer-title">Work Abroad Group</span><span class="translatable-message">${text}</span><span class="time"><span class="i18n">10:41</span></span></div></div></div></div>`;
  it('reads message bubbles and scopes their ids by chat (ids repeat across chats)', () => {
    const doc = parse(`<div class="bubbles-inner">${html('5001', 'Need staff for Cambodia office, free visa, contact on Telegram.')}${html('5002', 'Meeting moved to Friday.')}</div>`);
    const a = siteAdapterFor(new URL('https://web.telegram.org/k/#-1001'))!;
    const inChat1 = a.find(doc, new URL('https://web.telegram.org/k/#-1001'), undefined);
    expect(inChat1.map((f) => [f.key, f.posting.text, f.poster])).toEqual([
      ['telegram:post:#-1001/5001', 'Need staff for Cambodia office, free visa, contact on Telegram.', 'Work Abroad Group'],
      ['telegram:post:#-1001/5002', 'Meeting moved to Friday.', 'Work Abroad Group'],
    ]);
    const inChat2 = a.find(doc, new URL('https://web.telegram.org/k/#-1002'), undefined);
    expect(inChat2[0].key).toBe('telegram:post:#-1002/5001');
  });
});
