/**
 * One extraction engine for every site adapter: a site is its URL test plus selector data.
 *
 * A site's selectors (from the indicator list's `sites.<id>`, else the adapter's defaults) describe up to
 * three kinds of posting, each by a container part and optional part selectors named after it:
 *
 *   kind   container  parts (each an ordered list of CSS selector fallbacks)
 *   job    job        jobTitle jobCompany jobLocation jobSalary jobBody jobAuthor jobLink jobId jobAnchor
 *   card   card       cardTitle cardCompany cardLocation cardSalary cardBody cardAuthor cardLink cardId cardAnchor
 *   post   post       postTitle postCompany postLocation postSalary postBody postAuthor postLink postId postAnchor
 *
 * "job" is a full job view (one per page, long description), "card" a listing in a search result list
 * (title, company, place, pay, maybe a snippet), "post" a social-feed post or channel message.
 * For each container the first selector (in order) that yields a non-empty value wins for each part;
 * Body joins all its matches; parts belonging to a nested container of the same kind are ignored.
 * `@attr` at the end of a selector takes an attribute's value (`[data-urn]@data-urn`).
 *
 * Errors: none thrown. Invalid selectors are skipped; containers without any text are skipped (a
 * virtualised placeholder or a lazy card that has not loaded yet: it is found when it fills in).
 */
import type { FoundPosting, SiteAdapter, SiteSelectors } from './types';
import {
  blockText,
  hashText,
  inlineText,
  isValidSelector,
  mergeSelectors,
  normaliseLink,
  outermost,
  ownMatches,
  parseSelector,
  safeClosest,
  safeQueryAll,
} from './selectors';

/** Kinds of posting an adapter finds, in the order they are searched (a container found as one kind is not reused). */
export const KINDS = ['job', 'card', 'post'] as const;
export type PostingKind = (typeof KINDS)[number];

/** Part suffixes a kind may have in the selector data. */
export const PARTS = ['Title', 'Company', 'Location', 'Salary', 'Body', 'Author', 'Link', 'Id', 'Anchor'] as const;

/** What a site file declares (its selectors are data: src/indicators/sites.json under its id). */
export interface SiteSpec {
  /** Kebab-case id; the key of its selectors in the list's `sites` section. */
  id: string;
  /** Display name for the popup ("LinkedIn"). */
  name: string;
  /** Host names served (exact or any subdomain of), e.g. ["linkedin.com"]. A RegExp tests the whole hostname. */
  hosts: (string | RegExp)[];
  /** Optional path test: the adapter claims only pages whose pathname matches (other pages get the generic extractor). */
  paths?: RegExp;
  /** Query keys that identify a posting and are kept in permalinks (e.g. Indeed's "jk"). */
  keepQuery?: string[];
  /**
   * Namespace for posting ids that are only unique within one view (Telegram Web message ids are per
   * chat, and the chat is in the URL hash). Returns "" when ids are page-unique.
   */
  keyScope?: (url: URL) => string;
}

/** A site adapter built from a {@link SiteSpec}: the {@link SiteAdapter} contract plus its spec data. */
export interface DefinedSite extends SiteAdapter {
  name: string;
  /** The registered default selectors ({} until {@link registerSiteDefaults} ran). */
  readonly defaults: SiteSelectors;
  hosts: (string | RegExp)[];
}

/**
 * Default selectors by site id: the bundled src/indicators/sites.json, registered by src/sites/defaults.ts
 * (the background worker, the CLI and tests import it). The content script does not import it, to keep
 * 14 kB of selector data out of every page: it gets the same data, merged with the active list, from the
 * background's page-config (`withSiteDefaults`).
 */
const siteDefaults = new Map<string, SiteSelectors>();
const NO_DEFAULTS: SiteSelectors = {};

/** Register default selectors (site id → part → selectors); later calls replace earlier ones per site. */
export function registerSiteDefaults(defaults: Record<string, SiteSelectors>): void {
  for (const [id, sel] of Object.entries(defaults)) siteDefaults.set(id, sel);
}

/** Whether `hostname` is `host` or one of its subdomains. */
export function hostMatches(hostname: string, host: string | RegExp): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (typeof host !== 'string') return host.test(h);
  return h === host || h.endsWith(`.${host}`);
}

/** Text posting limit for cards and titles-only posts: they are short by nature. */
const MAX_CARD_TEXT = 4000;

interface PartValue {
  value: string;
  el?: Element;
}

/**
 * Value of one part for one container: the first selector (in order) with a non-empty own value.
 * `join`: concatenate all own matches of that selector (bodies split over several elements).
 */
function partValue(
  container: Element,
  selectors: string[] | undefined,
  containerCss: string,
  opts: { join?: boolean; inline?: boolean; link?: boolean; base: URL; keep?: string[] },
): PartValue {
  if (!selectors) return { value: '' };
  for (const raw of selectors) {
    const { css, attr } = parseSelector(raw);
    if (!isValidSelector(css, container)) continue;
    let els = ownMatches(container, css, containerCss);
    if (els.length === 0) continue;
    if (attr || opts.link) {
      for (const el of els) {
        const a = attr ?? 'href';
        const v = el.getAttribute(a)?.trim();
        if (!v) continue;
        if (opts.link || a === 'href') {
          const link = normaliseLink(v, opts.base, opts.keep);
          if (link) return { value: link, el };
          continue;
        }
        return { value: v.slice(0, 500), el };
      }
      continue;
    }
    if (opts.join) {
      els = outermost(els);
      const text = els.map((e) => blockText(e)).filter(Boolean).join('\n').trim();
      if (text) return { value: text, el: els[0] };
      continue;
    }
    for (const el of els) {
      // Inline parts lose dangling separators sites put between fields ("Acme Ltd -", "Dubai ·").
      const v = opts.inline ? inlineText(el).replace(/[\s\-–—·|,:]+$/u, '') : blockText(el);
      if (v) return { value: v, el };
    }
  }
  return { value: '' };
}

/**
 * Containers of one kind within `root` (a document, fragment or element added by a mutation), each with
 * the selector that found it: that selector (not the union of fallbacks) decides which parts are the
 * container's own, so a broad last-resort fallback cannot swallow the parts of a narrower container.
 */
function containersOf(root: ParentNode, selectors: string[]): { el: Element; css: string }[] {
  const valid = selectors.map((s) => parseSelector(s).css).filter((s) => isValidSelector(s, root));
  const found = new Map<Element, string>();
  let usable = valid;
  // A mutation can add a node INSIDE a posting (a lazy body, a "see more" expansion): take its container.
  if ((root as Node).nodeType === 1) {
    for (let i = 0; i < valid.length; i++) {
      const up = safeClosest(root as Element, valid[i]);
      if (up) {
        found.set(up, valid[i]);
        // The page uses this selector: later (broader) fallbacks would find parts of this same posting.
        usable = valid.slice(0, i + 1);
        break;
      }
    }
  }
  // Ordered fallbacks: the first selector that matches anything wins, so a stale first choice costs nothing
  // and a broader later fallback does not double-count.
  for (const css of usable) {
    const els = safeQueryAll(root, css);
    if (els.length > 0) {
      for (const e of els) if (!found.has(e)) found.set(e, css);
      break;
    }
  }
  return [...found].map(([el, css]) => ({ el, css }));
}

/**
 * Extract postings from `root` with `selectors` (already merged with defaults).
 * @param keep query keys kept in permalinks (the site's posting ids)
 * @param scope prefix for `Id` values that are only unique within one view (Telegram Web chats)
 * @returns postings per kind in document order, none with empty text; keys `<site>:<kind>:<id|link|hash>`
 * (the same posting re-rendered as new nodes keeps its key). Never throws on odd markup or selectors.
 */
export function extractWith(siteId: string, root: ParentNode, url: URL, selectors: SiteSelectors, keep: string[] = [], scope = ''): FoundPosting[] {
  const out: FoundPosting[] = [];
  const used = new Set<Element>();
  for (const kind of KINDS) {
    const cont = selectors[kind];
    if (!cont || cont.length === 0) continue;
    let anyBody = false;
    const pending: { el: Element; make: (text: string) => FoundPosting }[] = [];
    for (const { el, css: own } of containersOf(root, cont)) {
      if (used.has(el)) continue;
      const p = (suffix: (typeof PARTS)[number]) => selectors[`${kind}${suffix}`];
      const base = { base: url, keep };
      const title = partValue(el, p('Title'), own, { ...base, inline: true }).value.slice(0, 300);
      const company = partValue(el, p('Company'), own, { ...base, inline: true }).value.slice(0, 200);
      const location = partValue(el, p('Location'), own, { ...base, inline: true }).value.slice(0, 200);
      const salary = partValue(el, p('Salary'), own, { ...base, inline: true }).value.slice(0, 200);
      const author = partValue(el, p('Author'), own, { ...base, inline: true }).value.slice(0, 200);
      const bodyPart = partValue(el, p('Body'), own, { ...base, join: true });
      if (bodyPart.el) anyBody = true;
      let link = partValue(el, p('Link'), own, { ...base, link: true }).value;
      // A job view is the page itself: its URL (with the site's id-bearing query keys) is the permalink.
      if (!link && kind === 'job') link = normaliseLink(url.href, url, keep) ?? '';
      const id = partValue(el, p('Id'), own, base).value;
      const anchorEl = partValue(el, p('Anchor'), own, base).el;
      const make = (text: string): FoundPosting => {
        const posting: FoundPosting['posting'] = { text, source: siteId };
        if (title) posting.title = title;
        if (company) posting.company = company;
        if (location) posting.location = location;
        if (salary) posting.salary = salary;
        if (link) posting.url = link;
        const keyPart = (id ? `${scope}${id}` : '') || link || hashText(`${title}\n${text}`);
        const found: FoundPosting = { key: `${siteId}:${kind}:${keyPart}`, posting, element: el, kind };
        if (author) found.poster = author;
        if (anchorEl && anchorEl !== el) found.anchor = anchorEl;
        return found;
      };
      let text = bodyPart.value;
      // No body element: the header fields are what the reader sees (a card's title, company, pay);
      // a card with none of the known parts still shows its whole text.
      if (!text) text = [title, company, location, salary].filter(Boolean).join('\n');
      if (!text && kind === 'card') text = blockText(el, MAX_CARD_TEXT);
      used.add(el);
      if (text.trim()) out.push(make(text));
      else pending.push({ el, make });
    }
    // Containers found but no body selector matched in ANY of them: the site changed its post markup
    // (a redesign the list has not caught up with). Read whole containers rather than miss every post.
    // When other containers do have bodies, an empty one is really empty (a media-only message).
    if (!anyBody) {
      for (const { el, make } of pending) {
        const text = blockText(el);
        if (text) out.push(make(text));
      }
    }
  }
  // An element reached as a container by two kinds is used once (first kind wins); a posting nested in
  // one of another kind (a similar-jobs card inside a job view) is a posting of its own.
  return out;
}

/** Build a {@link SiteAdapter} from its spec. */
export function defineSite(spec: SiteSpec): DefinedSite {
  let lastHref = '';
  let lastMatch = false;
  return {
    id: spec.id,
    name: spec.name,
    get defaults(): SiteSelectors {
      return siteDefaults.get(spec.id) ?? NO_DEFAULTS;
    },
    hosts: spec.hosts,
    matches(url: URL): boolean {
      // Asked for every scanned subtree with the same page URL: answer repeats from a one-entry cache.
      if (url.href === lastHref) return lastMatch;
      lastHref = url.href;
      lastMatch =
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        spec.hosts.some((h) => hostMatches(url.hostname, h)) &&
        (spec.paths ? spec.paths.test(url.pathname) : true);
      return lastMatch;
    },
    find(root: ParentNode, url: URL, selectors: SiteSelectors | undefined): FoundPosting[] {
      try {
        return extractWith(spec.id, root, url, mergeSelectors(siteDefaults.get(spec.id) ?? NO_DEFAULTS, selectors), spec.keepQuery, spec.keyScope?.(url) ?? '');
      } catch {
        // A DOM that breaks an assumption (detached node, exotic implementation) yields nothing, not a crash.
        return [];
      }
    },
  };
}
