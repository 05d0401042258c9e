/**
 * Per-tab results: the postings the content script found in a tab and what the engine said about them.
 *
 * Kept in `storage.session` (memory only, survives the MV3 service worker being stopped) when the browser
 * has it, otherwise in memory with a `storage.local` copy. Keys: `tab:<tabId>`. A record belongs to one
 * page view: a new view id (full navigation, reload or SPA navigation reported by the content script)
 * starts a fresh record. Updates to one tab are serialised so concurrent analyse requests don't lose entries.
 */
import { browser } from 'wxt/browser';
import type { PageStatus, TabEntry } from '../messaging/protocol';

/** Everything recorded for one tab. */
export interface TabRecord {
  tabId: number;
  url?: string;
  /** Page-view id from the content script (see AnalyzeRequest.view). */
  view?: string;
  /** Every posting analysed in this view, by posting key (including level none/low). */
  entries: Record<string, TabEntry>;
  /** Whether the site adapter claiming the page found postings (content script's page-status). */
  page?: PageStatus;
}

const memory = new Map<number, TabRecord>();
const queues = new Map<number, Promise<unknown>>();

type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> };

/** The storage area for tab records: session when available, else local. */
function area(): Area | undefined {
  const s = browser.storage as unknown as { session?: Area; local?: Area } | undefined;
  return s?.session ?? s?.local;
}

const storageKey = (tabId: number) => `tab:${tabId}`;

/** Read a tab's record (memory first, then storage). Never rejects: storage errors give undefined. */
export async function getTabRecord(tabId: number): Promise<TabRecord | undefined> {
  const hit = memory.get(tabId);
  if (hit) return hit;
  try {
    const got = (await area()?.get(storageKey(tabId)))?.[storageKey(tabId)] as TabRecord | undefined;
    if (got && typeof got === 'object' && got.entries) {
      memory.set(tabId, got);
      return got;
    }
  } catch {
    /* storage unavailable: memory only */
  }
  return undefined;
}

async function save(rec: TabRecord): Promise<void> {
  memory.set(rec.tabId, rec);
  try {
    await area()?.set({ [storageKey(rec.tabId)]: rec });
  } catch {
    /* quota or unavailable: the memory copy still serves this worker's lifetime */
  }
}

/** Run `fn` after earlier updates of the same tab finished (read-modify-write without lost updates). */
function serial<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
  const prev = queues.get(tabId) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  queues.set(tabId, next.catch(() => undefined));
  return next;
}

/**
 * Add or replace entries of a tab. When `view` differs from the recorded one, earlier entries are dropped.
 * @returns the updated record
 */
export function recordEntries(tabId: number, entries: TabEntry[], opts: { url?: string; view?: string } = {}): Promise<TabRecord> {
  return serial(tabId, async () => {
    let rec = await getTabRecord(tabId);
    if (!rec || (opts.view !== undefined && rec.view !== undefined && rec.view !== opts.view)) {
      rec = { tabId, entries: {} };
    }
    rec = { ...rec, url: opts.url ?? rec.url, view: opts.view ?? rec.view, entries: { ...rec.entries } };
    for (const e of entries) rec.entries[e.key] = e;
    await save(rec);
    return rec;
  });
}

/** Record the page status of a tab's view (a new view starts a fresh record, as in {@link recordEntries}). */
export function recordPageStatus(tabId: number, page: PageStatus, opts: { url?: string; view?: string } = {}): Promise<TabRecord> {
  return serial(tabId, async () => {
    let rec = await getTabRecord(tabId);
    if (!rec || (opts.view !== undefined && rec.view !== undefined && rec.view !== opts.view)) rec = { tabId, entries: {} };
    rec = { ...rec, url: opts.url ?? rec.url, view: opts.view ?? rec.view, page };
    await save(rec);
    return rec;
  });
}

/** Forget a tab (closed, or navigated to a new document). */
export function clearTab(tabId: number): Promise<void> {
  return serial(tabId, async () => {
    memory.delete(tabId);
    try {
      await area()?.remove(storageKey(tabId));
    } catch {
      /* nothing stored */
    }
  });
}

/** Entries that warn or would warn (level medium/high), strongest first. */
export function warningEntries(rec: TabRecord | undefined): TabEntry[] {
  if (!rec) return [];
  const rank = (e: TabEntry) => (e.level === 'high' ? 2 : e.level === 'medium' ? 1 : 0);
  return Object.values(rec.entries)
    .filter((e) => rank(e) > 0)
    .sort((a, b) => rank(b) - rank(a) || b.findings.length - a.findings.length);
}

/** Test hook: drop the in-memory copies (storage stays), as when the service worker restarts. */
export function _forgetMemory(): void {
  memory.clear();
  queues.clear();
}
