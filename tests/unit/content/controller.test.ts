/**
 * The content-script controller against a linkedom page, with the real background handler behind a
 * fake message channel and a stand-in engine (level written in the text), so the test is about
 * placement, de-duplication and clean-up rather than detection.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageController, splitRoots, SPLIT_AT } from '@/src/content/controller';
import { handleMessage, clearAnalysisCache, type BackgroundDeps } from '@/src/background/handler';
import { _forgetMemory } from '@/src/background/tab-results';
import { bundledList } from '@/src/indicators/bundled';
import { DEFAULT_SETTINGS } from '@/src/settings/settings';
import type { Assessment, Posting } from '@/src/engine/types';

const LURE = 'Chat agents wanted in Cambodia, salary 3000 USD per month, free flight, contact us on Telegram. [high]';
const HONEST = 'Our bakery is hiring a shop assistant for weekend shifts, salary per shift, apply at the shop with your CV.';

function engine(p: Posting): Assessment {
  const high = p.text.includes('[high]');
  const i = p.text.indexOf('Telegram');
  return {
    level: high ? 'high' : 'none',
    score: high ? 9 : 0,
    lang: 'en',
    findings: high ? [{ indicator: 'IND-11', category: 'contact', weight: 3, explanationKey: 'ind_11', evidence: { text: 'Telegram', start: i, end: i + 8 } }] : [],
  };
}

let g: Record<string, unknown>;
let saved: Record<string, unknown>;

function setup(html: string, pageUrl = 'https://board.example.test/jobs') {
  const { document, window } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Document; window: Record<string, unknown> };
  for (const k of ['MutationObserver', 'Node', 'NodeFilter']) {
    saved[k] = g[k];
    g[k] = window[k];
  }
  const analyze = vi.fn(engine);
  const deps: BackgroundDeps = { analyze, getList: async () => bundledList, getSettings: async () => ({ ...DEFAULT_SETTINGS }), uiLanguage: () => 'en' };
  const sent: { type: string; view?: string; postings?: unknown[] }[] = [];
  const idleQueue: (() => void)[] = [];
  const c = new PageController({
    doc: document,
    url: () => new URL(pageUrl),
    send: async (msg) => {
      sent.push(msg as never);
      return handleMessage(msg, { tab: { id: 1, url: pageUrl } }, deps);
    },
    loadStates: async () => ({}),
    saveState: async () => undefined,
    idle: (cb) => void idleQueue.push(cb),
  });
  /** Let mutation records, idle callbacks and message answers run until nothing is left. */
  const settle = async () => {
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 0));
      const q = idleQueue.splice(0);
      q.forEach((cb) => cb());
      if (q.length === 0) await new Promise((r) => setTimeout(r, 0));
    }
  };
  // The posting a host annotates: its next sibling, or its parent when it sits inside a list item.
  const hosts = () => Array.from(document.querySelectorAll('lurelens-warning')).map((h) => (h.nextElementSibling as Element | null)?.id || h.parentElement?.id);
  return { document, c, analyze, sent, settle, hosts };
}

beforeEach(() => {
  g = globalThis as unknown as Record<string, unknown>;
  saved = {};
  fakeBrowser.reset();
  _forgetMemory();
  clearAnalysisCache();
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) g[k] = v;
});

describe('PageController', () => {
  it('puts one warning before the lure only, and never parses page text as HTML', async () => {
    const { c, settle, hosts, document } = setup(`<main><article id="lure"><h2>&lt;img src=x onerror=alert(1)&gt; agent</h2><p>${LURE}</p></article><article id="ok"><p>${HONEST}</p></article></main>`);
    await c.start();
    await settle();
    expect(hosts()).toEqual(['lure']);
    const root = document.querySelector('lurelens-warning')!.shadowRoot!;
    expect(root.querySelectorAll('img').length).toBe(0);
    expect(root.querySelector('[data-testid="lurelens-warning"]')!.getAttribute('data-level')).toBe('high');
    expect(document.querySelectorAll('lurelens-announcer').length).toBe(1);
    c.stop();
    expect(hosts()).toEqual([]);
  });

  it('a re-rendered posting keeps exactly one warning and is not analysed again', async () => {
    const { c, settle, hosts, analyze, document } = setup(`<div id="feed"><article id="lure"><p>${LURE}</p></article><article id="ok"><p>${HONEST}</p></article></div>`);
    await c.start();
    await settle();
    expect(hosts()).toEqual(['lure']);
    const calls = analyze.mock.calls.length;
    for (let i = 0; i < 3; i++) {
      const fresh = document.createElement('article');
      fresh.id = 'lure';
      fresh.innerHTML = `<p>${LURE}</p>`; // test-owned markup
      document.getElementById('lure')!.replaceWith(fresh);
      await settle();
      expect(hosts()).toEqual(['lure']);
    }
    expect(analyze.mock.calls.length).toBe(calls);
    // The posting leaves the page: its warning goes too (no orphan).
    document.getElementById('lure')!.remove();
    await settle();
    expect(hosts()).toEqual([]);
  });

  it('a lure appended later is found; a page with nothing job-like sends nothing', async () => {
    const { c, settle, hosts, sent, document } = setup('<div id="feed"><div class="post">Pictures from our trip to the lake, the kids loved the boat.</div></div>');
    await c.start();
    await settle();
    expect(sent.filter((m) => m.type === 'analyze')).toHaveLength(0);
    const p = document.createElement('div');
    p.className = 'post';
    p.id = 'late';
    p.textContent = LURE;
    document.getElementById('feed')!.append(p);
    await settle();
    expect(hosts()).toEqual(['late']);
  });

  it('SPA navigation starts a new view and re-reports postings still on the page', async () => {
    const { c, settle, sent } = setup(`<main><article id="lure"><p>${LURE}</p></article></main>`);
    await c.start();
    await settle();
    const firstView = sent.find((m) => m.type === 'analyze')!.view;
    c.onNavigate();
    await settle();
    const after = sent.filter((m) => m.type === 'analyze' && m.view !== firstView);
    expect(after[0]!.postings).toEqual([]); // resets the tab record
    expect(after.some((m) => (m.postings ?? []).length === 1)).toBe(true);
  });

  it('splits a big page into bounded roots and still finds the lure deep inside', async () => {
    const filler = Array.from({ length: 40 }, (_, i) => `<section class="s${i}">${'<div><span>menu item</span></div>'.repeat(60)}</section>`).join('');
    const { c, settle, hosts, document } = setup(`<div id="app"><div id="main">${filler}<ul><li id="lure"><p>${LURE}</p></li><li id="ok"><p>${HONEST}</p></li></ul></div></div>`);
    const roots = splitRoots(document);
    expect(roots[0]!.tagName).toBe('HEAD');
    expect(roots.length).toBeGreaterThan(10);
    for (const r of roots) expect(r.querySelectorAll('*').length).toBeLessThanOrEqual(SPLIT_AT);
    await c.start();
    await settle();
    expect(hosts()).toEqual(['lure']);
    // Inside the <li>, not a bare child of the <ul>.
    expect(document.querySelector('lurelens-warning')!.parentElement!.tagName).toBe('LI');
  });

  it('tells the background when a site adapter finds nothing on a page it claims; generic pages send no status', async () => {
    const { c, settle, sent } = setup(`<main><p>Loading…</p></main>`, 'https://www.linkedin.com/feed/');
    await c.start();
    await settle();
    const statuses = () => sent.filter((m) => m.type === 'page-status') as unknown as { adapterId: string; recognised: boolean }[];
    expect(statuses()).toEqual([expect.objectContaining({ adapterId: 'linkedin', recognised: false })]);
    // Generic pages send no status.
    const other = setup(`<main><article id="lure"><p>${LURE}</p></article></main>`);
    await other.c.start();
    await other.settle();
    expect(other.sent.some((m) => m.type === 'page-status')).toBe(false);
  });
});
