/**
 * The indicators found in a posting: one item per indicator with its plain-language explanation and the
 * posting's own words quoted as evidence (inserted as text, never as HTML).
 */
import type { Finding } from '../../engine/types';
import type { T } from '../use-ui';

/**
 * Findings grouped per explanation (sub-indicators such as the gazetteer tiers IND-07/07b/07c share one),
 * strongest first, at most 3 distinct evidence quotes each — so a reader never sees the same reason twice.
 */
export function groupFindings(findings: readonly Finding[]): { indicator: string; explanationKey?: string; weight: number; quotes: string[] }[] {
  const by = new Map<string, { indicator: string; explanationKey?: string; weight: number; quotes: string[] }>();
  for (const f of findings) {
    const key = f.explanationKey ?? f.indicator;
    const g = by.get(key) ?? { indicator: f.indicator, explanationKey: f.explanationKey, weight: 0, quotes: [] };
    g.weight = Math.max(g.weight, f.weight);
    const q = f.evidence?.text?.trim();
    if (q && g.quotes.length < 3 && !g.quotes.some((x) => x.toLowerCase() === q.toLowerCase())) g.quotes.push(q.length > 140 ? q.slice(0, 140) + '…' : q);
    by.set(key, g);
  }
  return [...by.values()].sort((a, b) => b.weight - a.weight);
}

/**
 * The localised explanation of a finding: its explanationKey, else the text keyed by the indicator id
 * ("IND-01" → "ind_01", how src/locales/<locale>/indicators.json names them), else a generic sentence.
 */
export function explain(t: T, explanationKey: string | undefined, indicator: string): string {
  const byId = `ind_${indicator.replace(/^[A-Z]+-/, '').toLowerCase()}`;
  for (const key of [explanationKey, byId]) {
    if (!key) continue;
    const s = t(key);
    if (s !== key) return s;
  }
  return t('finding_generic', [indicator]);
}

export function FindingList({ findings, t }: { findings: readonly Finding[]; t: T }) {
  const groups = groupFindings(findings);
  if (!groups.length) return null;
  return (
    <ul class="ll-findings">
      {groups.map((g) => (
        <li key={g.indicator} data-indicator={g.indicator}>
          <p class="ll-explanation">{explain(t, g.explanationKey, g.indicator)}</p>
          {g.quotes.length > 0 && (
            <p class="ll-evidence">
              <span class="ll-evidence-label">{t('popup_evidence_label')} </span>
              {g.quotes.map((q, i) => (
                <>
                  {i > 0 && ' · '}
                  <q><bdi>{q}</bdi></q>
                </>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
