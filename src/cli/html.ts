/**
 * Postings from a saved HTML page, found the way the content script finds them: the page is
 * parsed with linkedom (a server-side DOM) and handed to the site-adapter registry
 * (src/sites/registry.ts: site adapters, then the generic schema.org JobPosting JSON-LD and
 * text-block extractor), with the selectors from the indicator list's `sites` section.
 */
import { parseHTML } from 'linkedom';
import type { FoundPosting } from '../sites/types';
import { findPostings } from '../sites/registry';
import { withSiteDefaults } from '../sites/defaults';
import type { IndicatorList } from '../list/schema';

/** DOM constructors some adapters use (`instanceof Element`, `NodeFilter.SHOW_TEXT`) and Node lacks. */
const DOM_GLOBALS = ['Node', 'Element', 'HTMLElement', 'Text', 'NodeFilter', 'DocumentFragment', 'HTMLScriptElement'] as const;

/** Where the page address used for adapter choice came from. */
export type PageUrlSource = 'argument' | 'canonical' | 'og:url' | 'file';

/** Postings found on a page, and the page address the adapters were given. */
export interface HtmlScan {
  url: URL;
  urlSource: PageUrlSource;
  postings: FoundPosting[];
  /** Why the page was not searched, when it was not. */
  problem?: string;
  /** What part of the page was not searched (subtrees nested deeper than {@link MAX_DOM_DEPTH}). */
  note?: string;
}

/**
 * Deepest element nesting searched. Real pages stay far below (a few dozen levels); extraction
 * reads each candidate block's text, which costs O(elements × depth) in a server-side DOM, so a
 * hostile page of 50 000 nested <div>s would take about a minute without this bound.
 */
export const MAX_DOM_DEPTH = 1000;

/** Deepest element nesting under `root` (iterative: no recursion limit to hit). */
export function domDepth(root: Element | null): number {
  if (!root) return 0;
  let max = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, d] = stack.pop()!;
    if (d > max) max = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

/**
 * Remove every element nested deeper than `max` under `root` (their text goes too), so one deeply
 * nested decoy cannot stop the rest of the page from being searched (break report B1).
 * Iterative, like {@link domDepth}.
 * @returns how many subtrees were removed
 */
export function pruneDeeperThan(root: Element | null, max: number): number {
  if (!root) return 0;
  let pruned = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, d] = stack.pop()!;
    if (d === max) {
      for (let c = el.firstElementChild; c; c = el.firstElementChild) {
        c.remove();
        pruned++;
      }
      continue;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return pruned;
}

/**
 * The address a saved page declares for itself: an absolute http(s) `<link rel="canonical">`,
 * else `<meta property="og:url">`. Saved pages keep these, so the right site adapter runs
 * without `--url`.
 */
export function declaredPageUrl(doc: Document): { url: URL; source: 'canonical' | 'og:url' } | undefined {
  const candidates: [string | null | undefined, 'canonical' | 'og:url'][] = [
    [doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), 'canonical'],
    [doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'), 'og:url'],
  ];
  for (const [href, source] of candidates) {
    if (!href) continue;
    try {
      const url = new URL(href.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return { url, source };
    } catch {
      /* relative or malformed: not usable without a base */
    }
  }
  return undefined;
}

/**
 * Find the postings in an HTML document.
 * @param html the page source
 * @param url the page URL given by the user (chooses the site adapter), or undefined to use the
 *   page's own canonical/og:url address, else `fallbackUrl` (a file:// URL: generic extractor only)
 * @param list the indicator list whose `sites` selectors the adapters use
 * @returns the postings in page order, de-duplicated by key, and the address used
 */
export async function postingsFromHtml(html: string, url: URL | undefined, list: IndicatorList, fallbackUrl: URL): Promise<HtmlScan> {
  const window = parseHTML(html) as unknown as Record<string, unknown> & { document: Document };
  const g = globalThis as Record<string, unknown>;
  const installed: string[] = [];
  for (const name of DOM_GLOBALS) {
    if (g[name] === undefined && window[name] !== undefined) {
      g[name] = window[name];
      installed.push(name);
    }
  }
  try {
    const doc = window.document;
    const declared = url ? undefined : declaredPageUrl(doc);
    const pageUrl = url ?? declared?.url ?? fallbackUrl;
    const urlSource: PageUrlSource = url ? 'argument' : (declared?.source ?? 'file');
    const depth = domDepth(doc.documentElement);
    let note: string | undefined;
    if (depth > MAX_DOM_DEPTH) {
      const pruned = pruneDeeperThan(doc.documentElement, MAX_DOM_DEPTH);
      note = `elements nested ${depth} levels deep (limit ${MAX_DOM_DEPTH}); ${pruned} deeper subtree${pruned === 1 ? '' : 's'} not searched`;
    }
    return { url: pageUrl, urlSource, postings: findPostings(doc, pageUrl, withSiteDefaults(list.sites)), note };
  } finally {
    for (const name of installed) delete g[name];
  }
}
