import { describe, expect, it } from 'vitest';
import { pageStatusRequest, recognisePage } from '../../../src/sites/recognition';
import { siteAdapters } from '../../../src/sites/all-sites';
import type { SiteAdapter } from '../../../src/sites/types';
import { FIXTURES, loadFile, parse } from './load';

describe('page recognition ("page not recognised" in the popup)', () => {
  it('a claimed page with postings is recognised', () => {
    const r = recognisePage(siteAdapters, loadFile(FIXTURES + 'x-timeline.html'), new URL('https://x.com/home'), undefined);
    expect(r).toEqual({ adapterId: 'x', recognised: true, postings: 3 });
  });
  it('a claimed page whose markup no selector matches is not recognised', () => {
    const doc = parse('<main><div class="feed-v9"><div class="post-v9">Hiring now!</div></div></main>');
    expect(recognisePage(siteAdapters, doc, new URL('https://www.linkedin.com/feed/'), undefined)).toEqual({ adapterId: 'linkedin', recognised: false, postings: 0 });
  });
  it('list selectors (a fix shipped in a list update) make it recognised again', () => {
    const doc = parse('<main><div class="feed-v9"><div class="post-v9">Hiring now!</div></div></main>');
    const r = recognisePage(siteAdapters, doc, new URL('https://www.linkedin.com/feed/'), { linkedin: { post: ['.post-v9'] } });
    expect(r).toEqual({ adapterId: 'linkedin', recognised: true, postings: 1 });
  });
  it('pages no adapter claims are left to the generic extractor (nothing to report)', () => {
    expect(recognisePage(siteAdapters, parse('<p>x</p>'), new URL('https://example.org/jobs'), undefined)).toEqual({ adapterId: null, recognised: true, postings: 0 });
    // LinkedIn pages without postings (messaging, settings) are not claimed either
    expect(recognisePage(siteAdapters, parse('<p>x</p>'), new URL('https://www.linkedin.com/messaging/'), undefined).adapterId).toBeNull();
  });
  it('builds the page-status message the popup reads', () => {
    const doc = parse('<main><div class="feed-v9"><div class="post-v9">Hiring now!</div></div></main>');
    expect(pageStatusRequest(siteAdapters, doc, new URL('https://www.linkedin.com/feed/'), undefined, 'v1')).toEqual({ type: 'page-status', view: 'v1', adapterId: 'linkedin', recognised: false, postings: 0 });
  });
  it('an adapter that throws counts as not recognised', () => {
    const broken: SiteAdapter = { id: 'broken', matches: () => true, find: () => { throw new Error('boom'); } };
    expect(recognisePage([broken], parse('<p>x</p>'), new URL('https://a.example/'), undefined)).toEqual({ adapterId: 'broken', recognised: false, postings: 0 });
  });
});

describe('which adapter serves which URL', () => {
  const cases: [string, string | undefined][] = [
    ['https://www.linkedin.com/jobs/view/123/', 'linkedin'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://au.indeed.com/viewjob?jk=1', 'indeed'],
    ['https://www.indeed.co.uk/jobs?q=x', 'indeed'],
    ['https://www.glassdoor.co.uk/job-listing/x-JV_1.htm', 'glassdoor'],
    ['https://m.facebook.com/groups/1', 'facebook'],
    ['https://www.facebook.com/marketplace/item/1', 'facebook'],
    ['https://www.facebook.com/messages/t/1', undefined],
    ['https://twitter.com/someone/status/1', 'x'],
    ['https://x.com/settings/account', undefined],
    ['https://t.me/s/channel', 'telegram'],
    ['https://t.me/channel', undefined],
    ['https://web.telegram.org/k/#@channel', 'telegram'],
    ['https://old.reddit.com/r/forhire/', 'reddit'],
    ['https://www.jobstreet.com.my/job/123', 'jobstreet'],
    ['https://id.jobstreet.com/id/job/123', 'jobstreet'],
    ['https://hk.jobsdb.com/jobs-in-hong-kong', 'jobstreet'],
    ['https://www.seek.co.nz/job/1', 'jobstreet'],
    ['https://www.bayt.com/ar/egypt/jobs/x-1/', 'bayt'],
    ['https://wuzzuf.net/jobs/p/abc-x', 'wuzzuf'],
    ['https://www.jobberman.com.gh/listings/x', 'jobberman'],
    ['https://www.brightermonday.co.ug/jobs', 'jobberman'],
    ['https://www.naukri.com/job-listings-x-123', 'naukri'],
    ['https://www.naukrigulf.com/sales-jobs', 'naukri'],
    ['https://www.indeed.com/', undefined],
    ['https://www.jobstreet.com.my/', undefined],
    ['https://t.me/', undefined],
    ['https://web.telegram.org/a/#-1001234', 'telegram'],
    ['https://notlinkedin.com/jobs/', undefined],
    ['https://indeed.example.com/jobs', undefined],
    ['file:///tmp/linkedin.com/jobs', undefined],
  ];
  for (const [url, id] of cases) {
    it(`${url} → ${id ?? 'generic'}`, () => {
      expect(siteAdapters.find((a) => a.matches(new URL(url)))?.id).toBe(id);
    });
  }
});
