/**
 * Country choice for reporting channels: which countries the list has channels for, which one to preselect,
 * and which channels to show for a choice.
 */
import type { ReportingChannel } from '../list/schema';

/**
 * Country codes (ISO 3166-1 alpha-2) that have at least one channel in the list, sorted by their localised name.
 * "INT" (international channels) is not a country and is never returned: those channels are always shown.
 */
export function channelCountries(channels: readonly ReportingChannel[], displayName: (code: string) => string): string[] {
  const codes = [...new Set(channels.map((c) => c.country).filter((c) => c !== 'INT'))];
  return codes.sort((a, b) => displayName(a).localeCompare(displayName(b)));
}

/**
 * The country to preselect: a stored or campaign choice if it has channels, else the region of the first
 * browser language that has channels ("en-PH" → "PH"), else "" (international channels only).
 */
export function defaultCountry(available: readonly string[], preferred: (string | undefined)[], browserLanguages: readonly string[]): string {
  for (const p of preferred) if (p && available.includes(p.toUpperCase())) return p.toUpperCase();
  for (const lang of browserLanguages) {
    const region = /^[a-z]{2,3}[-_](?:[A-Za-z]{4}[-_])?([A-Za-z]{2})\b/.exec(lang)?.[1]?.toUpperCase();
    if (region && available.includes(region)) return region;
  }
  return '';
}

/** Channels to show for `country`: the country's own first, then the international ones. */
export function channelsFor(channels: readonly ReportingChannel[], country: string): ReportingChannel[] {
  return [...channels.filter((c) => country && c.country === country), ...channels.filter((c) => c.country === 'INT')];
}

/** A tel: URI for a phone number as written in the list ("+63 2 1234 5678" → "tel:+63212345678"). */
export function telUri(phone: string): string {
  return `tel:${phone.replace(/[^\d+#*]/g, '')}`;
}
