import { describe, expect, it, vi } from 'vitest';
import {
  OPTIONAL_HOST_PATTERNS,
  SITE_HOST_PATTERNS,
  grantedExtraOrigins,
  isSupportedSite,
  originPatternFor,
  patternCovers,
  registerScanScript,
  requestSiteAccess,
  scanScriptFor,
  siteAccessState,
  SCAN_SCRIPT_ID,
  type PermissionsLike,
} from '../../../src/sites/permissions';
import { siteAdapters } from '../../../src/sites/all-sites';

function fakePerms(granted: string[] = []) {
  const p = {
    granted: [...granted] as string[],
    contains: vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => p.granted.includes(o))),
    request: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      p.granted.push(...origins);
      return true;
    }),
    remove: vi.fn(async () => true),
  };
  const typed: PermissionsLike = p;
  void typed;
  return p;
}

describe('host permissions', () => {
  it('cover a typical page of every supported site', () => {
    const urls = ['https://www.linkedin.com/feed/', 'https://au.indeed.com/viewjob', 'https://www.glassdoor.com/Job/x', 'https://m.facebook.com/groups/1',
      'https://x.com/home', 'https://t.me/s/c', 'https://web.telegram.org/k/', 'https://old.reddit.com/r/x', 'https://www.jobstreet.com.my/job/1',
      'https://www.bayt.com/en/uae/jobs/', 'https://wuzzuf.net/search/jobs/', 'https://www.brightermonday.co.ke/jobs', 'https://www.naukri.com/x-jobs', 'https://www.seek.com.au/job/1'];
    for (const u of urls) expect(isSupportedSite(u), u).toBe(true);
    // each adapter's URL has a permission
    expect(siteAdapters.length).toBe(12);
  });
  it('do not cover other sites or look-alike hosts', () => {
    for (const u of ['https://example.org/jobs', 'https://linkedin.com.evil.example/', 'https://notreddit.com/', 'chrome://extensions', 'not a url']) expect(isSupportedSite(u), u).toBe(false);
  });
  it('patterns are valid match patterns', () => {
    for (const p of [...SITE_HOST_PATTERNS, ...OPTIONAL_HOST_PATTERNS]) expect(p).toMatch(/^(\*|https?):\/\/(\*\.)?[a-z0-9.-]*\*?\/\*$|^(\*|https?):\/\/\*\/\*$/);
    expect(patternCovers('*://*.reddit.com/*', new URL('https://old.reddit.com/x'))).toBe(true);
    expect(patternCovers('*://reddit.com/*', new URL('https://old.reddit.com/x'))).toBe(false);
  });
  it('originPatternFor gives one origin, or null for browser pages', () => {
    expect(originPatternFor('https://jobs.example.org/a/b?c=1')).toBe('https://jobs.example.org/*');
    expect(originPatternFor('http://127.0.0.1:4185/x')).toBe('http://127.0.0.1/*');
    expect(originPatternFor('about:blank')).toBeNull();
    expect(originPatternFor('chrome://extensions')).toBeNull();
  });
});

describe('scan this site', () => {
  it('state goes needs-permission → granted after a request', async () => {
    const perms = fakePerms();
    expect(await siteAccessState(perms, 'https://jobs.example.org/1')).toBe('needs-permission');
    expect(await requestSiteAccess(perms, 'https://jobs.example.org/1')).toBe(true);
    expect(perms.request).toHaveBeenCalledWith({ origins: ['https://jobs.example.org/*'] });
    expect(await siteAccessState(perms, 'https://jobs.example.org/2')).toBe('granted');
  });
  it('supported sites need no request; browser pages are unavailable', async () => {
    const perms = fakePerms();
    expect(await siteAccessState(perms, 'https://www.linkedin.com/feed/')).toBe('supported');
    expect(await requestSiteAccess(perms, 'https://www.linkedin.com/feed/')).toBe(true);
    expect(perms.request).not.toHaveBeenCalled();
    expect(await siteAccessState(perms, 'about:blank')).toBe('unavailable');
    expect(await requestSiteAccess(perms, 'about:blank')).toBe(false);
  });
  it('requests the permission synchronously (Firefox needs the user gesture) and a refusal or error gives false', async () => {
    const perms = fakePerms();
    perms.request.mockImplementationOnce(async () => false);
    const pending = requestSiteAccess(perms, 'https://a.example/');
    expect(perms.request).toHaveBeenCalledTimes(1); // called before any await
    expect(await pending).toBe(false);
    perms.request.mockImplementationOnce(async () => { throw new Error('not allowed outside a user action'); });
    expect(await requestSiteAccess(perms, 'https://a.example/')).toBe(false);
  });
  it('registers the content script for granted origins (Chrome scripting API), updating in place', async () => {
    const registered: { id: string; matches?: string[] }[] = [];
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => registered.slice()),
      registerContentScripts: vi.fn(async (s: { id: string; matches: string[] }[]) => void registered.push(...s)),
      updateContentScripts: vi.fn(async (s: { id: string; matches: string[] }[]) => void (registered[0] = s[0])),
      unregisterContentScripts: vi.fn(async () => void registered.splice(0)),
    };
    const origins = grantedExtraOrigins(['https://b.example/*', ...SITE_HOST_PATTERNS.slice(0, 2), 'https://a.example/*', 'https://a.example/*']);
    expect(origins).toEqual(['https://a.example/*', 'https://b.example/*']);
    await registerScanScript({ scripting }, origins, 'content-scripts/content.js');
    expect(registered).toEqual([scanScriptFor(origins, 'content-scripts/content.js')]);
    expect(registered[0].id).toBe(SCAN_SCRIPT_ID);
    await registerScanScript({ scripting }, ['https://c.example/*'], 'content-scripts/content.js');
    expect(scripting.updateContentScripts).toHaveBeenCalledTimes(1);
    expect(registered[0].matches).toEqual(['https://c.example/*']);
    await registerScanScript({ scripting }, [], 'content-scripts/content.js');
    expect(registered).toEqual([]);
  });
  it('uses contentScripts.register on Firefox MV2 and replaces the previous registration', async () => {
    const unregister = vi.fn(async () => undefined);
    const contentScripts = { register: vi.fn(async () => ({ unregister })) };
    const h1 = await registerScanScript({ contentScripts }, ['https://a.example/*'], 'content-scripts/content.js');
    expect(contentScripts.register).toHaveBeenCalledWith({ matches: ['https://a.example/*'], js: [{ file: 'content-scripts/content.js' }], runAt: 'document_idle' });
    await registerScanScript({ contentScripts }, ['https://b.example/*'], 'content-scripts/content.js', h1);
    expect(unregister).toHaveBeenCalledTimes(1);
  });
});
