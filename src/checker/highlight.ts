/**
 * Split a pasted message into plain and highlighted segments from the engine's findings.
 *
 * Evidence offsets are UTF-16 offsets into the ORIGINAL text (see src/engine/types.ts Evidence), so the
 * segments are plain slices of `text`: concatenating every segment's `text` gives `text` back exactly.
 * Overlapping or touching evidence ranges are merged into one highlight that names every indicator involved.
 * Findings that point into another field (title, company…) or carry out-of-range offsets are skipped, never thrown.
 */
import type { Finding } from '../engine/types';

/** One run of the message: `indicators` is empty for plain text, else the ids whose evidence covers it. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  indicators: string[];
}

/**
 * @param text the message as pasted (the same string given to `analyze` as `posting.text`)
 * @param findings the assessment's findings
 * @returns segments in reading order, covering `text` without gaps
 */
export function highlightSegments(text: string, findings: readonly Finding[]): Segment[] {
  const ranges = findings
    .filter((f) => (f.evidence.field ?? 'text') === 'text')
    .map((f) => ({ start: f.evidence.start, end: f.evidence.end, id: f.indicator }))
    .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end <= text.length && r.start < r.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const merged: { start: number; end: number; ids: string[] }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      if (!last.ids.includes(r.id)) last.ids.push(r.id);
    } else {
      merged.push({ start: r.start, end: r.end, ids: [r.id] });
    }
  }

  const out: Segment[] = [];
  let pos = 0;
  for (const m of merged) {
    if (m.start > pos) out.push({ text: text.slice(pos, m.start), start: pos, end: m.start, indicators: [] });
    out.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end, indicators: m.ids });
    pos = m.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), start: pos, end: text.length, indicators: [] });
  return out;
}

/** A finding grouped per indicator, strongest first: what the result list shows once per indicator. */
export interface IndicatorGroup {
  indicator: string;
  category: string;
  explanationKey?: string;
  /** Highest weight among this indicator's findings. */
  weight: number;
  /** Distinct evidence quotes, in the order the engine reported them. */
  quotes: string[];
}

/**
 * Group findings by indicator, sorted by weight (desc) then first position, with duplicate quotes removed.
 */
export function groupFindings(findings: readonly Finding[]): IndicatorGroup[] {
  const byId = new Map<string, IndicatorGroup & { first: number }>();
  for (const f of findings) {
    // Sub-indicators (gazetteer tiers IND-07/07b/07c) share an explanation: show that reason once.
    const key = f.explanationKey ?? f.indicator;
    const g = byId.get(key);
    const quote = f.evidence.text.trim();
    if (!g) {
      byId.set(key, {
        indicator: f.indicator,
        category: f.category,
        explanationKey: f.explanationKey,
        weight: f.weight,
        quotes: quote ? [quote] : [],
        first: f.evidence.start,
      });
    } else {
      g.weight = Math.max(g.weight, f.weight);
      g.first = Math.min(g.first, f.evidence.start);
      if (quote && !g.quotes.includes(quote)) g.quotes.push(quote);
    }
  }
  return [...byId.values()]
    .sort((a, b) => b.weight - a.weight || a.first - b.first)
    .map(({ first: _first, ...g }) => g);
}
