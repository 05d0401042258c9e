/**
 * The "share this warning" text: level, the top reasons and a link to the checker, for forwarding to a friend.
 * The original message (and the evidence quoted from it) is left out unless the user explicitly asks to include it,
 * so a forwarded warning does not spread the recruiter's contact details by default.
 */
import type { RiskLevel } from '../engine/types';
import type { IndicatorGroup } from './highlight';

/** Translator as returned by src/i18n `translator(locale)`. */
export type Translate = (key: string, substitutions?: (string | number)[]) => string;

/**
 * The localised explanation of an indicator ("why it matters"); a generic sentence naming the indicator when the
 * locale files have no text for its key yet (the translator returns the key itself for a missing message).
 */
export function explain(t: Translate, explanationKey: string | undefined, indicator: string): string {
  if (explanationKey) {
    const s = t(explanationKey);
    if (s && s !== explanationKey) return s;
  }
  return t('checker_finding_generic', [indicator]);
}

/**
 * First sentence of an explanation (up to the first . ! ? 。 ؟ or ।), trimmed; the whole text when it has none.
 * Used as the one-line reason in the share text and the short summary.
 */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?。？！؟])(\s|$)/su.exec(text.trim());
  return (m ? m[1]! : text).trim();
}

export interface ShareInput {
  level: RiskLevel;
  groups: readonly IndicatorGroup[];
  t: Translate;
  /** Public address of the checker to recommend (no query string: it must never carry the message). */
  url: string;
  /** The user's explicit choice to attach the message. */
  includeMessage: boolean;
  message: string;
  /** How many reasons to list (default 3). */
  maxReasons?: number;
}

/**
 * Build the share text.
 * @returns plain text with lines separated by "\n"; contains `message` only when `includeMessage` is true.
 */
export function buildShareText(input: ShareInput): string {
  const { level, groups, t, url, includeMessage, message } = input;
  const lines: string[] = [t(`checker_share_level_${level}`)];
  const reasons = groups
    .slice(0, input.maxReasons ?? 3)
    .map((g) => firstSentence(explain(t, g.explanationKey, g.indicator)))
    .filter((r, i, all) => r && all.indexOf(r) === i);
  if (reasons.length) {
    lines.push(t('checker_share_reasons'));
    for (const r of reasons) lines.push(`• ${r}`);
  }
  lines.push(t('checker_share_link', [url]));
  if (includeMessage && message.trim()) {
    lines.push('', t('checker_share_message_heading'), message.trim());
  }
  return lines.join('\n');
}
