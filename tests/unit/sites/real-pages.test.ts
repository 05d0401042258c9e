/**
 * The adapters on REAL saved pages (../shared/data/real_pages, read at run time, never copied into the
 * repository). These pages carry no labels: the assertions are structural — how many postings, their
 * titles and parts, and that text is clean (no script/style/JSON, no screen-reader duplicates).
 */
import { describe, expect, it } from 'vitest';
import { siteAdapterFor } from '../../../src/sites/all-sites';
import { recognisePage } from '../../../src/sites/recognition';
import { siteAdapters } from '../../../src/sites/all-sites';
import type { FoundPosting } from '../../../src/sites/types';
import { REAL_PAGES, haveRealPages, loadFile } from './load';

function scan(file: string, url: string): FoundPosting[] {
  const u = new URL(url);
  const adapter = siteAdapterFor(u);
  expect(adapter, url).toBeDefined();
  return adapter!.find(loadFile(REAL_PAGES + file), u, undefined);
}

/** No code, style or serialised state leaked into posting text. */
function expectCleanText(found: FoundPosting[]): void {
  for (const f of found) {
    const t = f.posting.text;
    expect(t.trim().length, f.key).toBeGreaterThan(0);
    expect(t, f.key).not.toMatch(/<\/?[a-z]+[\s>]|function\s*\(|window\.|\{"|@media|!important|var\(--/);
  }
}

describe.skipIf(!haveRealPages)('real pages (../shared/data/real_pages)', () => {
  it('LinkedIn guest job view: the job with its parts, and the similar-job cards', () => {
    const found = scan('linkedin/job_view_guest.html', 'https://www.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124');
    const jobs = found.filter((f) => f.kind === 'job');
    expect(jobs).toHaveLength(1);
    expect(jobs[0].posting).toMatchObject({ title: 'Senior Software Engineer - Developer Experience', company: 'Heidi', location: 'Melbourne, Victoria, Australia' });
    expect(jobs[0].posting.text.length).toBeGreaterThan(2000);
    expect(jobs[0].posting.text.startsWith('Who We Are\n')).toBe(true); // block separation, not "Who We AreHealthcare"
    const cards = found.filter((f) => f.kind === 'card');
    expect(cards.length).toBeGreaterThanOrEqual(30);
    for (const c of cards) {
      expect(c.posting.title).toBeTruthy();
      expect(c.posting.company).toBeTruthy();
      // the title is not doubled by its screen-reader copy
      expect(c.posting.text.split('\n')[0]).toBe(c.posting.title);
    }
    expectCleanText(found);
  });

  it('LinkedIn activity posts: 19 feed cards keyed by activity URN, author read once', () => {
    const found = scan('linkedin/profile_activity_posts.html', 'https://www.linkedin.com/in/member-one/recent-activity/all/');
    expect(found).toHaveLength(19);
    expect(found.every((f) => /^linkedin:post:urn:li:activity:\d+$/.test(f.key))).toBe(true);
    expect(new Set(found.map((f) => f.poster))).toEqual(new Set(['Member One', 'Member Two']));
    expect(found.filter((f) => f.poster === 'Member One').length).toBeGreaterThan(10);
    expect(found[0].posting.text.startsWith("Today I told the office I'd be firing 15% of my staff.\n")).toBe(true);
    for (const f of found) expect(f.posting.text).not.toMatch(/…see more|Like\nComment|Repost/);
    expectCleanText(found);
  });

  it('Indeed job view: one job with title, company, location, salary and the description', () => {
    const found = scan('indeed/job_view.html', 'https://au.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b&from=serp&vjs=3');
    expect(found).toHaveLength(1);
    expect(found[0].posting).toMatchObject({ title: 'Senior DevOps Engineer', company: 'PaperCut Software', location: 'Camberwell VIC 3124' });
    expect(found[0].posting.salary).toContain('$130,000 - $160,000 a year');
    expect(found[0].posting.url).toBe('https://au.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b');
    expect(found[0].posting.text.startsWith('Company Description\n')).toBe(true);
    expect(found[0].posting.text.length).toBeGreaterThan(2000);
    expectCleanText(found);
  });

  it('Facebook mobile group feed: 21 stories with authors and permalinks; shares keep their text', () => {
    const found = scan('facebook/group_feed_mobile_2021.html', 'https://m.facebook.com/groups/117507531664134');
    expect(found).toHaveLength(21);
    expect(found.filter((f) => f.posting.url?.includes('/permalink/')).length).toBeGreaterThanOrEqual(18);
    expect(found.filter((f) => f.poster).length).toBe(21);
    expect(found[0].posting.text.startsWith('Hola!, This group is aimed')).toBe(true);
    // the collapsed "… More" stub is not part of the text
    for (const f of found) expect(f.posting.text).not.toMatch(/… More\b/);
    expectCleanText(found);
  });

  it('Telegram t.me/s channel: messages with text, keyed by data-post; media-only message skipped', () => {
    const found = scan('telegram/channel_preview_anonymized.html', 'https://t.me/s/test_channel');
    expect(found.map((f) => f.key)).toEqual(['telegram:post:test_channel/1001', 'telegram:post:test_channel/1010']);
    expect(found[0].posting.text.startsWith('This is a test message with multiple photos.')).toBe(true);
    expect(found[1].posting.text.match(/This is a forwarded message/g)).toHaveLength(1);
    expect(found.every((f) => f.poster === 'Test_Channel')).toBe(true);
    expectCleanText(found);
  });

  it('old Reddit comments page: the link post and 197 comments, each with only its own text', () => {
    const found = scan('reddit/old_reddit_comments_2018.html', 'https://old.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/');
    expect(found).toHaveLength(198);
    expect(found[0]).toMatchObject({ key: 'reddit:post:t3_8dyrb3', poster: 'redditor_056' });
    expect(found[0].posting.title).toBe('Ben is very proud of himself for learning to go on walks');
    const first = found.find((f) => f.key === 'reddit:post:t1_dxr0evr')!;
    expect(first.posting.text).toBe('Bonus pics of Ben on a walk/ chillin like a cool kid.\nEdit: Bonus Bonus');
    // a parent comment does not contain its replies' text
    const reply = found.find((f) => f.key === 'reddit:post:t1_dxr2q90')!;
    expect(first.posting.text).not.toContain(reply.posting.text);
    expect(found.every((f) => f.posting.url?.startsWith('https://old.reddit.com/r/aww/comments/8dyrb3/'))).toBe(true);
    expectCleanText(found);
  });

  it('SEEK job view (JobStreet platform): one job with parts', () => {
    const found = scan('seek/job_view.html', 'https://www.seek.com.au/job/81234567?type=standard');
    expect(found).toHaveLength(1);
    expect(found[0].posting).toMatchObject({ title: 'Senior Platform Engineer | Remote | Australia', company: 'iterate', location: 'Melbourne VIC (Remote)' });
    expect(found[0].posting.url).toBe('https://www.seek.com.au/job/81234567');
    expect(found[0].posting.text.length).toBeGreaterThan(1500);
    expectCleanText(found);
  });

  it('every real page is "recognised" by its adapter', () => {
    const pages: [string, string][] = [
      ['linkedin/job_view_guest.html', 'https://www.linkedin.com/jobs/view/4411867124'],
      ['indeed/job_view.html', 'https://au.indeed.com/viewjob?jk=1'],
      ['telegram/channel_preview_anonymized.html', 'https://t.me/s/test_channel'],
      ['seek/job_view.html', 'https://www.seek.com.au/job/1'],
    ];
    for (const [file, url] of pages) {
      const r = recognisePage(siteAdapters, loadFile(REAL_PAGES + file), new URL(url), undefined);
      expect(r.recognised, file).toBe(true);
    }
  });
});
