/**
 * The generic extractor, used on every page after the site adapters:
 *  1. schema.org `JobPosting` in JSON-LD (`<script type="application/ld+json">`, also inside `@graph`
 *     and arrays), placed before the page heading that carries the job title;
 *  2. visible text blocks that read like a job post or a recruitment message: the smallest
 *     self-contained block (an `<article>`, list item, `[itemtype*=JobPosting]`, or a block that adds
 *     little text to the job-like block inside it) that does not hold two separate job-like blocks.
 *
 * "Reads like a job post" = at least two distinct job words from {@link JOB_WORDS} (12 UI languages plus
 * pay/contact words), a cheap test that also lets a page with nothing job-like cost one regex pass.
 * Only the standard DOM API is used (runs under linkedom in the CLI). Errors: none thrown; malformed
 * JSON-LD and odd DOMs are skipped.
 */
import type { Posting } from '../engine/types';
import type { FoundPosting, SiteAdapter } from './types';
import { blockText, hashText, isOwnElement, safeClosest, safeMatches } from './selectors';

/**
 * Words that make text look like a job post or recruitment message. Latin-script words need word
 * boundaries; Arabic, Thai and Chinese words are matched as substrings. Sources: common vocabulary of
 * job ads in each language and the contact/pay vocabulary of lures (../shared/domain/indicators.md).
 */
export const JOB_WORDS = new RegExp(
  [
    // en
    String.raw`\b(?:jobs?|hir(?:e|ing)|vacanc(?:y|ies)|recruit\w*|salar(?:y|ies)|wages?|apply|applicants?|candidates?|positions?|careers?|employ\w*|work(?:ers?|ing)?|earn(?:ings)?|monthly|per (?:month|day|week|hour)|telegram|whatsapp|visa|passport|interview|commission|(?:part|full)[- ]time|remote|experience|overseas|agency|deposit|fee|usd|opening)\b`,
    // fr es pt
    String.raw`\b(?:emploi|recrut\w*|salaire|poste|candidat\w*|travail|empleo|trabajo|salario|sueldo|vacantes?|contrataci[oó]n|emprego|vagas?|sal[aá]rio|trabalho|contrata[cç][aã]o)\b`,
    // id ms tl sw
    String.raw`\b(?:lowongan|loker|gaji|kerja|pekerjaan|dicari|melamar|jawatan|kosong|upah|trabaho|sahod|sweldo|aplikante|kazi|mshahara|ajira|nafasi)\b`,
    // vi
    String.raw`(?:tuyển|việc làm|lương|ứng viên|công việc|làm việc)`,
    // ar th zh
    String.raw`(?:وظيف|وظائف|راتب|رواتب|توظيف|عمل|فرصة|تأشيرة|สมัครงาน|รับสมัคร|เงินเดือน|งาน|招聘|工作|薪|求职|岗位|高薪|签证)`,
    // pay amounts
    String.raw`(?:[$€£¥₱₫฿]\s?\d|\d\s?(?:usd|dollars?|rm|rp|php|baht|ksh|k)\b|\brp\.?\s?\d)`,
  ].join('|'),
  'giu',
);

/** Distinct job words in `text` (lower-cased), counting at most `max`. */
export function jobWordCount(text: string, max = 3): number {
  const seen = new Set<string>();
  JOB_WORDS.lastIndex = 0;
  const sample = text.length > 50_000 ? text.slice(0, 50_000) : text;
  for (const m of sample.matchAll(JOB_WORDS)) {
    seen.add(m[0].toLowerCase().replace(/\d+/g, '0'));
    if (seen.size >= max) break;
  }
  return seen.size;
}

/** Whether `text` reads like a job post or recruitment message (≥ 2 distinct job words, ≥ 60 chars). */
export function looksLikeJobText(text: string): boolean {
  return text.length >= MIN_TEXT && jobWordCount(text, 2) >= 2;
}

/** Shortest block considered a posting (shorter blocks are titles, buttons, headers). */
export const MIN_TEXT = 60;
/**
 * Longest block considered one posting; longer ones are page sections holding many. A block holding
 * no other block (one paragraph) is one message whatever its length: it is kept, and its text trimmed
 * by {@link trimForAnalysis} (filler such as thousands of emoji must not hide a lure).
 */
export const MAX_BLOCK = 12_000;
/** Head and tail of an over-long posting text that are sent for analysis (UTF-16 units). */
export const SENT_HEAD = 8_000;
export const SENT_TAIL = 4_000;
const ELLIPSIS = '\n…\n';
/** Longest posting text the generic extractor sends ({@link trimForAnalysis}). */
export const MAX_SENT = SENT_HEAD + SENT_TAIL + ELLIPSIS.length;

/** `text` if short, else its first `head` and last `tail` units joined by an ellipsis line. */
function headTail(text: string, head: number, tail: number): string {
  return text.length <= head + tail + ELLIPSIS.length ? text : `${text.slice(0, head)}${ELLIPSIS}${text.slice(-tail)}`;
}

/**
 * Posting text as sent for analysis: at most {@link MAX_SENT} units, the first {@link SENT_HEAD} and the
 * last {@link SENT_TAIL} of longer text (a lure padded before or after with filler stays in view).
 */
export function trimForAnalysis(text: string): string {
  return headTail(text, SENT_HEAD, SENT_TAIL);
}

/**
 * Runs of {@link WORD_RUN}+ lines of one word each joined with spaces: text whose words sit each in its
 * own block or between `<br>`s ("URGENT / hiring / customer / service") reads as the sentence it shows,
 * so multi-word indicators match. Other lines are kept as they are.
 */
export function joinWordLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  if (lines.length < WORD_RUN) return text;
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= WORD_RUN) out.push(run.join(' '));
    else out.push(...run);
    run = [];
  };
  for (const l of lines) {
    if (l.length <= 40 && !/\s/.test(l)) run.push(l);
    else {
      flush();
      out.push(l);
    }
  }
  flush();
  return out.join('\n');
}
const WORD_RUN = 4;

/** Add the distinct job words of `v` (head and tail) to `w`, up to two. */
function addJobWords(w: Set<string>, v: string): void {
  JOB_WORDS.lastIndex = 0;
  for (const m of headTail(v, SENT_HEAD, SENT_TAIL).matchAll(JOB_WORDS)) {
    w.add(m[0].toLowerCase().replace(/\d+/g, '0'));
    if (w.size >= 2) break;
  }
}

const BLOCK_SEL = 'article,[role="article"],li,section,div,p,td,dd,blockquote,[itemtype*="JobPosting" i]';
/** Elements whose text is code or markup, never posting text. */
const TEXTLESS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** Elements that break a line (words either side are separate), besides the candidate blocks. */
const BREAKS = new Set(['BR', 'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'DT', 'TR', 'TH', 'TABLE', 'PRE', 'ADDRESS', 'FIGCAPTION', 'SUMMARY']);
/** Longest own text of one block joined for the job-word test (words split over text nodes). */
const JOIN_CAP = SENT_HEAD + SENT_TAIL;
const UNIT_SEL = 'article,[role="article"],li,[itemtype*="JobPosting" i]';
const SKIP_SEL = 'nav,[role="navigation"],[contenteditable=""],[contenteditable="true"],form,header,footer,script,style,noscript,template';

// ---------- JSON-LD ----------

/** Text of an HTML fragment (JSON-LD descriptions are HTML) without parsing it: tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
      }
      return ENT[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

function str(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(str).filter(Boolean).join(', ');
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o.name ?? o['@value'] ?? '');
  }
  return '';
}

function placeOf(loc: unknown): string {
  const one = (l: unknown): string => {
    if (!l || typeof l !== 'object') return str(l);
    const a = ((l as Record<string, unknown>).address ?? l) as Record<string, unknown>;
    if (typeof a !== 'object' || !a) return str(a);
    return [a.addressLocality, a.addressRegion, a.addressCountry].map(str).filter(Boolean).join(', ');
  };
  return (Array.isArray(loc) ? loc.map(one) : [one(loc)]).filter(Boolean).join('; ');
}

function salaryOf(s: unknown): string {
  if (!s || typeof s !== 'object') return str(s);
  const o = s as Record<string, unknown>;
  const v = (o.value ?? {}) as Record<string, unknown>;
  const amount = typeof v === 'object' ? [v.minValue, v.value, v.maxValue].map(str).filter(Boolean).join('–') : str(v);
  return [str(o.currency), amount, typeof v === 'object' ? str(v.unitText) : ''].filter(Boolean).join(' ');
}

/** Every object with `@type` JobPosting inside a parsed JSON-LD value (arrays, `@graph`, nesting ≤ 6). */
export function jobPostingObjects(value: unknown, depth = 0, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (depth > 6 || out.length >= 50 || !value || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) jobPostingObjects(v, depth + 1, out);
    return out;
  }
  const o = value as Record<string, unknown>;
  const type = o['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && /(^|[/#:])JobPosting$/.test(t))) out.push(o);
  else if (o['@graph']) jobPostingObjects(o['@graph'], depth + 1, out);
  return out;
}

/** A schema.org JobPosting object as a {@link Posting} (undefined when it has no description or title). */
export function postingFromJsonLd(o: Record<string, unknown>, pageUrl?: string): Posting | undefined {
  const title = str(o.title ?? o.name).slice(0, 300);
  const text = trimForAnalysis(htmlToText(typeof o.description === 'string' ? o.description : str(o.description)));
  if (!text && !title) return undefined;
  const p: Posting = { text: text || title, source: 'generic' };
  if (title) p.title = title;
  const company = str(o.hiringOrganization).slice(0, 200);
  if (company) p.company = company;
  const location = placeOf(o.jobLocation).slice(0, 200);
  if (location) p.location = location;
  const salary = salaryOf(o.baseSalary ?? o.estimatedSalary).slice(0, 200);
  if (salary) p.salary = salary;
  const url = typeof o.url === 'string' ? o.url : pageUrl;
  if (url) p.url = url;
  return p;
}

/** Where a JSON-LD posting's warning goes: before the heading with its title, else atop <main>/<body> (or at an empty body). */
function placeJsonLd(doc: Document, title: string | undefined): { element: Element; anchor: Element } | undefined {
  const want = (title ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (want) {
    for (const h of Array.from(doc.querySelectorAll('h1,h2,h3'))) {
      const t = (h.textContent ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
      if (t && (t.includes(want) || (t.length > 8 && want.includes(t)))) {
        const element = safeClosest(h, 'article,main,[role="main"],section') ?? h.parentElement ?? h;
        return { element, anchor: h };
      }
    }
  }
  const main = doc.querySelector('main,[role="main"]') ?? doc.body;
  if (!main) return undefined;
  // An app shell whose body is still empty (filled later by script): anchor at the body itself.
  return { element: main, anchor: main.firstElementChild ?? main };
}

function fromJsonLd(root: ParentNode, url: URL): FoundPosting[] {
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  if (!doc) return [];
  const out: FoundPosting[] = [];
  let scripts: Element[] = [];
  try {
    scripts = Array.from(root.querySelectorAll('script[type="application/ld+json" i]'));
  } catch {
    return [];
  }
  for (const s of scripts.slice(0, 20)) {
    const raw = s.textContent ?? '';
    if (!raw.includes('JobPosting') || raw.length > 500_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue; // malformed JSON-LD is common; skip it
    }
    for (const o of jobPostingObjects(data)) {
      const posting = postingFromJsonLd(o, url.href);
      if (!posting) continue;
      const place = placeJsonLd(doc, posting.title);
      if (!place) continue;
      out.push({ key: `generic:ld:${hashText(`${posting.title ?? ''}\n${posting.text}`)}`, posting, ...place, kind: 'job' });
    }
  }
  return out;
}

// ---------- text blocks ----------

/**
 * Job-like text blocks in `root`: for each separate posting the element holding it whole.
 * Works on a document, or on a subtree added by a mutation (the subtree itself is a candidate).
 */
export function jobBlocks(root: ParentNode): Element[] {
  const cands: Element[] = [];
  if ((root as Node).nodeType === 1 && safeMatches(root as Element, BLOCK_SEL)) cands.push(root as Element);
  try {
    cands.push(...Array.from(root.querySelectorAll(BLOCK_SEL)));
  } catch {
    return [];
  }
  // One pass over the text nodes, then sums up the tree: each block's text length and job words are
  // its own plus its blocks' (O(text), where textContent per block would be O(text × depth)).
  const candSet = new Set(cands);
  const length = new Map<Element, number>();
  const words = new Map<Element, Set<string>>();
  const stop = (root as Node).nodeType === 1 ? (root as Element) : null;
  const nearestBlock = (from: Element | null): Element | null => {
    for (let e = from; e; e = e === stop ? null : e.parentElement) if (candSet.has(e)) return e;
    return null;
  };
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  if (!doc) return [];
  // Job words are counted per text node AND on each block's own text joined across its inline nodes
  // (`h<b></b>iring`, a <span> per letter), with a line break at block boundaries and <br>.
  const joined = new Map<Element, { text: string; nodes: number }>();
  let lastBlock: Element | null = null;
  let brk = false;
  const walker = doc.createTreeWalker(root as Node, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < 400_000; n = walker.nextNode(), seen++) {
    if (n.nodeType === 1) {
      if (BREAKS.has((n as Element).tagName)) brk = true;
      continue;
    }
    const v = n.nodeValue ?? '';
    if (!v) continue;
    const parent = n.parentElement;
    if (!parent || TEXTLESS.has(parent.tagName)) continue;
    const block = nearestBlock(parent);
    if (!block) continue;
    const blank = !/\S/.test(v);
    if (!blank) length.set(block, (length.get(block) ?? 0) + v.length);
    const w = words.get(block) ?? new Set<string>();
    if (w.size < 2 && !blank) addJobWords(w, v);
    if (w.size) words.set(block, w);
    if (w.size < 2) {
      const j = joined.get(block) ?? { text: '', nodes: 0 };
      if (j.text.length < JOIN_CAP) {
        j.text += (brk || lastBlock !== block ? '\n' : '') + v;
        j.nodes++;
        joined.set(block, j);
      }
    }
    lastBlock = block;
    brk = false;
  }
  for (const [block, j] of joined) {
    const w = words.get(block) ?? new Set<string>();
    if (w.size >= 2 || j.nodes < 2) continue;
    addJobWords(w, j.text);
    if (w.size) words.set(block, w);
  }
  // Blocks holding another block with text: over MAX_BLOCK they are page sections, not one posting.
  const holdsBlocks = new Set<Element>();
  for (let i = cands.length - 1; i >= 0; i--) {
    const el = cands[i]!;
    const up = el === stop ? null : nearestBlock(el.parentElement);
    if (!up) continue;
    if (length.get(el)) holdsBlocks.add(up);
    length.set(up, (length.get(up) ?? 0) + (length.get(el) ?? 0));
    const w = words.get(el);
    if (w?.size) {
      const uw = words.get(up) ?? new Set<string>();
      for (const x of w) if (uw.size < 2) uw.add(x);
      words.set(up, uw);
    }
  }
  const jobby = new Set<Element>();
  for (const el of cands) {
    const len = length.get(el) ?? 0;
    if (len < MIN_TEXT || (len > MAX_BLOCK && holdsBlocks.has(el)) || (words.get(el)?.size ?? 0) < 2 || isOwnElement(el)) continue;
    jobby.add(el);
  }
  if (jobby.size === 0) return [];
  // Nearest job-like ancestor of each job-like block, and how many job-like blocks each one directly holds.
  const parentJ = new Map<Element, Element | undefined>();
  const kids = new Map<Element, Element[]>();
  for (const el of jobby) {
    let p = el.parentElement;
    while (p && !jobby.has(p)) p = p.parentElement;
    parentJ.set(el, p ?? undefined);
    if (p) {
      const k = kids.get(p) ?? [];
      k.push(el);
      kids.set(p, k);
    }
  }
  // A block holding two separate job-like blocks (directly or below) is a list, not a posting.
  const multi = new Set<Element>();
  const ordered = [...jobby]; // document order: descendants come after their ancestors
  for (let i = ordered.length - 1; i >= 0; i--) {
    const el = ordered[i]!;
    const k = kids.get(el) ?? [];
    if (k.length >= 2 || k.some((c) => multi.has(c))) multi.add(el);
  }
  const out: Element[] = [];
  for (const el of ordered) {
    if (multi.has(el)) continue;
    const p = parentJ.get(el);
    if (p && !multi.has(p)) continue; // not the top of its chain
    // Chain from the top down through single job-like children.
    const chain: Element[] = [el];
    for (let c = el; (kids.get(c) ?? []).length === 1; ) {
      c = kids.get(c)![0]!;
      chain.push(c);
    }
    let unit = chain.find((c) => safeMatches(c, UNIT_SEL));
    if (!unit) {
      unit = chain[0]!;
      for (let i = 1; i < chain.length; i++) {
        const outer = length.get(unit)!;
        const inner = length.get(chain[i]!)!;
        // The outer block adds a lot besides the inner one (sidebar, comments), or is a list of items
        // of which only this one reads like a job: the inner one is the posting.
        if (outer > inner * 1.5 + 200 || holdsOtherItems(unit, chain[i]!)) unit = chain[i]!;
        else break;
      }
    }
    if (safeClosest(unit, SKIP_SEL)) continue;
    out.push(unit);
  }
  return out;
}

/** Text an element needs to count as another item (a post, a listing) rather than a posting's own line. */
const ITEM_TEXT = 80;

/**
 * Whether `outer` is a list that holds `inner` among other items: the child of `outer` leading to
 * `inner` has a sibling of the same tag and class (repeated cards or posts), or a non-heading sibling
 * with {@link ITEM_TEXT}+ characters (another post). A posting's own parts (author line, company line,
 * "Like · Share" bar) are shorter than that.
 */
export function holdsOtherItems(outer: Element, inner: Element): boolean {
  let branch: Element = inner;
  while (branch.parentElement && branch.parentElement !== outer) branch = branch.parentElement;
  if (branch.parentElement !== outer) return false;
  let checked = 0;
  for (let s = outer.firstElementChild; s && checked < 500; s = s.nextElementSibling, checked++) {
    if (s === branch) continue;
    if (s.tagName === branch.tagName && s.className === branch.className && (s.textContent ?? '').trim().length >= MIN_TEXT / 2) return true;
    if (!/^H[1-6]$/.test(s.tagName) && (s.textContent ?? '').trim().length >= ITEM_TEXT) return true;
  }
  return false;
}

function titleOf(el: Element): string | undefined {
  const h = el.querySelector('h1,h2,h3,h4,[itemprop="title"],[class*="title" i]');
  const t = (h?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 300) : undefined;
}

/** Postings found by the generic extractor in `root` (JSON-LD first, then text blocks not overlapping them). */
export function findGeneric(root: ParentNode, url: URL): FoundPosting[] {
  const out = fromJsonLd(root, url);
  const claimed = out.map((f) => f.element);
  for (const el of jobBlocks(root)) {
    if (claimed.some((c) => c.contains(el) || el.contains(c))) continue;
    // Whole text (a filler-padded paragraph may exceed MAX_BLOCK), words-per-line runs joined, then trimmed.
    const text = trimForAnalysis(joinWordLines(blockText(el, 1_000_000)));
    if (!looksLikeJobText(text)) continue;
    const posting: Posting = { text, source: 'generic', url: url.href };
    const title = titleOf(el);
    if (title) posting.title = title;
    out.push({ key: `generic:${hashText(`${title ?? ''}\n${text}`)}`, posting, element: el, kind: 'post' });
  }
  return out;
}

/** The generic adapter: serves every http(s) and file page; always last in the registry. */
export const genericAdapter: SiteAdapter = {
  id: 'generic',
  matches: (url) => url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:',
  find: (root, url) => {
    try {
      return findGeneric(root, url);
    } catch {
      return [];
    }
  },
};
