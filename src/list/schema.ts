/**
 * Schema of the indicator list: the versioned JSON document that holds every indicator
 * (with per-language patterns and self-test examples), the reporting channels and the
 * site-adapter selectors. Validated with zod; no hand-written checks.
 *
 * Format changes bump `schemaVersion`; content changes bump `listVersion`.
 */
import { z } from 'zod';

// MV3 service workers forbid eval; zod's JIT would probe `new Function` — switch it off everywhere.
z.config({ jitless: true });

/** The list format this build understands. Lists with another schemaVersion are ignored. */
export const SUPPORTED_SCHEMA_VERSION = 1;

/** "YYYY.MM.DD" or "YYYY.MM.DD.N"; compared part by part (see compareListVersions). */
const listVersion = z.string().regex(/^\d{4}\.\d{2}\.\d{2}(\.\d{1,4})?$/, 'listVersion must look like 2026.11.29 or 2026.11.29.1');
const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date');

/** Language tag of a pattern set: ISO 639-1 code, or "*" for language-independent patterns. */
const langKey = z.string().regex(/^(\*|[a-z]{2,3})$/);

export const StrengthSchema = z.enum(['W', 'M', 'S', 'H']);

const exampleSchema = z.object({ lang: langKey, text: z.string().min(1).max(2000) });

export const IndicatorSchema = z.object({
  /** Stable id, e.g. "IND-01". */
  id: z.string().regex(/^[A-Z]{2,4}-\d{2,3}[a-z]?$/),
  /** Short English name for maintainers. */
  name: z.string().min(1).max(120),
  category: z.string().min(1).max(40),
  /** Signal strength alone: W weak, M medium, S strong, H hard (warns alone). */
  strength: StrengthSchema,
  weight: z.number().min(0).max(10),
  /** Roles this indicator plays in the combination rules (e.g. "place", "bait", "easy-role", "contact"). */
  roles: z.array(z.string().min(1).max(40)).max(10).default([]),
  /**
   * Regular-expression sources per language, compiled with flags "gu" against the normalised text (sources are lower-cased outside escapes, see src/engine/pattern-text.ts).
   * Normalised text is NFKC, case-folded, without zero-width characters or Arabic diacritics.
   */
  patterns: z.record(langKey, z.array(z.string().min(1).max(400)).max(200)),
  /**
   * Negation cues per language (regex sources, same flags): when one matches in the short
   * window of the same sentence just before a pattern hit ("no fees", "we never ask for your
   * passport"), that hit is ignored. Optional; added in the detection-quality work.
   */
  negations: z.record(langKey, z.array(z.string().min(1).max(400)).max(100)).default({}),
  /**
   * Partners that make this indicator one step stronger (W→M→S, indicators.md §3.3), e.g. high
   * pay (M) with "no experience" becomes S. Entries are indicator ids (family match).
   */
  strongWith: z.array(z.string().min(1).max(40)).max(20).default([]),
  /** Message key of the plain-language explanation. */
  explanationKey: z.string().regex(/^[a-z0-9_]+$/),
  /** Source ids or URLs backing this indicator (see docs/indicator sources). */
  sources: z.array(z.string().min(1).max(400)).min(1),
  /** Self-test examples run by the test suite and by `lure-lens list validate`. */
  examples: z.object({
    match: z.array(exampleSchema).min(1),
    noMatch: z.array(exampleSchema).default([]),
  }),
});

/**
 * A named combination pattern (indicators.md §3.2). It fires when every clause is met; a clause
 * is met when at least `min` distinct indicator families among `anyOf` fired. `anyOf` entries
 * are exact indicator ids ("IND-10", "IND-07c") or roles ("role:place"). The first rule that fires (in list order) names the assessment's pattern.
 */
export const RuleSchema = z.object({
  id: z.string().regex(/^P-[A-Z]\d{1,2}$/),
  explanationKey: z.string().regex(/^[a-z0-9_]+$/),
  /** Level the pattern guarantees at least. */
  level: z.enum(['low', 'medium', 'high']),
  /** Score at or above which the pattern raises the level to "high". */
  highScore: z.number().positive().optional(),
  when: z
    .array(z.object({ anyOf: z.array(z.string().min(1).max(40)).min(1).max(60), min: z.number().int().min(1).max(20).default(1) }))
    .min(1)
    .max(10),
  sources: z.array(z.string().min(1).max(400)).default([]),
});

/**
 * Context that lowers the risk (indicators.md §3.4): awareness posts, news reports, licensed
 * agencies. `patterns` are regex sources per language matched on the normalised text; when at
 * least `minHits` distinct patterns match, the score drops by `weight` (≤ 0) and, with
 * `capLevel`, the level is capped (an awareness post quoting a lure must not warn).
 */
export const ContextSchema = z.object({
  id: z.string().regex(/^D-[A-Z]{2,12}$/),
  kind: z.enum(['awareness', 'news', 'licensed', 'careers', 'other']),
  weight: z.number().min(-10).max(0),
  minHits: z.number().int().min(1).max(10).default(1),
  capLevel: z.enum(['none', 'low', 'medium']).optional(),
  patterns: z.record(langKey, z.array(z.string().min(1).max(400)).max(200)),
  sources: z.array(z.string().min(1).max(400)).default([]),
});

/** Tunable numbers of the scoring (defaults follow indicators.md §3.1 and §3.4). */
export const ScoringSchema = z.object({
  /** Minimum distinct medium-or-stronger indicator families before the score alone may warn. */
  minNonWeakForScoreWarning: z.number().int().min(1).max(10).default(2),
  /** Dampener: salary parsed and plausible for the role and country. */
  plausibleSalary: z.number().min(-10).max(0).default(-2),
  /** Dampener: posting on the employer's own careers site with a real hiring process. */
  careersSite: z.number().min(-10).max(0).default(-3),
  /** Pay at least this many times the usual pay for the role counts as "far above" (IND-01). */
  highPayRatio: z.number().min(1).max(20).default(2.5),
});

export const ReportingChannelSchema = z.object({
  id: z.string().min(1).max(80),
  /** ISO 3166-1 alpha-2 country code, or "INT" for international channels. */
  country: z.string().regex(/^([A-Z]{2}|INT)$/),
  name: z.string().min(1).max(200),
  kind: z.enum(['police', 'hotline', 'labour', 'embassy', 'ngo', 'platform', 'online-form', 'other']),
  url: z.string().url().optional(),
  phone: z.string().max(40).optional(),
  languages: z.array(z.string()).optional(),
  /** Where the channel was verified. Only verified channels are shipped. */
  source: z.string().min(1).max(400),
});

/** Ordered CSS selector fallbacks per site adapter and part (first that matches wins). */
export const SiteSelectorsSchema = z.record(
  z.string().regex(/^[a-z0-9-]+$/),
  z.record(z.string().regex(/^[a-zA-Z]+$/), z.array(z.string().min(1).max(300)).max(12)),
);

export const IndicatorListSchema = z.object({
  schemaVersion: z.literal(SUPPORTED_SCHEMA_VERSION),
  listVersion,
  published: isoDate,
  expires: isoDate,
  minExtensionVersion: z.string().regex(/^\d+\.\d+\.\d+$/).default('0.0.0'),
  /** Score thresholds: score ≥ medium → caution, ≥ high → danger (named patterns can raise the level). */
  thresholds: z.object({ medium: z.number().positive(), high: z.number().positive() }),
  indicators: z.array(IndicatorSchema).min(1).max(500),
  /** Named combination patterns, evaluated in order (optional; empty = score only). */
  rules: z.array(RuleSchema).max(50).default([]),
  /** Risk-lowering contexts (dampeners). */
  contexts: z.array(ContextSchema).max(50).default([]),
  scoring: ScoringSchema.default({ minNonWeakForScoreWarning: 2, plausibleSalary: -2, careersSite: -3, highPayRatio: 2.5 }),
  channels: z.array(ReportingChannelSchema).default([]),
  sites: SiteSelectorsSchema.default({}),
});

export type Indicator = z.infer<typeof IndicatorSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Context = z.infer<typeof ContextSchema>;
export type Scoring = z.infer<typeof ScoringSchema>;
export type ReportingChannel = z.infer<typeof ReportingChannelSchema>;
export type IndicatorList = z.infer<typeof IndicatorListSchema>;

/**
 * Validate an unknown value as an indicator list.
 * @returns `{ ok: true, list }` or `{ ok: false, error }` with a one-line, human-readable reason.
 */
export function parseIndicatorList(value: unknown): { ok: true; list: IndicatorList } | { ok: false; error: string } {
  if (value && typeof value === 'object' && 'schemaVersion' in value && (value as { schemaVersion: unknown }).schemaVersion !== SUPPORTED_SCHEMA_VERSION) {
    return { ok: false, error: `unsupported schemaVersion ${String((value as { schemaVersion: unknown }).schemaVersion)} (this build reads ${SUPPORTED_SCHEMA_VERSION})` };
  }
  const r = IndicatorListSchema.safeParse(value);
  if (r.success) return { ok: true, list: r.data };
  const issue = r.error.issues[0];
  return { ok: false, error: `schema: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
}

/**
 * Compare two listVersion strings ("2026.11.29" < "2026.11.29.1" < "2026.11.30").
 * @returns negative when a < b, 0 when equal, positive when a > b.
 */
export function compareListVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
