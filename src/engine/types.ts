/**
 * Core data shapes of the LureLens detection engine.
 *
 * Data flows one way: page → site adapter → {@link Posting} → engine
 * (normalise → match → combine → score) → {@link Assessment} → warning and popup.
 * Nothing here may touch the DOM or a browser API (enforced by src/engine/tsconfig.json).
 */

/** Risk level of a posting. "medium" and "high" show a warning on the page. */
export type RiskLevel = 'none' | 'low' | 'medium' | 'high';

/** Which part of a posting a piece of evidence points into. */
export type PostingField = 'text' | 'title' | 'company' | 'location' | 'salary';

/**
 * One job listing, recruitment post or message, as plain text.
 * `text` is the body; the optional fields come from structured data when a site adapter finds them.
 */
export interface Posting {
  text: string;
  title?: string;
  company?: string;
  location?: string;
  salary?: string;
  /** Page or permalink URL of the posting (used for the careers-site dampener). */
  url?: string;
  /** Where the posting came from: a site adapter id ("linkedin", "generic"), "paste", "cli"… */
  source?: string;
}

/**
 * The words that made an indicator fire. `start`/`end` are UTF-16 offsets into the
 * ORIGINAL (un-normalised) string of `field` (default "text"), so `posting[field].slice(start, end) === text`.
 */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  field?: PostingField;
}

/** One indicator that fired, with its evidence. */
export interface Finding {
  /** Indicator id from the indicator list, e.g. "IND-11". */
  indicator: string;
  /** Indicator category, e.g. "offer", "contact", "payment", "place", "task". */
  category: string;
  evidence: Evidence;
  /** Weight added to the score (after dampening), see the list's weights. */
  weight: number;
  /** Message key of the plain-language explanation (localised in src/locales). */
  explanationKey?: string;
}

/** Result of {@link analyze} for one posting. */
export interface Assessment {
  level: RiskLevel;
  /** Sum of finding weights after dampeners; unitless, ≥ 0. */
  score: number;
  /** ISO 639-1 code of the main language detected ("und" when unknown). */
  lang: string;
  findings: Finding[];
  /** Id of the named combination pattern that decided the level, if any (e.g. "P-T1"). */
  pattern?: string;
  /** Ids of the risk-lowering contexts that applied ("D-AWARE", "careers-site", "plausible-salary"…). */
  contexts?: string[];
  /** The highest salary found, judged against the role's usual pay (see src/engine/salary.ts). */
  salary?: SalaryInfo;
}

/** A parsed salary: amount in `currency` per `period`, about `monthlyUSD` a month, `ratio` × usual pay. */
export interface SalaryInfo {
  currency: string;
  period: 'hour' | 'day' | 'week' | 'month' | 'year';
  amount: number;
  monthlyUSD: number;
  ratio: number;
  verdict: 'high' | 'plausible' | 'unknown';
}
