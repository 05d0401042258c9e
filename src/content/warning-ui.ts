/**
 * The in-page warning: a `<lurelens-warning>` host element with an open shadow root, so the page's
 * styles cannot reach it and ours cannot leak. All page-derived text (evidence, posting words) goes
 * in with `textContent` / text nodes only — never as HTML. Keyboard operable (native buttons,
 * `aria-expanded` disclosures); colour is never the only signal (icon shape + "Danger"/"Caution" words).
 */
import type { WarningView } from '../messaging/protocol';
import type { Posting } from '../engine/types';
import { WARNING_CSS } from './styles';

/** Tag name of the host element (a valid custom-element name, so attachShadow is allowed). */
export const HOST_TAG = 'lurelens-warning';

export interface WarningHandlers {
  onWhy(expanded: boolean): void;
  onDismiss(): void;
  onShowAnyway(): void;
  /** The report URL for the posting; `withText` when the user ticked "include the text". */
  reportHref(withText: boolean): string;
}

export interface WarningRenderInput {
  view: WarningView;
  posting: Posting;
  strings: Record<string, string>;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** Whether "show anyway" is offered (a danger post that is dimmed). */
  dimmed: boolean;
}

let sheet: CSSStyleSheet | undefined | null;

/** One constructed stylesheet shared by every warning (null where unsupported, e.g. some Firefox content scripts). */
function sharedSheet(): CSSStyleSheet | null {
  if (sheet !== undefined) return sheet;
  try {
    const s = new CSSStyleSheet();
    s.replaceSync(WARNING_CSS);
    sheet = s;
  } catch {
    sheet = null;
  }
  return sheet;
}

function applyStyles(root: ShadowRoot): void {
  const s = sharedSheet();
  if (s) {
    try {
      root.adoptedStyleSheets = [s];
      return;
    } catch {
      /* fall back to a <style> element */
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = WARNING_CSS;
  root.append(style);
}

type Child = Node | string | null | undefined | false;

/** Create an element with attributes and children; strings become text nodes (never parsed). */
function h(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return el;
}

/** Danger: an octagon; caution: a triangle — shapes differ, so level is not told by colour alone. */
function icon(doc: Document, level: 'medium' | 'high'): SVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = doc.createElementNS(NS, level === 'high' ? 'polygon' : 'path');
  if (level === 'high') shape.setAttribute('points', '7.3,1 16.7,1 23,7.3 23,16.7 16.7,23 7.3,23 1,16.7 1,7.3');
  else shape.setAttribute('d', 'M12 1.5 23 21.5H1Z');
  shape.setAttribute('fill', level === 'high' ? '#B3261E' : '#8A4B00');
  const bar = doc.createElementNS(NS, 'rect');
  bar.setAttribute('x', '10.6');
  bar.setAttribute('y', level === 'high' ? '5.5' : '8');
  bar.setAttribute('width', '2.8');
  bar.setAttribute('height', level === 'high' ? '8.5' : '7');
  bar.setAttribute('fill', '#FFFFFF');
  const dot = doc.createElementNS(NS, 'circle');
  dot.setAttribute('cx', '12');
  dot.setAttribute('cy', level === 'high' ? '17.5' : '18.2');
  dot.setAttribute('r', '1.6');
  dot.setAttribute('fill', '#FFFFFF');
  svg.append(shape, bar, dot);
  return svg;
}

/** Evidence with up to 50 characters of the posting around it: [before, evidence, after]. */
export function evidenceContext(posting: Posting, ev: WarningView['reasons'][number]['evidence'], span = 50): [string, string, string] {
  const field = ev.field ?? 'text';
  const src = (posting as unknown as Record<string, string | undefined>)[field] ?? '';
  const okOffsets = ev.start >= 0 && ev.end <= src.length && ev.start < ev.end && src.slice(ev.start, ev.end) === ev.text;
  if (!okOffsets) return ['', ev.text, ''];
  const a = Math.max(0, ev.start - span);
  const b = Math.min(src.length, ev.end + span);
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return [`${a > 0 ? '…' : ''}${clean(src.slice(a, ev.start))}`, ev.text, `${clean(src.slice(ev.end, b))}${b < src.length ? '…' : ''}`];
}

let seq = 0;

/**
 * Build (or rebuild) the warning inside `root`. Returns the container element.
 * The host element's attributes are set by the caller; this only fills the shadow root.
 */
export function renderWarning(root: ShadowRoot, input: WarningRenderInput, on: WarningHandlers): HTMLElement {
  const doc = root.ownerDocument;
  const s = (k: string, ...subs: string[]) => (input.strings[k] ?? k).replace(/\$(\d)/g, (m, d: string) => subs[Number(d) - 1] ?? m);
  const id = `w${++seq}`;
  const { view } = input;
  for (const n of Array.from(root.childNodes)) if (n.nodeName !== 'STYLE') n.remove();

  const titleId = `${id}-t`;
  const box = h(doc, 'div', {
    class: 'll',
    'data-level': view.level,
    'data-testid': 'lurelens-warning',
    role: 'group',
    'aria-labelledby': titleId,
    dir: input.dir,
    lang: input.locale.replace('_', '-'),
  });
  const head = h(doc, 'div', { class: 'head' }, icon(doc, view.level), h(doc, 'p', { class: 'title', id: titleId }, view.headline), h(doc, 'span', { class: 'brand' }, s('warning_brand')));
  box.append(head);
  if (view.summary) box.append(h(doc, 'p', { class: 'summary' }, view.summary));
  const reasons = h(doc, 'ul', { class: 'reasons' });
  for (const r of view.reasons) reasons.append(h(doc, 'li', { title: r.short }, r.short));
  if (view.reasons.length) box.append(reasons);

  // Full explanations with the evidence quoted (and highlighted in the post by the caller).
  const details = h(doc, 'div', { class: 'details', id: `${id}-d`, hidden: '' });
  for (const r of view.reasons) {
    const [before, ev, after] = evidenceContext(input.posting, r.evidence);
    details.append(
      h(doc, 'div', { class: 'reason' },
        h(doc, 'p', { class: 'expl' }, r.explanation),
        h(doc, 'p', { class: 'ev' }, `${s('warning_found')} `, h(doc, 'span', { class: 'ctx' }, before), h(doc, 'mark', {}, ev), h(doc, 'span', { class: 'ctx' }, after)),
      ),
    );
  }
  details.append(h(doc, 'p', { class: 'advice' }, s('warning_advice')));

  // "This is wrong": the report is opened by the user; the posting text only when the box is ticked.
  const report = h(doc, 'div', { class: 'report', id: `${id}-r`, hidden: '' });
  const include = h(doc, 'input', { type: 'checkbox', id: `${id}-i` }) as HTMLInputElement;
  const open = h(doc, 'a', { class: 'btn', target: '_blank', rel: 'noopener noreferrer', href: on.reportHref(false), 'data-testid': 'lurelens-report-link' }, s('warning_open_report'));
  include.addEventListener('change', () => open.setAttribute('href', on.reportHref(include.checked)));
  report.append(h(doc, 'p', {}, s('warning_report_intro')), h(doc, 'label', { for: `${id}-i` }, include, s('warning_include_text')), open);

  const why = h(doc, 'button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': details.id, 'data-action': 'why' }, s('warning_why'));
  why.addEventListener('click', () => {
    const open_ = details.hidden;
    details.hidden = !open_;
    why.setAttribute('aria-expanded', String(open_));
    why.textContent = s(open_ ? 'warning_hide_why' : 'warning_why');
    on.onWhy(open_);
  });
  const actions = h(doc, 'div', { class: 'actions' }, why);
  if (input.dimmed) {
    const show = h(doc, 'button', { type: 'button', 'data-action': 'show' }, s('warning_show_anyway'));
    show.addEventListener('click', () => {
      show.remove();
      on.onShowAnyway();
    });
    actions.append(show);
  }
  const dismiss = h(doc, 'button', { type: 'button', 'data-action': 'dismiss' }, s('warning_dismiss'));
  dismiss.addEventListener('click', () => on.onDismiss());
  const wrong = h(doc, 'button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': report.id, 'data-action': 'wrong' }, s('warning_wrong'));
  wrong.addEventListener('click', () => {
    report.hidden = !report.hidden;
    wrong.setAttribute('aria-expanded', String(!report.hidden));
  });
  actions.append(dismiss, wrong);
  box.append(actions, details, report);
  root.append(box);
  return box;
}

/** A new, empty warning host with its shadow root and styles. */
export function createHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-lurelens-host', '');
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root);
  return { host, root };
}

/** Visually hidden live region (in its own shadow host) that announces new warnings once. */
export function createAnnouncer(doc: Document): { host: HTMLElement; announce(text: string): void } {
  const host = doc.createElement('lurelens-announcer');
  host.setAttribute('data-lurelens-host', '');
  host.setAttribute('style', 'all:initial;position:fixed;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);');
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root);
  const region = h(doc, 'div', { class: 'sr', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true', 'data-testid': 'lurelens-live' });
  root.append(region);
  return {
    host,
    announce(text: string) {
      // Replace the text so each warning is read once; a screen reader ignores unchanged text.
      region.textContent = text;
    },
  };
}
