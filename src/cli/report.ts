/**
 * The readable (non-JSON) report of `lure-lens scan`: per posting its risk level, score,
 * language, the named combination pattern with its explanation, and each finding with its indicator id and name, the quoted evidence
 * and the plain-language explanation (English, from src/locales/en via the i18n translator).
 */
import type { Assessment, Posting, RiskLevel } from '../engine/types';
import type { IndicatorList } from '../list/schema';
import { translator } from '../i18n/index';
import { patternKey } from '../background/warning-view';

const LEVEL_LABEL: Record<RiskLevel, string> = {
  high: 'HIGH RISK',
  medium: 'MEDIUM RISK',
  low: 'low risk (no warning shown)',
  none: 'nothing found',
};

/** Longest evidence quote shown, in characters. */
const QUOTE_MAX = 160;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat}"`;
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '');
}

/** Formats readable reports; holds the indicator names and the English explanations. */
export class ReadableReport {
  private readonly t = translator('en');
  private readonly names = new Map<string, string>();
  private readonly counts: Record<RiskLevel, number> = { high: 0, medium: 0, low: 0, none: 0 };

  constructor(list: IndicatorList) {
    for (const ind of list.indicators) this.names.set(ind.id, ind.name);
  }

  /**
   * The report block for one posting (ends with a blank line).
   * @param id the id echoed from the input or the posting's index
   * @param where where the posting was read ("line 3", "posting 2", "stdin")
   */
  posting(id: string | number, where: string, posting: Posting, a: Assessment): string {
    this.counts[a.level]++;
    const out: string[] = [];
    const head = [`score ${round(a.score)}`, `language ${a.lang}`];
    if (a.pattern) head.push(`pattern ${a.pattern}`);
    out.push(`── ${typeof id === 'number' ? `#${id}` : id} (${where}) ${'─'.repeat(Math.max(3, 50 - String(id).length - where.length))}`);
    out.push(`${LEVEL_LABEL[a.level]} · ${head.join(' · ')}`);
    if (posting.title) out.push(`  title: ${posting.title.replace(/\s+/g, ' ').trim().slice(0, 120)}`);
    if (a.pattern) {
      const key = patternKey(a.pattern);
      const text = this.t(key);
      if (text !== key) out.push(`  ${a.pattern}: ${text}`);
    }
    for (const f of a.findings) {
      const name = this.names.get(f.indicator);
      const field = f.evidence.field && f.evidence.field !== 'text' ? ` (in ${f.evidence.field})` : '';
      out.push(`  ${f.indicator}${name ? ` ${name}` : ''} [${f.category}, +${round(f.weight)}]`);
      out.push(`      evidence${field}: ${quote(f.evidence.text)}`);
      const why = f.explanationKey ? this.t(f.explanationKey) : '';
      // The translator returns the key itself when no text exists yet: show nothing rather than a key.
      if (why && why !== f.explanationKey) out.push(`      why it matters: ${why}`);
    }
    out.push('');
    return `${out.join('\n')}\n`;
  }

  /** The closing summary line: postings per level and how many were skipped. */
  summary(skipped: number): string {
    const c = this.counts;
    const total = c.high + c.medium + c.low + c.none;
    const warned = c.high + c.medium;
    return (
      `scanned ${total} posting${total === 1 ? '' : 's'}: ${warned} with a warning (${c.high} high, ${c.medium} medium), ` +
      `${c.low} low, ${c.none} none` +
      (skipped ? `; ${skipped} skipped (see messages on stderr)` : '') +
      '\n'
    );
  }
}
