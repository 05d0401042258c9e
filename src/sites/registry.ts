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
 * reported again by a later one, and keys are unique.
 * @param sites site selectors from the indicator list (adapter id → part → selectors)
 */
export function findPostings(root: ParentNode, url: URL, sites: Record<string, SiteSelectors> | undefined): FoundPosting[] {
  const out: FoundPosting[] = [];
  const keys = new Set<string>();
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
      if (keys.has(f.key)) continue;
      if (a === genericAdapter && claimedBefore.some((c) => c === f.element || c.contains(f.element) || f.element.contains(c))) continue;
      keys.add(f.key);
      out.push(f);
    }
  }
  return out;
}
