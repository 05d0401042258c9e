/**
 * All background logic for messages from content scripts and the popup, as plain functions
 * (tested with Vitest and fakeBrowser; entrypoints/background.ts only wires them).
 *
 * Requests (see src/messaging/protocol.ts):
 *   analyze      → { results: [{ key, assessment, warn, view? }] } and records the tab's results + badge
 *   page-config  → selectors, locale, texts of the warning, whether the site is trusted
 *   get-tab      → warnings recorded for a tab (for the popup)
 *   check-text   → Assessment of pasted text
 *   page-status  → records whether the site adapter claiming the page found postings (popup: "page not recognised")
 * Bad input (wrong shapes, absurd sizes) gets an `{ error }` answer or is skipped; nothing throws out.
 */
import { browser } from 'wxt/browser';
import { analyze as engineAnalyze } from '../engine/analyze';
import type { Assessment, Posting } from '../engine/types';
import type { IndicatorList } from '../list/schema';
import { getActiveList } from './list-store';
import { withSiteDefaults } from '../sites/defaults';
import { getSettings, type Settings } from '../settings/settings';
import { scanAllowedForUrl } from '../settings/sites';
import { isRtl, messagesOf, resolveLocale, translator } from '../i18n/index';
import type {
  AnalyzeResponse,
  AnalyzeResult,
  GetTabResponse,
  PageConfigResponse,
  Request,
  TabEntry,
} from '../messaging/protocol';
import { getTabRecord, recordEntries, recordPageStatus, warningEntries } from './tab-results';
import { campaign } from '../campaigns/active';
import { DEFAULT_CAMPAIGN } from '../campaigns/defaults';
import { setBadge } from './badge';
import { buildWarningView } from './warning-view';

/** Longest posting text analysed, in UTF-16 units (longer text is cut: a posting is never that long). */
export const MAX_TEXT = 20_000;
/** Most postings in one analyse request (the content script batches far fewer). */
export const MAX_POSTINGS = 200;

/** What the handler needs from the outside world; tests replace parts of it. */
export interface BackgroundDeps {
  analyze: (p: Posting, l: IndicatorList) => Assessment;
  getList: () => Promise<IndicatorList>;
  getSettings: () => Promise<Settings>;
  /** The browser UI language ("en-US"). */
  uiLanguage: () => string;
}

export const defaultDeps: BackgroundDeps = {
  analyze: engineAnalyze,
  getList: getActiveList,
  getSettings,
  uiLanguage: () => {
    try {
      return browser.i18n.getUILanguage();
    } catch {
      return 'en';
    }
  },
};

/** Message types this module answers (other listeners may answer other types). */
export const HANDLED_TYPES = new Set(['analyze', 'page-config', 'get-tab', 'check-text', 'page-status']);

/** Whether `msg` is a request this module answers. */
export function isHandled(msg: unknown): msg is Request {
  return !!msg && typeof msg === 'object' && HANDLED_TYPES.has((msg as { type?: unknown }).type as string);
}

/** Whether `url`'s host is one of the user's trusted sites (exact host or a subdomain of it). */
export function isTrustedSite(url: string | undefined, trusted: string[]): boolean {
  if (!url || trusted.length === 0) return false;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return trusted.some((t) => {
    const s = t.trim().toLowerCase().replace(/^\*\./, '');
    return !!s && (host === s || host.endsWith(`.${s}`));
  });
}

/** Whether a level is warned about on the page under the user's sensitivity ("danger" = high only). */
export function levelWarns(level: Assessment['level'], sensitivity: Settings['sensitivity']): boolean {
  return level === 'high' || (level === 'medium' && sensitivity !== 'danger');
}

// Analyses by list version + posting key + text length: a posting re-sent after SPA navigation or a
// re-scan is not analysed again. Bounded; cleared when the list changes.
const cache = new Map<string, Assessment>();
const CACHE_MAX = 2000;

/** Drop cached analyses (the list changed). */
export function clearAnalysisCache(): void {
  cache.clear();
}

function cleanPosting(p: unknown): Posting | undefined {
  if (!p || typeof p !== 'object') return undefined;
  const o = p as Record<string, unknown>;
  if (typeof o.text !== 'string' || !o.text.trim()) return undefined;
  const out: Posting = { text: o.text.slice(0, MAX_TEXT) };
  for (const f of ['title', 'company', 'location', 'salary', 'url', 'source'] as const) {
    if (typeof o[f] === 'string') out[f] = (o[f] as string).slice(0, 2000);
  }
  return out;
}

/** Title of a posting for lists: its title, or its first words (≤ 80 characters). */
export function postingTitle(p: Posting): string {
  const t = (p.title ?? '').trim().replace(/\s+/g, ' ');
  if (t) return t.length > 80 ? `${t.slice(0, 79)}…` : t;
  const words = p.text.trim().replace(/\s+/g, ' ').split(' ').slice(0, 12).join(' ');
  return words.length > 80 ? `${words.slice(0, 79)}…` : words;
}

function localeFor(settings: Settings, deps: BackgroundDeps): string {
  return resolveLocale(settings.locale, deps.uiLanguage());
}

/** The `warning_*` texts of `locale` (English where a locale lacks one). */
export function warningStrings(locale: string): Record<string, string> {
  const t = translator(locale);
  const out: Record<string, string> = {};
  for (const k of Object.keys(messagesOf('en'))) if (k.startsWith('warning_')) out[k] = t(k);
  return out;
}

/**
 * Answer one request. `sender.tab` identifies the tab of a content script.
 * @returns the response object, or `{ error }` for malformed requests
 */
export async function handleMessage(
  msg: unknown,
  sender: { tab?: { id?: number; url?: string } } = {},
  deps: BackgroundDeps = defaultDeps,
): Promise<unknown> {
  if (!isHandled(msg)) return { error: 'unknown request' };
  const req = msg as Request;
  switch (req.type) {
    case 'check-text': {
      if (typeof req.text !== 'string' || !req.text.trim()) return { error: 'empty text' };
      return deps.analyze({ text: req.text.slice(0, MAX_TEXT * 2), source: 'paste' }, await deps.getList());
    }
    case 'page-config': {
      const [settings, list] = await Promise.all([deps.getSettings(), deps.getList()]);
      const locale = localeFor(settings, deps);
      const res: PageConfigResponse = {
        enabled:
          !isTrustedSite(typeof req.url === 'string' ? req.url : sender.tab?.url, settings.trustedSites ?? []) &&
          scanAllowedForUrl(settings, typeof req.url === 'string' ? req.url : sender.tab?.url), // options: sites to scan
        // the active list's site selectors over the bundled defaults (the content script carries none)
        selectors: withSiteDefaults(list.sites),
        listVersion: list.listVersion,
        locale,
        dir: isRtl(locale) ? 'rtl' : 'ltr',
        strings: warningStrings(locale),
        reportUrl: campaign.reportUrl ?? DEFAULT_CAMPAIGN.reportUrl ?? 'https://github.com/lurelens/lure-lens/issues/new',
      };
      return res;
    }
    case 'get-tab': {
      if (typeof req.tabId !== 'number') return { error: 'tabId must be a number' };
      const [rec, list] = await Promise.all([getTabRecord(req.tabId), deps.getList()]);
      const res: GetTabResponse = {
        tabId: req.tabId,
        url: rec?.url,
        entries: warningEntries(rec),
        scanned: rec ? Object.keys(rec.entries).length : 0,
        listVersion: list.listVersion,
      };
      if (rec?.page) res.page = rec.page;
      return res;
    }
    case 'page-status': {
      const tabId = sender.tab?.id;
      if (typeof tabId !== 'number' || tabId < 0) return { error: 'page-status needs a tab' };
      const adapterId = typeof req.adapterId === 'string' ? req.adapterId.slice(0, 60) : null;
      const postings = Number.isFinite(req.postings) ? Math.max(0, Math.floor(req.postings)) : 0;
      const page = { adapterId, recognised: req.recognised === true, postings };
      await recordPageStatus(tabId, page, { url: sender.tab?.url, view: typeof req.view === 'string' ? req.view : undefined });
      return { ok: true };
    }
    case 'analyze': {
      if (!Array.isArray(req.postings)) return { error: 'postings must be an array' };
      const [settings, list] = await Promise.all([deps.getSettings(), deps.getList()]);
      const t = translator(localeFor(settings, deps));
      const tabUrl = sender.tab?.url;
      const trusted = isTrustedSite(tabUrl, settings.trustedSites ?? []);
      const results: AnalyzeResult[] = [];
      const entries: TabEntry[] = [];
      for (const item of req.postings.slice(0, MAX_POSTINGS)) {
        const key = typeof item?.key === 'string' ? item.key.slice(0, 200) : '';
        const posting = cleanPosting(item?.posting);
        if (!key || !posting) continue;
        const ck = `${list.listVersion}\u0000${key}\u0000${posting.text.length}`;
        let assessment = cache.get(ck);
        if (!assessment) {
          try {
            assessment = deps.analyze(posting, list);
          } catch {
            continue; // an engine failure on one absurd posting must not lose the others
          }
          if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
          cache.set(ck, assessment);
        }
        const warn = !trusted && levelWarns(assessment.level, settings.sensitivity);
        const r: AnalyzeResult = { key, assessment, warn };
        if (warn) r.view = buildWarningView(assessment, t);
        results.push(r);
        entries.push({
          key,
          title: postingTitle(posting),
          level: assessment.level,
          warn,
          findings: assessment.findings,
          pattern: assessment.pattern,
          url: posting.url,
          source: posting.source,
        });
      }
      const tabId = sender.tab?.id;
      if (typeof tabId === 'number' && tabId >= 0) {
        const rec = await recordEntries(tabId, entries, { url: tabUrl, view: typeof req.view === 'string' ? req.view : undefined });
        await setBadge(tabId, Object.values(rec.entries));
      }
      const res: AnalyzeResponse = { results };
      return res;
    }
  }
}
