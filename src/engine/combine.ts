/**
 * Combination logic (indicators.md §3): from the indicators that fired to a risk level and the
 * named pattern that explains it.
 *
 *  - Score = for each indicator family, the highest weight among its fired (sub-)indicators;
 *    plus dampeners (negative). Families, not sub-indicators, are counted, so "Cambodia" and
 *    "Sihanoukville" together are one place signal.
 *  - Hard indicators (strength H) warn alone: level "high".
 *  - Named patterns from the list's `rules` (P-T1 trafficking lure = place/route + bait + easy
 *    role or informal contact; P-T2 hard trafficking flags; P-F1 task scam; P-F2 fee / mule /
 *    reship; P-F3 generic fake job): the first rule that fires names the pattern and guarantees
 *    its level (raised to "high" at `highScore`).
 *  - Otherwise the score alone may warn only when at least `minNonWeakForScoreWarning` distinct
 *    families of strength M or more fired: weak signals (urgency, age limits, "no experience",
 *    job titles, Tier C cities) never warn alone.
 *  - Dampeners lower the score but never cancel a hard indicator; an awareness/news context
 *    with `capLevel` caps the level (a post that warns about lures must not itself warn).
 */
import type { IndicatorList, Rule } from '../list/schema';
import type { RiskLevel } from './types';

export interface FiredFamily {
  family: string;
  /** Exact ids of the (sub-)indicators of this family that fired ("IND-07b"). */
  ids: string[];
  strength: 'W' | 'M' | 'S' | 'H';
  weight: number;
  roles: string[];
}

export interface CombineInput {
  fired: FiredFamily[];
  /** Sum of dampener weights (≤ 0). */
  dampening: number;
  /** Lowest cap requested by a context (undefined = none). */
  cap?: RiskLevel;
}

export interface CombineResult {
  level: RiskLevel;
  score: number;
  pattern?: string;
  patternKey?: string;
}

const ORDER: RiskLevel[] = ['none', 'low', 'medium', 'high'];
const rank = (l: RiskLevel) => ORDER.indexOf(l);
const maxLevel = (a: RiskLevel, b: RiskLevel) => (rank(a) >= rank(b) ? a : b);
const minLevel = (a: RiskLevel, b: RiskLevel) => (rank(a) <= rank(b) ? a : b);

/** True when every clause of `rule` is met by the fired families. */
export function ruleFires(rule: Rule, fired: FiredFamily[]): boolean {
  return rule.when.every((clause) => {
    const hits = new Set<string>();
    for (const entry of clause.anyOf) {
      if (entry.startsWith('role:')) {
        const role = entry.slice(5);
        for (const f of fired) if (f.roles.includes(role)) hits.add(f.family);
      } else {
        // exact id: "IND-17" is the passport hand-over, not its sub-indicator "IND-17b"
        for (const f of fired) if (f.ids.includes(entry)) hits.add(f.family);
      }
    }
    return hits.size >= (clause.min ?? 1);
  });
}

export function combine(list: Pick<IndicatorList, 'thresholds' | 'rules' | 'scoring'>, input: CombineInput): CombineResult {
  const { fired } = input;
  const raw = fired.reduce((s, f) => s + f.weight, 0);
  const hard = fired.some((f) => f.strength === 'H');
  const score = Math.max(0, raw + input.dampening);
  const nonWeak = fired.filter((f) => f.strength !== 'W').length;
  const minNonWeak = list.scoring?.minNonWeakForScoreWarning ?? 2;

  let level: RiskLevel = score > 0 || fired.length > 0 ? 'low' : 'none';
  if (nonWeak >= minNonWeak) {
    if (score >= list.thresholds.high) level = 'high';
    else if (score >= list.thresholds.medium) level = 'medium';
  }
  let pattern: Rule | undefined;
  for (const rule of list.rules ?? []) {
    if (ruleFires(rule, fired)) {
      pattern = rule;
      break;
    }
  }
  if (pattern) {
    let pl: RiskLevel = pattern.level;
    if (pattern.highScore !== undefined && score >= pattern.highScore) pl = 'high';
    level = maxLevel(level, pl);
  }
  if (hard) level = 'high';
  if (input.cap) level = minLevel(level, input.cap);
  if (level === 'none' || level === 'low') {
    // a capped or unconvincing post keeps its findings but names no pattern
    return { level, score };
  }
  return pattern ? { level, score, pattern: pattern.id, patternKey: pattern.explanationKey } : { level, score };
}
