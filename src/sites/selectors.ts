/**
 * DOM helpers shared by the site adapters: ordered selector fallbacks, readable block text,
 * content hashes and permalink normalisation.
 *
 * Everything here uses only the standard DOM API (Element.querySelectorAll, closest, matches,
 * childNodes), so the adapters run unchanged in the content script and under linkedom in the CLI.
 * Selectors come from the indicator list (data, possibly hostile or stale): an invalid selector is
 * skipped, never thrown, and every walk is bounded.
 *
 * Selector strings may end in `@attribute` (e.g. `[data-urn]@data-urn`, `a.title@href`) to take that
 * attribute's value instead of the element's text.
 */
import type { SiteSelectors } from './types';

/** Elements whose text is never posting text (code, styles, controls, media). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
  'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK', 'IMG', 'PICTURE',
]);

/**
 * Screen-reader-only copies: LinkedIn, Indeed and others render every name twice (visible span +
 * visually-hidden span); keeping both doubles the text ("Member OneMember One").
 */
const SKIP_CLASSES = ['visually-hidden', 'sr-only', 'screen-reader-text', 'a11y-text', 'screenreader-only', 'text_exposed_hide'];

/** Block-level elements: a line break is inserted around them, as innerText would (without layout). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL', 'TD', 'TH',
]);

/** Upper bound on the text taken from one element (UTF-16 units); postings longer than this are cut. */
export const MAX_TEXT = 20_000;
/** Upper bound on nodes visited per text extraction, so an absurd subtree cannot hang the page. */
const MAX_NODES = 50_000;

const validity = new Map<string, boolean>();

/** Whether `selector` is a CSS selector this DOM accepts (memoised; invalid list entries are skipped). */
export function isValidSelector(selector: string, probe: ParentNode): boolean {
  let ok = validity.get(selector);
  if (ok === undefined) {
    try {
      probe.querySelector(selector);
      ok = true;
    } catch {
      ok = false;
    }
    validity.set(selector, ok);
  }
  return ok;
}

/** A selector string split into its CSS part and the optional `@attribute` suffix. */
export interface ParsedSelector {
  css: string;
  attr?: string;
}

/** Split `"a.title@href"` into `{ css: "a.title", attr: "href" }`; plain selectors have no attr. */
const parsed = new Map<string, ParsedSelector>();
export function parseSelector(raw: string): ParsedSelector {
  let p = parsed.get(raw);
  if (!p) {
    const m = /^(.*\S)\s*@([a-zA-Z][\w-]*)$/.exec(raw);
    p = m ? { css: m[1], attr: m[2] } : { css: raw };
    if (parsed.size < 5000) parsed.set(raw, p); // bounded: selector strings come from data
  }
  return p;
}

/** `querySelectorAll` that returns [] instead of throwing on an invalid selector. */
export function safeQueryAll(root: ParentNode, css: string): Element[] {
  if (!isValidSelector(css, root)) return [];
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

/** `element.matches` that returns false instead of throwing. */
export function safeMatches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

/** `element.closest` that returns null instead of throwing. */
export function safeClosest(el: Element, css: string): Element | null {
  try {
    return el.closest(css);
  } catch {
    return null;
  }
}

/**
 * The selectors for one site: the list's parts where present (a list update replaces a part
 * wholesale, so a redesign can also drop a selector that now matches the wrong thing), else the
 * adapter's code defaults (identical to src/indicators/sites.json).
 */
const merged = new WeakMap<SiteSelectors, WeakMap<SiteSelectors, SiteSelectors>>();
export function mergeSelectors(defaults: SiteSelectors, fromList: SiteSelectors | undefined): SiteSelectors {
  if (!fromList) return defaults;
  // The content script calls this for every scanned subtree with the same two objects: reuse the result.
  let byList = merged.get(defaults);
  const hit = byList?.get(fromList);
  if (hit) return hit;
  const out: SiteSelectors = { ...defaults };
  for (const [part, list] of Object.entries(fromList)) {
    if (Array.isArray(list) && list.length > 0) out[part] = list.filter((s) => typeof s === 'string' && s.length > 0);
  }
  if (!byList) merged.set(defaults, (byList = new WeakMap()));
  byList.set(fromList, out);
  return out;
}

function hasSkipClass(el: Element): boolean {
  const cl = el.classList;
  if (!cl || cl.length === 0) return false;
  for (const c of SKIP_CLASSES) if (cl.contains(c)) return true;
  return false;
}

/**
 * A small scripted control ("See more", "Like") drawn as `div[role=button]`: its label is not posting
 * text. Links with role=button (Indeed titles) and buttons wrapping whole blocks are still read.
 */
function isControl(e: Element, tag: string): boolean {
  if (tag === 'A' || e.getAttribute('role') !== 'button') return false;
  return !e.querySelector('p, div, li, ul, h1, h2, h3, h4, article, section');
}

/** Whether an element is one LureLens inserted itself (its warning hosts), never page text. */
export function isOwnElement(el: Element): boolean {
  const t = el.tagName;
  return t.startsWith('LURELENS') || t.startsWith('LURE-LENS') || el.hasAttribute('data-lurelens-host');
}

/**
 * Readable text of an element, without layout: text nodes in document order, a line break around
 * block elements and `<br>`, whitespace collapsed, script/style/control text and screen-reader-only
 * copies (and Facebook's collapsed "… More" stub) left out, hidden (`hidden`, `aria-hidden` on the whole element is kept: LinkedIn hides the
 * visible copy from readers) subtrees skipped. Never reads layout (no innerText), so it cannot
 * force a reflow.
 * @returns text with `\n` between blocks, at most {@link MAX_TEXT} characters ("" for null).
 */
export function blockText(el: Element | null | undefined, max = MAX_TEXT): string {
  if (!el) return '';
  const parts: string[] = [];
  let size = 0;
  let visited = 0;
  const stack: (Node | '\n')[] = [el];
  while (stack.length > 0 && size < max && visited < MAX_NODES) {
    const node = stack.pop()!;
    if (node === '\n') {
      parts.push('\n');
      continue;
    }
    visited++;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      if (v) {
        parts.push(v);
        size += v.length;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    const tag = e.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || (e !== el && (hasSkipClass(e) || e.hasAttribute('hidden') || isOwnElement(e) || isControl(e, tag)))) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      parts.push('\n');
      stack.push('\n');
    }
    const kids = e.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return normaliseWhitespace(parts.join('')).slice(0, max);
}

/** Collapse runs of spaces/tabs, trim each line, drop empty lines. */
export function normaliseWhitespace(s: string): string {
  return s
    .replace(/[\t\f\v\r \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** One-line version of {@link blockText}, for titles, names and places. */
export function inlineText(el: Element | null | undefined, max = 500): string {
  return blockText(el, max).replace(/\n+/g, ' ').trim();
}

/**
 * 53-bit string hash (cyrb53), as base-36. Used for posting keys when a post has no permalink:
 * the same text always gives the same key, so a post re-rendered by the site is recognised.
 */
export function hashText(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Absolute permalink without tracking noise: query and hash dropped, except query keys named in
 * `keep` (Indeed's `jk`, Naukri's `jobId`…). Returns undefined for empty, `javascript:` or unparsable hrefs.
 */
export function normaliseLink(href: string | null | undefined, base: URL, keep: string[] = []): string | undefined {
  if (!href) return undefined;
  const h = href.trim();
  if (!h || /^(javascript|mailto|tel|data):/i.test(h) || h === '#') return undefined;
  let u: URL;
  try {
    u = new URL(h, base);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const kept = new URLSearchParams();
  for (const k of keep) {
    const v = u.searchParams.get(k);
    if (v) kept.set(k, v);
  }
  const q = kept.toString();
  return `${u.origin}${u.pathname}${q ? `?${q}` : ''}`;
}

/**
 * Elements matching `css` that belong to `container` itself: the container (if it matches) and its
 * descendants whose nearest enclosing container (per `containerCss`) is `container`. This keeps a
 * nested reply's text out of its parent comment, and a virtualised neighbour out of a card.
 */
export function ownMatches(container: Element, css: string, containerCss: string): Element[] {
  const out: Element[] = [];
  if (safeMatches(container, css)) out.push(container);
  for (const el of safeQueryAll(container, css)) {
    const owner = el.parentElement ? safeClosest(el.parentElement, containerCss) : null;
    // owner === null happens when the container selector changed between calls; keep the match.
    if (owner === container || owner === null || !container.contains(owner)) out.push(el);
  }
  return out;
}

/** Drop elements that are inside another element of the same array (keeps the outermost). */
export function outermost(els: Element[]): Element[] {
  if (els.length < 2) return els;
  return els.filter((el, i) => !els.some((other, j) => j !== i && other !== el && other.contains(el)));
}
