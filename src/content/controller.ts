/**
 * The content script's work on one page: find postings (site adapters + generic extractor), have the
 * background analyse them, and keep exactly one warning next to each posting that warns.
 *
 *  - Batched observation: a MutationObserver only collects added nodes; the work runs in an idle
 *    callback (with a timeout, so a new post is warned about within a few hundred ms) in slices of
 *    {@link SLICE_MS} so it never makes a long task. Added subtrees whose text has nothing job-like cost
 *    one regex pass and nothing more.
 *  - Each posting is analysed once: results are cached by posting key (permalink or content hash);
 *    a post re-rendered by the site gets its warning back from the cache.
 *  - Exactly one warning per posting element: warnings are tracked per element; when the element leaves
 *    the page its host is removed (no orphans), when the page drops our host it is put back.
 *  - SPA navigation (pushState, back/forward) starts a new "view": the background's tab record is reset and
 *    the page re-scanned; postings still on the page keep their warnings.
 */
import type { FoundPosting } from '../sites/types';
import { adaptersFor, findPostings } from '../sites/registry';
import { looksLikeJobText } from '../sites/generic';
import type { AnalyzeResponse, AnalyzeResult, PageConfigResponse } from '../messaging/protocol';
import { createAnnouncer, createHost, HOST_TAG, renderWarning } from './warning-ui';
import { setHighlights } from './highlight';
import { reportHref } from '../ui/report';
import type { PostingState } from './posting-state';

/** Longest slice of scanning work per idle callback, in ms. */
export const SLICE_MS = 12;
/** Idle-callback timeout, in ms: the longest a batch waits for the main thread to be idle. */
export const IDLE_TIMEOUT_MS = 60;
/** Postings per analyse message. */
export const BATCH = 25;
/** Most postings analysed per page view (a page with thousands of job-like blocks is not a feed of postings). */
export const MAX_POSTINGS_PER_VIEW = 5000;
/** Results kept in memory (oldest dropped; a dropped posting seen again is re-sent and answered from the background's cache). */
export const MAX_RESULTS = 3000;
/** Pending added nodes kept before a batch falls back to re-scanning the whole document. */
const MAX_PENDING = 3000;

export interface ControllerDeps {
  doc: Document;
  /** Current page URL. */
  url(): URL;
  send(msg: unknown): Promise<unknown>;
  loadStates(): Promise<Record<string, PostingState>>;
  saveState(key: string, s: PostingState): Promise<void>;
  /** Run `cb` when the main thread is idle (or after `timeout` ms). */
  idle(cb: () => void, timeout: number): void;
  extensionVersion?: string;
}

interface Mounted {
  key: string;
  host: HTMLElement;
  root: ShadowRoot;
  anchor: Element;
  result: AnalyzeResult;
  /** What the warning shows (a re-sent posting with the same answer keeps its warning as is). */
  sig: string;
  found: FoundPosting;
  /** The host is the anchor's first child (the anchor's parent only allows certain children: ul, tr…). */
  inside: boolean;
  /** Dimmed elements of a danger post with their previous inline opacity ('' = none). */
  dimmed?: [HTMLElement, string][];
}

/** Parents whose content model forbids our host as a child (a list may only hold li…): the host goes inside the anchor. */
const STRICT_PARENTS = new Set(['UL', 'OL', 'DL', 'MENU', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'SELECT', 'DATALIST']);

/** Most elements scanned as one root in a whole-page pass; bigger subtrees are split into their children. */
export const SPLIT_AT = 1500;

/** Elements under `el` (live-collection length where the DOM supports `*`, else a query). */
function elementCount(el: Element): number {
  return el.getElementsByTagName('*').length || el.querySelectorAll('*').length;
}

/**
 * The whole page as roots of at most about {@link SPLIT_AT} elements each, in document order, so the
 * first pass over a big page is spread over idle slices instead of one long task. The head comes first
 * (schema.org JSON-LD often sits there). Text directly inside a split element is not scanned.
 */
export function splitRoots(doc: Document): Element[] {
  const out: Element[] = [];
  if (doc.head) out.push(doc.head);
  const queue: Element[] = [doc.body ?? doc.documentElement];
  for (let guard = 0; queue.length > 0 && guard < 5000; guard++) {
    const el = queue.shift()!;
    if (el.childElementCount > 0 && elementCount(el) > SPLIT_AT) queue.unshift(...Array.from(el.children));
    else out.push(el);
  }
  return out.concat(queue);
}

/** What a result shows, for comparing two answers about the same posting. */
function signature(r: AnalyzeResult): string {
  return JSON.stringify([r.warn, r.view]);
}

let viewSeq = 0;
function newViewId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++viewSeq}`;
}

export class PageController {
  config?: PageConfigResponse;
  view = newViewId();
  /** Analysis results by posting key (survive SPA navigation and re-renders). */
  readonly results = new Map<string, AnalyzeResult>();
  /** Keys reported to the background in this view. */
  private reported = new Set<string>();
  /** Keys being analysed → the found postings waiting for the answer. */
  private waiting = new Map<string, FoundPosting[]>();
  readonly warnings = new Map<Element, Mounted>();
  /** Elements found as postings (mutations inside them re-scan the whole posting). */
  private units = new WeakSet<Element>();
  private announced = new Set<string>();
  private states: Record<string, PostingState> = {};
  private announcer?: ReturnType<typeof createAnnouncer>;
  private pending: Node[] = [];
  /** Page recognition of this view for the adapter claiming the page (undefined on generic pages). */
  private status?: { adapterId: string; keys: Set<string>; sent: boolean | undefined; passDone: boolean };
  /** Roots waiting to be scanned (whole-page pass split into parts, or subtrees added by mutations). */
  private ready: Element[] = [];
  private fullScan = false;
  private checkOrphans = false;
  private scheduled = false;
  private observer?: MutationObserver;
  private stopped = false;

  constructor(private deps: ControllerDeps) {}

  /** Load the page config and remembered choices, scan the page and start observing. */
  async start(): Promise<void> {
    // Hosts left by an earlier instance (extension reloaded or updated) would be orphans.
    for (const old of Array.from(this.deps.doc.querySelectorAll(`${HOST_TAG},lurelens-announcer`))) old.remove();
    await this.loadConfig();
    if (this.stopped || !this.config?.enabled) return;
    this.states = await this.deps.loadStates();
    this.fullScan = true;
    this.schedule();
    const target = this.deps.doc.documentElement;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(target, { childList: true, subtree: true });
  }

  /** Stop observing and remove everything we inserted. */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    for (const el of [...this.warnings.keys()]) this.unmount(el);
    this.announcer?.host.remove();
  }

  private async loadConfig(): Promise<void> {
    for (let attempt = 0; attempt < 3 && !this.stopped; attempt++) {
      try {
        const c = (await this.deps.send({ type: 'page-config', url: this.deps.url().href })) as PageConfigResponse | undefined;
        if (c && typeof c === 'object' && 'enabled' in c) {
          this.config = c;
          return;
        }
      } catch {
        /* the service worker may be starting: retry */
      }
      await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
  }

  /** Same-document navigation: a new view; re-scan everything, drop warnings of postings that left. */
  onNavigate(): void {
    if (this.stopped || !this.config?.enabled) return;
    this.view = newViewId();
    this.reported.clear();
    void this.deps.send({ type: 'analyze', postings: [], view: this.view }).catch(() => undefined);
    this.checkOrphans = true;
    this.fullScan = true;
    this.schedule();
  }

  /** The indicator list or the settings changed: forget results, reload config, re-scan. */
  async onListChanged(): Promise<void> {
    if (this.stopped) return;
    await this.loadConfig();
    this.results.clear();
    this.reported.clear();
    this.view = newViewId();
    if (!this.config?.enabled) {
      for (const el of [...this.warnings.keys()]) this.unmount(el);
      return;
    }
    if (!this.observer) {
      await this.start();
      return;
    }
    this.states = await this.deps.loadStates();
    this.fullScan = true;
    this.schedule();
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.config?.enabled) return; // trusted or not-scanned site (settings changed meanwhile)
    for (const r of records) {
      if (r.removedNodes.length > 0) this.checkOrphans = true;
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType === 1) {
          const t = (n as Element).tagName;
          if (t === 'LURELENS-WARNING' || t === 'LURELENS-ANNOUNCER' || t === 'SCRIPT' || t === 'STYLE' || t === 'LINK') continue;
        } else if (n.nodeType !== 3) continue;
        if (this.pending.length < MAX_PENDING) this.pending.push(n);
        else this.fullScan = true;
      }
    }
    if (this.pending.length > 0 || this.checkOrphans || this.fullScan) this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.deps.idle(() => {
      this.scheduled = false;
      this.flush();
    }, IDLE_TIMEOUT_MS);
  }

  /** Where to scan for a node added to the page: the posting it belongs to, or a small block around it. */
  private scanRootFor(n: Node): Element | undefined {
    let el: Element | null = n.nodeType === 1 ? (n as Element) : n.parentElement;
    if (!el || !el.isConnected) return undefined;
    // Inside a posting we already know (a "see more" expansion, a lazy body): re-scan that posting.
    for (let p: Element | null = el, d = 0; p && d < 40; p = p.parentElement, d++) {
      if (this.units.has(p)) return p;
      if (p.tagName === HOST_TAG.toUpperCase()) return undefined;
    }
    // A small fragment (a text node, a line) may be part of a posting being built: look a little higher.
    for (let i = 0; i < 3 && (el.textContent ?? '').length < 200; i++) {
      const p: Element | null = el.parentElement;
      if (!p || p === this.deps.doc.body || p === this.deps.doc.documentElement || p.childElementCount > 30) break;
      el = p;
    }
    return el;
  }

  /** One slice of work: orphan check, then scanning queued roots until the time budget is spent. */
  flush(): void {
    if (this.stopped || !this.config?.enabled) return;
    const t0 = performance.now();
    if (this.checkOrphans) {
      this.checkOrphans = false;
      this.sweep();
    }
    if (this.fullScan) {
      this.fullScan = false;
      this.pending = [];
      this.ready = splitRoots(this.deps.doc);
      const claim = adaptersFor(this.deps.url())[0]!.id;
      this.status = claim === 'generic' ? undefined : { adapterId: claim, keys: new Set(), sent: undefined, passDone: false };
    } else if (this.pending.length > 0) {
      const set = new Set<Element>(this.ready.filter((r): r is Element => r.isConnected));
      for (const n of this.pending) {
        const r = this.scanRootFor(n);
        if (r) set.add(r);
      }
      this.pending = [];
      // Drop roots inside other roots.
      this.ready = [...set].filter((r) => {
        for (let p = r.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
        return true;
      });
    }
    const found: FoundPosting[] = [];
    for (let done = 0; this.ready.length > 0; done++) {
      // Time-sliced: what is left waits for the next idle slice (no long task on big pages).
      if (done > 0 && performance.now() - t0 > SLICE_MS) {
        this.schedule();
        break;
      }
      const root = this.ready.shift()!;
      if (!root.isConnected) continue;
      // The cheap test: nothing job-like in this subtree → nothing more to do (the head only holds JSON-LD).
      const text = root.textContent ?? '';
      if (root.tagName !== 'HEAD' && !looksLikeJobText(text) && !this.units.has(root)) {
        continue;
      }
      found.push(...findPostings(root, this.deps.url(), this.config.selectors));
    }
    if (found.length) this.handle(found);
    this.reportStatus(found);
  }

  /**
   * "Page not recognised": on pages a site adapter claims, tell the background whether it found postings,
   * after the whole-page pass and again when the first posting turns up later (lazy-loaded content).
   */
  private reportStatus(found: FoundPosting[]): void {
    const st = this.status;
    if (!st) return;
    for (const f of found) if (f.posting.source === st.adapterId) st.keys.add(f.key);
    if (this.ready.length === 0) st.passDone = true;
    const recognised = st.keys.size > 0;
    if (!st.passDone || st.sent === recognised) return;
    st.sent = recognised;
    const msg = { type: 'page-status', adapterId: st.adapterId, recognised, postings: st.keys.size, view: this.view };
    void this.deps.send(msg).catch(() => undefined);
  }

  /** Remove warnings whose posting left the page; put back hosts the page removed. */
  private sweep(): void {
    for (const [el, m] of [...this.warnings]) {
      if (!el.isConnected || !m.anchor.isConnected) this.unmount(el);
      else if (!m.host.isConnected) this.insertHost(m);
    }
  }

  private handle(found: FoundPosting[]): void {
    const toSend: FoundPosting[] = [];
    for (const f of found) {
      if (!f.element.isConnected) continue;
      this.units.add(f.element);
      const known = this.results.get(f.key);
      if (known) this.apply(f, known);
      const wait = this.waiting.get(f.key);
      if (wait) {
        wait.push(f);
        continue;
      }
      if (known && this.reported.has(f.key)) continue;
      if (this.reported.size >= MAX_POSTINGS_PER_VIEW) continue;
      this.waiting.set(f.key, [f]);
      toSend.push(f);
    }
    if (toSend.length === 0) return;
    // The live region must exist before anything is announced.
    this.ensureAnnouncer();
    for (let i = 0; i < toSend.length; i += BATCH) void this.analyse(toSend.slice(i, i + BATCH));
  }

  private async analyse(batch: FoundPosting[]): Promise<void> {
    const view = this.view;
    for (const f of batch) this.reported.add(f.key);
    let res: AnalyzeResponse | undefined;
    try {
      res = (await this.deps.send({ type: 'analyze', view, postings: batch.map((f) => ({ key: f.key, posting: f.posting })) })) as AnalyzeResponse;
    } catch {
      res = undefined;
    }
    const got = new Set<string>();
    const stale: FoundPosting[] = [];
    for (const r of res?.results ?? []) {
      got.add(r.key);
      this.results.set(r.key, r);
      if (this.results.size > MAX_RESULTS) this.results.delete(this.results.keys().next().value as string);
      const waiting = this.waiting.get(r.key) ?? [];
      this.waiting.delete(r.key);
      for (const f of waiting) this.apply(f, r);
      if (view !== this.view) stale.push(...waiting);
    }
    // Asked in a view that has since ended (SPA navigation while waiting): postings still on the page must be
    // reported in the current view too, or its badge and popup miss them.
    if (stale.length) this.handle(stale.filter((f) => !this.reported.has(f.key)));
    // No answer (worker restarting, malformed posting): allow a later scan to try again.
    for (const f of batch) {
      if (!got.has(f.key)) {
        this.waiting.delete(f.key);
        this.reported.delete(f.key);
      }
    }
  }

  private ensureAnnouncer(): void {
    if (this.announcer?.host.isConnected) return;
    this.announcer = createAnnouncer(this.deps.doc);
    (this.deps.doc.body ?? this.deps.doc.documentElement).append(this.announcer.host);
  }

  /** Show, update or remove the warning of one found posting according to its result. */
  private apply(f: FoundPosting, r: AnalyzeResult): void {
    if (this.stopped || !f.element.isConnected) return;
    const existing = this.warnings.get(f.element);
    const show = !!r.warn && !!r.view && this.states[f.key] !== 'dismissed';
    if (!show) {
      if (existing) this.unmount(f.element);
      return;
    }
    if (existing && existing.key === f.key && existing.sig === signature(r)) {
      if (!existing.host.isConnected) this.insertHost(existing);
      return;
    }
    if (existing) this.unmount(f.element);
    // One warning per posting: a generic block overlapping another generic block (the same post seen
    // through a bigger or smaller element after a re-render) replaces it.
    if (f.posting.source === 'generic') {
      for (const [el, m] of [...this.warnings]) {
        if (m.found.posting.source === 'generic' && (el.contains(f.element) || f.element.contains(el))) this.unmount(el);
      }
    }
    this.mount(f, r);
  }

  private insertHost(m: Mounted): void {
    const anchor = m.anchor;
    if (m.inside) anchor.prepend(m.host);
    else if (anchor.parentNode) anchor.before(m.host);
  }

  private mount(f: FoundPosting, r: AnalyzeResult): void {
    const cfg = this.config!;
    const { host, root } = createHost(this.deps.doc);
    host.setAttribute('data-lurelens-key', f.key);
    host.setAttribute('data-level', r.view!.level);
    const anchor = f.anchor ?? f.element;
    const inside = STRICT_PARENTS.has(anchor.parentElement?.tagName ?? '');
    const m: Mounted = { key: f.key, host, root, anchor, inside, result: r, sig: signature(r), found: f };
    this.warnings.set(f.element, m);
    this.insertHost(m);
    // A danger post is dimmed until "show anyway" (opacity only: no layout or scroll change). When our host
    // sits inside the post, the post's other children are dimmed instead of the post.
    const canDim = r.view!.level === 'high' && this.states[f.key] !== 'shown';
    if (canDim) {
      const targets = f.element.contains(host) ? Array.from(f.element.children).filter((c) => !c.contains(host)) : [f.element];
      m.dimmed = targets.map((t) => {
        const el = t as HTMLElement;
        const prev = el.style?.getPropertyValue('opacity') ?? '';
        el.style?.setProperty('opacity', '0.45', 'important');
        return [el, prev];
      });
    }
    renderWarning(root, { view: r.view!, posting: f.posting, strings: cfg.strings, locale: cfg.locale, dir: cfg.dir, dimmed: canDim }, {
      onWhy: (open) => setHighlights(m, f.element, open ? r.view!.reasons.map((x) => x.evidence.text) : []),
      onDismiss: () => {
        this.states[f.key] = 'dismissed';
        void this.deps.saveState(f.key, 'dismissed');
        this.unmount(f.element);
      },
      onShowAnyway: () => {
        this.states[f.key] = 'shown';
        void this.deps.saveState(f.key, 'shown');
        this.undim(m);
      },
      reportHref: (withText) =>
        reportHref(cfg.reportUrl, {
          kind: 'false-warning',
          indicators: [...new Set(r.assessment.findings.map((x) => x.indicator))],
          listVersion: cfg.listVersion,
          level: r.assessment.level,
          pattern: r.assessment.pattern,
          extensionVersion: this.deps.extensionVersion,
          site: this.deps.url().hostname,
          text: withText ? [f.posting.title, f.posting.text].filter(Boolean).join('\n') : undefined,
        }),
    });
    if (!this.announced.has(f.key)) {
      this.announced.add(f.key);
      this.ensureAnnouncer();
      this.announcer!.announce((cfg.strings.warning_announce ?? '$1').replace('$1', r.view!.headline));
    }
  }

  private undim(m: Mounted): void {
    for (const [el, prev] of m.dimmed ?? []) {
      if (prev) el.style?.setProperty('opacity', prev);
      else el.style?.removeProperty('opacity');
    }
    m.dimmed = undefined;
  }

  private unmount(el: Element): void {
    const m = this.warnings.get(el);
    if (!m) return;
    this.warnings.delete(el);
    this.undim(m);
    setHighlights(m, undefined, []);
    m.host.remove();
  }
}
