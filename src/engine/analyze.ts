/**
 * analyze(posting, list) → Assessment. FIRST CUT: normalise → match → score.
 * (The engine helper replaces this with the full pipeline: offset-mapped normalisation,
 * combination patterns, dampeners, salary parsing, language detection.)
 */
import type { Assessment, Finding, Posting, RiskLevel } from './types';
import type { IndicatorList } from '../list/schema';

/**
 * Assess one posting against an indicator list.
 * @param posting the posting text and optional fields
 * @param list a validated indicator list
 * @returns the assessment; never throws on odd text (empty text gives level "none")
 */
export function analyze(posting: Posting, list: IndicatorList): Assessment {
  const text = posting.text ?? '';
  const lower = text.toLowerCase();
  const findings: Finding[] = [];
  for (const ind of list.indicators) {
    for (const sources of Object.values(ind.patterns)) {
      let hit: Finding | undefined;
      for (const src of sources) {
        const m = new RegExp(src, 'iu').exec(lower);
        if (m) {
          hit = {
            indicator: ind.id,
            category: ind.category,
            weight: ind.weight,
            explanationKey: ind.explanationKey,
            evidence: { text: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length },
          };
          break;
        }
      }
      if (hit) {
        findings.push(hit);
        break;
      }
    }
  }
  const score = findings.reduce((s, f) => s + f.weight, 0);
  const hard = list.indicators.some((i) => i.strength === 'H' && findings.some((f) => f.indicator === i.id));
  const level: RiskLevel = hard || score >= list.thresholds.high ? 'high' : score >= list.thresholds.medium ? 'medium' : score > 0 ? 'low' : 'none';
  return { level, score, lang: /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en', findings };
}
