/**
 * The site-adapter registry: which adapters serve a URL, and the postings they find.
 * Site adapters (one file per site, see define-site.ts) are listed in {@link SITE_ADAPTERS}; the
 * generic extractor (schema.org JobPosting JSON-LD + job-like text blocks) always runs last and only
 * keeps postings that do not overlap one a site adapter already found.
 */
import type { FoundPosting, SiteAdapter, SiteSelectors } from './types';
import { genericAdapter } from './generic';
import { siteAdapters } from './all-sites';

/** Site adapters, most specific first. One import and one line per site. */
export const SITE_ADAPTERS: SiteAdapter[] = [
  // site adapters are registered here
  ...siteAdapters, // src/sites/all-sites.ts: LinkedIn, Indeed, Glassdoor, Facebook, X, Telegram, Reddit, JobStreet/SEEK, Bayt, Wuzzuf, Jobberman/BrighterMonday, Naukri
];

/** Every adapter, generic last (the CLI iterates this). */
export const adapters: SiteAdapter[] = [...SITE_ADAPTERS, genericAdapter];

/** The adapters serving `url`, in order; always ends with the generic extractor. */
export function adaptersFor(url: URL): SiteAdapter[] {
  const own = SITE_ADAPTERS.filter((a) => {
    try {
      return a.matches(url);
    } catch {
      return false;
    }
  });
  return [...own, genericAdapter];
}

/**
 * Postings in `root` (a document or a subtree added by a mutation), found by the adapters serving `url`.
 * An element already claimed by an earlier adapter (the same element, inside it or around it) is not
 * reported again by a later one, and keys are unique per posting element ({@link elementKey}).
 * @param sites site selectors from the indicator list (adapter id → part → selectors)
 */
export function findPostings(root: ParentNode, url: URL, sites: Record<string, SiteSelectors> | undefined): FoundPosting[] {
  const out: FoundPosting[] = [];
  const keys = new Set<string>();
  const byBase = new Map<string, Element[]>();
  for (const a of adaptersFor(url)) {
    // A subtree inside (or equal to) a posting a site adapter already found: everything the generic
    // extractor could find there overlaps it and would be dropped below, so skip the work (it is most of
    // the per-post cost on feeds, where every added post is such a subtree).
    if (a === genericAdapter && (root as Node).nodeType === 1 && out.some((f) => f.element === root || f.element.contains(root as Node))) continue;
    let found: FoundPosting[] = [];
    try {
      found = a.find(root, url, sites?.[a.id]);
    } catch {
      continue; // one broken adapter must not hide the others' postings
    }
    const claimedBefore = out.map((f) => f.element);
    for (const f of found) {
      if (a === genericAdapter && claimedBefore.some((c) => c === f.element || c.contains(f.element) || f.element.contains(c))) continue;
      // The same key on an element overlapping one already found is the same posting seen twice; on a
      // separate element it is a repost (one lure spammed down a feed), which gets its own warning.
      const same = byBase.get(f.key);
      if (same?.some((c) => c === f.element || c.contains(f.element) || f.element.contains(c))) continue;
      if (same) same.push(f.element);
      else byBase.set(f.key, [f.element]);
      const key = elementKey(f.element, f.key);
      if (keys.has(key)) continue;
      keys.add(key);
      out.push(key === f.key ? f : { ...f, key });
    }
  }
  return out;
}

/** Which element holds each posting key now, and each element's last key (see {@link elementKey}). */
// Weak: a feed's detached posts must not be kept alive by their keys.
const holders = new Map<string, WeakRef<Element>>();
const lastKey = new WeakMap<Element, { base: string; key: string }>();
let pruneAt = 2000;

/**
 * A posting key unique to `el`: `base` (the adapter's permalink/id/content-hash key) for the first
 * element with that key, `base#2`, `base#3`… for further separate elements with the same key, in the
 * order they are first seen (document order in a whole-page pass). An element keeps its key while it
 * holds it, so re-scanning one copy alone (a mutation inside it) or the whole page gives the same key;
 * when a copy leaves the page its key is freed for the element that replaces it (a re-render).
 * Cost: one map look-up per posting; the map is pruned of detached elements when it doubles.
 * Content-script note: each copy has its own key, so equal copies are analysed (and announced) once each.
 */
export function elementKey(el: Element, base: string): string {
  const free = (k: string): boolean => {
    const h = holders.get(k)?.deref();
    return !h || h === el || !h.isConnected || h.ownerDocument !== el.ownerDocument;
  };
  const prev = lastKey.get(el);
  const held = prev && holders.get(prev.key)?.deref() === el;
  if (prev && held && prev.base === base) return prev.key;
  if (prev && held) holders.delete(prev.key);
  let key = base;
  for (let n = 2; !free(key) && n < 100_000; n++) key = `${base}#${n}`;
  holders.set(key, new WeakRef(el));
  lastKey.set(el, { base, key });
  if (holders.size > pruneAt) {
    for (const [k, h] of holders) if (!h.deref()?.isConnected) holders.delete(k);
    pruneAt = Math.max(2000, holders.size * 2);
  }
  return key;
}
