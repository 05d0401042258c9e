/**
 * Country of the user (for reporting channels) and the channels to show for it. Pure functions.
 */
import type { ReportingChannel } from '../list/schema';

/**
 * Languages spoken mostly in one country among LureLens's audiences, used when the browser locale has no
 * region part ("id" rather than "id-ID"). Languages spread over many countries (ar, en, es, fr, pt, sw, zh)
 * are deliberately absent: guessing wrong would show another country's hotline.
 */
const LANGUAGE_COUNTRY: Record<string, string> = { id: 'ID', th: 'TH', vi: 'VN', ms: 'MY', tl: 'PH', fil: 'PH', km: 'KH', lo: 'LA', my: 'MM', si: 'LK', ne: 'NP', bn: 'BD', am: 'ET' };

/**
 * Guess the country from browser locales ("en-KE" → "KE", "id" → "ID"). Returns undefined when no
 * locale says it; the UI then shows international channels and asks.
 */
export function countryFromLocales(locales: readonly (string | undefined)[]): string | undefined {
  for (const loc of locales) {
    const m = /^([a-z]{2,3})(?:[-_](?:[A-Za-z]{4}[-_])?([A-Za-z]{2}|\d{3}))?/i.exec(loc ?? '');
    if (m?.[2] && /^[a-z]{2}$/i.test(m[2])) return m[2].toUpperCase();
  }
  for (const loc of locales) {
    const lang = (loc ?? '').split(/[-_]/)[0]!.toLowerCase();
    if (LANGUAGE_COUNTRY[lang]) return LANGUAGE_COUNTRY[lang];
  }
  return undefined;
}

/** Countries that have at least one channel, sorted by their name in `locale`. */
export function countriesWithChannels(channels: readonly ReportingChannel[], locale: string, extra: readonly string[] = []): string[] {
  const set = new Set<string>(extra.filter((c) => /^[A-Z]{2}$/.test(c)));
  for (const c of channels) if (c.country !== 'INT') set.add(c.country);
  const name = regionNamer(locale);
  return [...set].sort((a, b) => name(a).localeCompare(name(b), locale.replace('_', '-')));
}

/** A function giving a country's name in `locale` (Intl.DisplayNames), falling back to the code. */
export function regionNamer(locale: string): (code: string) => string {
  let dn: Intl.DisplayNames | undefined;
  try {
    dn = new Intl.DisplayNames([locale.replace('_', '-'), 'en'], { type: 'region' });
  } catch {
    dn = undefined;
  }
  return (code) => {
    try {
      return dn?.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/**
 * Channels for `country`: the campaign's extra channels first, then the country's own, then international
 * ones; duplicates (same id) dropped. Emergency numbers and hotlines come before websites within a country.
 */
export function channelsFor(listChannels: readonly ReportingChannel[], country: string | undefined, campaignChannels: readonly ReportingChannel[] = []): { national: ReportingChannel[]; international: ReportingChannel[] } {
  const seen = new Set<string>();
  const take = (c: ReportingChannel) => (seen.has(c.id) ? false : (seen.add(c.id), true));
  const rank = (c: ReportingChannel) => (c.phone ? 0 : 1);
  const all = [...campaignChannels, ...listChannels];
  const national = country ? all.filter((c) => c.country === country).filter(take) : [];
  national.sort((a, b) => rank(a) - rank(b));
  const international = all.filter((c) => c.country === 'INT').filter(take);
  return { national, international };
}

/**
 * A tel: URI for a displayed phone number ("+60 3-2610 1559" → "tel:+60326101559"), or undefined.
 * "#" is percent-encoded (RFC 3966): left bare it would start a URL fragment and drop the number ("#9110").
 */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[^\d+*#]/g, '');
  return /\d{2,}/.test(digits) ? `tel:${digits.replace(/#/g, '%23')}` : undefined;
}
