/**
 * "Page not recognised": whether a site adapter that claims a page actually found postings on it.
 *
 * A redesign usually breaks selectors silently; instead the popup can say "LinkedIn page not recognised —
 * an indicator list update may fix it". The content script calls {@link recognisePage} after its first
 * full pass (and after SPA navigations) and sends the result as a `page-status` message
 * (src/messaging/protocol.ts `PageStatusRequest`).
 */
import type { SiteAdapter, SiteSelectors } from './types';
import type { PageStatusRequest } from '../messaging/protocol';

/** Result of {@link recognisePage}. */
export interface PageRecognition {
  /** Id of the adapter that claims the page; null when no site adapter does (generic pages). */
  adapterId: string | null;
  /** True when the adapter found at least one posting (always true for generic pages: nothing to fix). */
  recognised: boolean;
  /** Number of postings the adapter found in `root`. */
  postings: number;
}

/**
 * Ask the adapter claiming `url` (first of `adapters` whose `matches` is true) to scan `root`.
 * @param sites the indicator list's `sites` section (selector overrides by adapter id); may be undefined.
 * @returns `{ adapterId: null, recognised: true, postings: 0 }` when no adapter claims the page.
 * Never throws: an adapter that throws counts as "not recognised".
 */
export function recognisePage(
  adapters: readonly SiteAdapter[],
  root: ParentNode,
  url: URL,
  sites: Record<string, SiteSelectors> | undefined,
): PageRecognition {
  const adapter = adapters.find((a) => {
    try {
      return a.matches(url);
    } catch {
      return false;
    }
  });
  if (!adapter) return { adapterId: null, recognised: true, postings: 0 };
  let n = 0;
  try {
    n = adapter.find(root, url, sites?.[adapter.id]).length;
  } catch {
    n = 0;
  }
  return { adapterId: adapter.id, recognised: n > 0, postings: n };
}

/**
 * The `page-status` message for the background (content script → background), ready to send:
 * `send(pageStatusRequest(SITE_ADAPTERS, document, new URL(location.href), config.selectors, view))`
 * after the first full scan and after each SPA navigation's re-scan. The background keeps it in the tab
 * record and returns it as `GetTabResponse.page`; the popup shows "<site> page not recognised" when
 * `recognised` is false.
 */
export function pageStatusRequest(
  adapters: readonly SiteAdapter[],
  root: ParentNode,
  url: URL,
  sites: Record<string, SiteSelectors> | undefined,
  view?: string,
): PageStatusRequest {
  const r = recognisePage(adapters, root, url, sites);
  return view === undefined ? { type: 'page-status', ...r } : { type: 'page-status', view, ...r };
}
