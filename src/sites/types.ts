/**
 * Site adapters: how postings are found on a page. One file per site under src/sites/,
 * registered in src/sites/registry.ts. Adapters use only the standard DOM API (they also run
 * under linkedom in the CLI), never a browser extension API.
 */
import type { Posting } from '../engine/types';

/** A posting found on a page, with the element it lives in. */
export interface FoundPosting {
  /** Stable key for this posting on this page (permalink or content hash), used to de-duplicate. */
  key: string;
  posting: Posting;
  /** The element that contains the whole posting. */
  element: Element;
  /** Where the warning is inserted (before this element, as its previous sibling). Defaults to `element`. */
  anchor?: Element;
  /** What kind of posting this is (site adapters): a full job view, a result-list card or a feed post/message. */
  kind?: 'job' | 'card' | 'post';
  /** Who posted it (account, page or channel name), when the site shows it. */
  poster?: string;
}

/** Selectors for one site: part name → ordered CSS selector fallbacks (from the indicator list's `sites`). */
export type SiteSelectors = Record<string, string[]>;

export interface SiteAdapter {
  /** Kebab-case id, also the key of its selectors in the list's `sites` section. */
  id: string;
  /** Whether this adapter serves the page at `url`. */
  matches(url: URL): boolean;
  /** Find postings within `root` (a document or a subtree added by a mutation). */
  find(root: ParentNode, url: URL, selectors: SiteSelectors | undefined): FoundPosting[];
}
