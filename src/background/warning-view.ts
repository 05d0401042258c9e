/**
 * Builds the localised content of an in-page warning from an assessment (pure; runs in the background
 * so the content script never loads the engine or the locale bundles).
 */
import type { Assessment, Finding } from '../engine/types';
import type { WarningReason, WarningView } from '../messaging/protocol';

type T = (key: string, subs?: (string | number)[]) => string;

/** How many reasons the warning lists (issue 6: "the two or three strongest"). */
export const MAX_REASONS = 3;

/** First sentence of `text`, at most `max` characters (ellipsis when cut). */
export function firstSentence(text: string, max = 140): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const m = /^(.+?[.!?。！？؟])(\s|$)/u.exec(t);
  const s = m ? m[1]! : t;
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** Message key of a named combination pattern: "P-T1" → "pattern_t1". */
export function patternKey(pattern: string): string {
  return `pattern_${pattern.toLowerCase().replace(/^p-/, '').replace(/[^a-z0-9]+/g, '_')}`;
}

/** Strongest finding per indicator, by weight, at most `max`. */
export function strongestFindings(findings: Finding[], max = MAX_REASONS): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const cur = best.get(f.indicator);
    if (!cur || f.weight > cur.weight) best.set(f.indicator, f);
  }
  return [...best.values()].sort((a, b) => b.weight - a.weight).slice(0, max);
}

/** Message key derived from an indicator id: "IND-11" → "ind_11" (the locale files' naming). */
export function indicatorKey(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

/**
 * Localised explanation of a finding: its explanationKey, else the key derived from its indicator id,
 * else a generic line naming the indicator (never blank).
 */
export function explain(f: Finding, t: T): string {
  for (const key of [f.explanationKey, indicatorKey(f.indicator)]) {
    if (!key) continue;
    const text = t(key);
    if (text && text !== key) return text;
  }
  return t('warning_reason_fallback', [f.indicator]);
}

/**
 * The warning for a medium/high assessment, or undefined for none/low.
 * Explanations come from `t(finding.explanationKey)`; a missing text (t returns the key) falls back
 * to a generic line naming the indicator id, so a reason is never blank.
 */
export function buildWarningView(a: Assessment, t: T): WarningView | undefined {
  if (a.level !== 'medium' && a.level !== 'high') return undefined;
  // Two indicators can share an explanation (a hub city and a border route): one line per distinct reason.
  const reasons: WarningReason[] = [];
  for (const f of strongestFindings(a.findings, Infinity)) {
    const explanation = explain(f, t);
    if (reasons.some((r) => r.explanation === explanation)) continue;
    reasons.push({ indicator: f.indicator, short: firstSentence(explanation), explanation, evidence: f.evidence });
    if (reasons.length >= MAX_REASONS) break;
  }
  const view: WarningView = {
    level: a.level,
    headline: t(a.level === 'high' ? 'warning_danger_title' : 'warning_caution_title'),
    reasons,
  };
  if (a.pattern) {
    const k = patternKey(a.pattern);
    const s = t(k);
    if (s && s !== k) view.summary = firstSentence(s, 200);
  }
  return view;
}
