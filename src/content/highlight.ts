/**
 * Highlights evidence words inside the post itself with the CSS Custom Highlight API: ranges are
 * registered with `CSS.highlights`, so the page's DOM, layout and direction are untouched. Where the
 * API is missing (older Firefox), nothing happens: the warning still quotes the evidence.
 */
import { HIGHLIGHT_CSS, HIGHLIGHT_NAME } from './styles';

type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void; delete(r: Range): boolean; size: number };
type Registry = { get(n: string): unknown; set(n: string, h: unknown): void; delete(n: string): boolean };

const active = new Map<object, Range[]>();
let styled = false;

function api(): { H: HighlightCtor; reg: Registry } | undefined {
  const g = globalThis as unknown as { Highlight?: HighlightCtor; CSS?: { highlights?: Registry } };
  return g.Highlight && g.CSS?.highlights ? { H: g.Highlight, reg: g.CSS.highlights } : undefined;
}

/** Ranges of each phrase's first occurrence inside single text nodes of `el` (case-insensitive). */
export function findRanges(el: Element, phrases: string[]): Range[] {
  const doc = el.ownerDocument;
  const wanted = phrases.map((p) => p.trim()).filter((p) => p.length >= 2);
  if (wanted.length === 0) return [];
  const out: Range[] = [];
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const left = new Set(wanted.map((w) => w.toLowerCase()));
  let visited = 0;
  for (let n = walker.nextNode(); n && left.size > 0 && visited < 20_000; n = walker.nextNode(), visited++) {
    const v = (n.nodeValue ?? '').toLowerCase();
    for (const w of [...left]) {
      const i = v.indexOf(w);
      if (i < 0) continue;
      const r = doc.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + w.length);
      out.push(r);
      left.delete(w);
    }
  }
  return out;
}

function refresh(): void {
  const a = api();
  if (!a) return;
  const all = [...active.values()].flat();
  if (all.length === 0) a.reg.delete(HIGHLIGHT_NAME);
  else a.reg.set(HIGHLIGHT_NAME, new a.H(...all));
}

function ensureStyle(doc: Document): void {
  if (styled) return;
  styled = true;
  try {
    const s = new CSSStyleSheet();
    s.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
  } catch {
    /* without the rule the highlight is invisible; the quoted evidence in the warning remains */
  }
}

/**
 * Highlight `phrases` in `el` for `owner` (one warning). Call with an empty list to remove them.
 * @returns how many phrases were found and highlighted
 */
export function setHighlights(owner: object, el: Element | undefined, phrases: string[]): number {
  if (!api() || !el) {
    active.delete(owner);
    return 0;
  }
  const ranges = phrases.length ? findRanges(el, phrases) : [];
  if (ranges.length) {
    ensureStyle(el.ownerDocument);
    active.set(owner, ranges);
  } else active.delete(owner);
  refresh();
  return ranges.length;
}
