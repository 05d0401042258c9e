import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, isHandled, isTrustedSite, levelWarns, postingTitle, clearAnalysisCache, type BackgroundDeps } from '@/src/background/handler';
import { _forgetMemory } from '@/src/background/tab-results';
import { badgeFor, BADGE_COLOURS } from '@/src/background/badge';
import { broadcastToTabs, startBackground } from '@/src/background/main';
import { bundledList } from '@/src/indicators/bundled';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/settings';
import type { Assessment, Posting } from '@/src/engine/types';
import type { AnalyzeResponse, GetTabResponse, PageConfigResponse, TabEntry } from '@/src/messaging/protocol';

/** A deterministic stand-in engine: the level is written in the text ("[high]", "[medium]"). */
function fakeAnalyze(p: Posting): Assessment {
  const level = /\[high\]/.test(p.text) ? 'high' : /\[medium\]/.test(p.text) ? 'medium' : /\[low\]/.test(p.text) ? 'low' : 'none';
  const findings =
    level === 'none'
      ? []
      : [
          { indicator: 'IND-11', category: 'contact', weight: 3, explanationKey: 'ind_11', evidence: { text: 'Telegram', start: 0, end: 8 } },
          { indicator: 'IND-07', category: 'place', weight: 4, explanationKey: 'ind_07', evidence: { text: 'Cambodia', start: 9, end: 17 } },
        ];
  return { level, score: findings.length * 3, lang: 'en', findings };
}

function deps(settings: Partial<Settings> = {}, analyze = vi.fn(fakeAnalyze)): BackgroundDeps & { analyze: typeof analyze } {
  return {
    analyze,
    getList: async () => bundledList,
    getSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    uiLanguage: () => 'en-US',
  };
}

const tab = (id: number, url = 'https://jobs.example.test/list') => ({ tab: { id, url } });
const post = (key: string, text: string, title?: string) => ({ key, posting: { text, ...(title ? { title } : {}) } });

beforeEach(() => {
  fakeBrowser.reset();
  _forgetMemory();
  clearAnalysisCache();
});

describe('analyze', () => {
  it('answers per posting, records the tab and sets the badge by count and worst level', async () => {
    const d = deps();
    const res = (await handleMessage(
      { type: 'analyze', view: 'v1', postings: [post('a', 'Telegram Cambodia [high] work'), post('b', 'an honest bakery job'), post('c', 'Telegram Cambodia [medium]')] },
      tab(7),
      d,
    )) as AnalyzeResponse;
    expect(res.results.map((r) => [r.key, r.assessment.level, r.warn])).toEqual([
      ['a', 'high', true],
      ['b', 'none', false],
      ['c', 'medium', true],
    ]);
    expect(res.results[0]!.view?.reasons.map((r) => r.indicator)).toEqual(['IND-07', 'IND-11']);
    expect(res.results[1]!.view).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    const colour = await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 });
    expect(colour.slice(0, 3)).toEqual([0xb3, 0x26, 0x1e]);
  });

  it('respects the sensitivity ("danger" = high only) and trusted sites', async () => {
    const onlyDanger = (await handleMessage({ type: 'analyze', postings: [post('m', '[medium]'), post('h', '[high]')] }, tab(1), deps({ sensitivity: 'danger' }))) as AnalyzeResponse;
    expect(onlyDanger.results.map((r) => r.warn)).toEqual([false, true]);
    clearAnalysisCache();
    const trusted = (await handleMessage({ type: 'analyze', postings: [post('h', '[high]')] }, tab(2, 'https://careers.acme.test/x'), deps({ trustedSites: ['acme.test'] }))) as AnalyzeResponse;
    expect(trusted.results[0]!.warn).toBe(false);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('');
  });

  it('analyses each posting once (cache by list version and key)', async () => {
    const d = deps();
    await handleMessage({ type: 'analyze', postings: [post('a', '[high] x')] }, tab(3), d);
    await handleMessage({ type: 'analyze', postings: [post('a', '[high] x')] }, tab(3), d);
    expect(d.analyze).toHaveBeenCalledTimes(1);
  });

  it('skips malformed postings and survives an engine failure on one of them', async () => {
    const analyze = vi.fn((p: Posting) => {
      if (p.text.includes('boom')) throw new Error('engine bug');
      return fakeAnalyze(p);
    });
    const res = (await handleMessage(
      { type: 'analyze', postings: [null, { key: 'x' }, { key: '', posting: { text: 'a' } }, post('e', '   '), post('boom', 'boom'), post('ok', '[high]')] },
      tab(4),
      deps({}, analyze),
    )) as AnalyzeResponse;
    expect(res.results.map((r) => r.key)).toEqual(['ok']);
    expect(await handleMessage({ type: 'analyze', postings: 'nope' }, tab(4), deps())).toEqual({ error: 'postings must be an array' });
  });

  it('a new view (navigation) replaces the tab record; the same view accumulates', async () => {
    const d = deps();
    await handleMessage({ type: 'analyze', view: 'v1', postings: [post('a', '[high]')] }, tab(5), d);
    await handleMessage({ type: 'analyze', view: 'v1', postings: [post('b', '[medium]')] }, tab(5), d);
    let got = (await handleMessage({ type: 'get-tab', tabId: 5 }, {}, d)) as GetTabResponse;
    expect(got.entries.map((e) => e.key)).toEqual(['a', 'b']);
    await handleMessage({ type: 'analyze', view: 'v2', postings: [] }, tab(5), d);
    got = (await handleMessage({ type: 'get-tab', tabId: 5 }, {}, d)) as GetTabResponse;
    expect(got.entries).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });
});

describe('get-tab', () => {
  it('lists warnings strongest first with a title or the first words, and survives a worker restart', async () => {
    const d = deps();
    await handleMessage(
      { type: 'analyze', postings: [post('m', 'Telegram Cambodia [medium] chat agents wanted now'), post('h', '[high] body', 'Customer service in Cambodia'), post('n', 'nothing here')] },
      tab(9),
      d,
    );
    _forgetMemory(); // the MV3 worker was stopped: the record comes back from storage.session
    const got = (await handleMessage({ type: 'get-tab', tabId: 9 }, {}, d)) as GetTabResponse;
    expect(got.scanned).toBe(3);
    expect(got.listVersion).toBe(bundledList.listVersion);
    expect(got.entries.map((e: TabEntry) => [e.key, e.level, e.title])).toEqual([
      ['h', 'high', 'Customer service in Cambodia'],
      ['m', 'medium', 'Telegram Cambodia [medium] chat agents wanted now'],
    ]);
    expect(got.entries[0]!.findings.length).toBeGreaterThan(0);
  });

  it('keeps the page status of the current view (page not recognised) and drops it on a new view', async () => {
    const d = deps();
    await handleMessage({ type: 'page-status', adapterId: 'linkedin', recognised: false, postings: 0, view: 'v1' }, tab(21), d);
    let got = (await handleMessage({ type: 'get-tab', tabId: 21 }, {}, d)) as GetTabResponse;
    expect(got.page).toEqual({ adapterId: 'linkedin', recognised: false, postings: 0 });
    await handleMessage({ type: 'analyze', view: 'v1', postings: [post('a', '[high]')] }, tab(21), d);
    got = (await handleMessage({ type: 'get-tab', tabId: 21 }, {}, d)) as GetTabResponse;
    expect(got.page?.adapterId).toBe('linkedin');
    expect(got.entries).toHaveLength(1);
    await handleMessage({ type: 'analyze', view: 'v2', postings: [] }, tab(21), d);
    got = (await handleMessage({ type: 'get-tab', tabId: 21 }, {}, d)) as GetTabResponse;
    expect(got.page).toBeUndefined();
    expect(await handleMessage({ type: 'page-status', adapterId: 'x', recognised: true, postings: 1 }, {}, d)).toEqual({ error: 'page-status needs a tab' });
  });

  it('rejects a request without a numeric tab id', async () => {
    expect(await handleMessage({ type: 'get-tab', tabId: 'x' }, {}, deps())).toEqual({ error: 'tabId must be a number' });
  });
});

describe('check-text and page-config', () => {
  it('check-text runs the real engine on pasted text', async () => {
    const a = (await handleMessage(
      { type: 'check-text', text: 'Customer service job in Sihanoukville, Cambodia. Salary 3000 USD per month. Free flight. Contact us on Telegram. Pay the processing fee first.' },
      {},
      { ...deps(), analyze: (await import('@/src/engine/analyze')).analyze },
    )) as Assessment;
    expect(['medium', 'high']).toContain(a.level);
    expect(a.findings.length).toBeGreaterThan(0);
    expect(await handleMessage({ type: 'check-text', text: '  ' }, {}, deps())).toEqual({ error: 'empty text' });
  });

  it('page-config gives the locale, direction, warning texts and selectors; trusted sites are disabled', async () => {
    const ar = (await handleMessage({ type: 'page-config', url: 'https://x.test/' }, {}, deps({ locale: 'ar' }))) as PageConfigResponse;
    expect(ar).toMatchObject({ enabled: true, locale: 'ar', dir: 'rtl', listVersion: bundledList.listVersion });
    expect(ar.strings.warning_why).toBe('لماذا؟');
    expect(Object.keys(ar.strings).every((k) => k.startsWith('warning_'))).toBe(true);
    const en = (await handleMessage({ type: 'page-config', url: 'https://jobs.acme.test/' }, {}, deps({ trustedSites: ['acme.test'] }))) as PageConfigResponse;
    expect(en).toMatchObject({ enabled: false, locale: 'en', dir: 'ltr' });
    const listed = deps({ scanMode: 'listed', scanSites: ['jobs.example.org'] });
    expect(((await handleMessage({ type: 'page-config', url: 'https://m.jobs.example.org/a' }, {}, listed)) as PageConfigResponse).enabled).toBe(true);
    expect(((await handleMessage({ type: 'page-config', url: 'https://news.example.org/' }, {}, listed)) as PageConfigResponse).enabled).toBe(false);
  });

  it('only our request types are claimed', () => {
    expect(isHandled({ type: 'analyze' })).toBe(true);
    expect(isHandled({ type: 'check-now' })).toBe(false);
    expect(isHandled(null)).toBe(false);
  });
});

describe('helpers', () => {
  it('trusted-site matching is by host or subdomain, never by substring', () => {
    expect(isTrustedSite('https://careers.acme.test/a', ['acme.test'])).toBe(true);
    expect(isTrustedSite('https://acme.test.evil.test/', ['acme.test'])).toBe(false);
    expect(isTrustedSite('https://notacme.test/', ['acme.test'])).toBe(false);
    expect(isTrustedSite('not a url', ['acme.test'])).toBe(false);
  });

  it('levels and titles', () => {
    expect(levelWarns('medium', 'caution')).toBe(true);
    expect(levelWarns('medium', 'danger')).toBe(false);
    expect(levelWarns('low', 'caution')).toBe(false);
    expect(postingTitle({ text: 'one two three four five six seven eight nine ten eleven twelve thirteen' })).toBe(
      'one two three four five six seven eight nine ten eleven twelve',
    );
  });

  it('badge: count of shown warnings, red when any is high, amber otherwise', () => {
    const e = (level: TabEntry['level'], warn: boolean): TabEntry => ({ key: level + warn, title: '', level, warn, findings: [] });
    expect(badgeFor([e('high', true), e('medium', true), e('medium', false)])).toEqual({ text: '2', colour: BADGE_COLOURS.high });
    expect(badgeFor([e('medium', true)])).toEqual({ text: '1', colour: BADGE_COLOURS.medium });
    expect(badgeFor([e('high', false)]).text).toBe('');
  });
});

describe('wiring', () => {
  it('clears a tab on close and on a new document; tells every tab to re-scan when settings change', async () => {
    const d = deps();
    const stop = startBackground(d);
    await handleMessage({ type: 'analyze', postings: [post('h', '[high]')] }, tab(11), d);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 11 })).toBe('1');
    await fakeBrowser.tabs.onUpdated.trigger(11, { status: 'loading' }, {} as never);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 11 })).toBe(''));
    expect(((await handleMessage({ type: 'get-tab', tabId: 11 }, {}, d)) as GetTabResponse).entries).toEqual([]);

    await handleMessage({ type: 'analyze', postings: [post('h', '[high]')] }, tab(12), d);
    await fakeBrowser.tabs.onRemoved.trigger(12, { windowId: 0, isWindowClosing: false });
    await vi.waitFor(async () => expect(((await handleMessage({ type: 'get-tab', tabId: 12 }, {}, d)) as GetTabResponse).scanned).toBe(0));
    stop();
  });

  it('broadcasts list-changed to every tab and ignores tabs without a content script', async () => {
    await fakeBrowser.tabs.create({ url: 'https://a.test/' });
    await fakeBrowser.tabs.create({ url: 'https://b.test/' });
    const ids = (await fakeBrowser.tabs.query({})).map((t) => t.id);
    const sent: unknown[] = [];
    (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = async (id: number, msg: unknown) => {
      if (id === ids[0]) throw new Error('Could not establish connection');
      sent.push([id, msg]);
    };
    const n = await broadcastToTabs({ type: 'list-changed', listVersion: '2026.12.01' });
    expect(n).toBe(ids.length - 1);
    expect(sent[0]).toEqual([ids[1], { type: 'list-changed', listVersion: '2026.12.01' }]);
  });
});

describe('granted sites', () => {
  it('registers the content script for granted origins only (supported sites have the static one)', async () => {
    const { syncGrantedSites, CONTENT_SCRIPT_FILE } = await import('@/src/background/site-access');
    const registered: { id: string; matches: string[]; js: string[] }[] = [];
    const b = fakeBrowser as unknown as Record<string, unknown>;
    const saved = { permissions: b.permissions, scripting: b.scripting };
    b.permissions = { getAll: async () => ({ origins: ['https://jobs.example.org/*', '*://linkedin.com/*', 'https://*/*'] }) };
    b.scripting = {
      getRegisteredContentScripts: async () => registered,
      registerContentScripts: async (s: typeof registered) => void registered.push(...s),
      updateContentScripts: async (s: typeof registered) => void registered.splice(0, registered.length, ...s),
      unregisterContentScripts: async () => void registered.splice(0),
    };
    try {
      expect(await syncGrantedSites()).toEqual(['https://jobs.example.org/*']);
      expect(registered).toHaveLength(1);
      expect(registered[0]!.matches).toEqual(['https://jobs.example.org/*']);
      expect(registered[0]!.js).toEqual([CONTENT_SCRIPT_FILE]);
      b.permissions = { getAll: async () => ({ origins: [] }) };
      expect(await syncGrantedSites()).toEqual([]);
      expect(registered).toHaveLength(0);
    } finally {
      Object.assign(b, saved);
    }
  });
});
