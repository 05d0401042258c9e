/**
 * Branding of the web checker: the LureLens defaults, or a campaign's (src/campaigns/<id>/campaign.json: name,
 * description, logo, colours, default country, languages offered first, extra reporting channels). Chosen at
 * build time and injected into the page as a constant, so a campaign's checker needs no server configuration.
 */
import type { ReportingChannel } from '../list/schema';
import type { TrustedKey } from '../list/signing';

export interface CheckerBranding {
  /** Product or campaign name (English or the campaign's default) for the manifest and as a fallback. */
  name: string;
  /** The name per UI locale when the campaign gives one (header and share text use it). */
  names?: Record<string, string>;
  /** Home-screen label (≤ 12 characters shows fully on most phones). */
  shortName: string;
  description: string;
  /** Header and button colour, and the text colour on it (campaign configs guarantee ≥ 4.5:1 contrast). */
  themeColor: string;
  onThemeColor: string;
  backgroundColor: string;
  /** ISO 3166-1 alpha-2 country preselected for reporting channels. */
  defaultCountry?: string;
  /** UI locales offered first (Chrome codes, e.g. "sw", "en"); the first is the default language. */
  languages?: string[];
  /** The campaign's extra reporting channels, shown before the list's for their country. */
  channels?: ReportingChannel[];
  /** Logo path inside the built folder and its pixel size (square PNG); undefined = the LureLens icon. */
  logo?: { src: string; size: number };
  /** Public address of the hosted checker for the share text; defaults to the page's own address. */
  checkerUrl?: string;
  /** Campaign id when built for a campaign. */
  campaign?: string;
  /** Where signed list updates come from (empty urls = bundled list only) and a campaign's own signing key. */
  list: { urls: string[]; campaignKey?: TrustedKey };
  /** Version of this build (package.json), checked against a list's minExtensionVersion. */
  appVersion: string;
}

export const DEFAULT_BRANDING: CheckerBranding = {
  name: 'LureLens checker',
  shortName: 'LureLens',
  description: 'Paste a job offer or message and see whether it looks like a recruitment lure. Runs on your device, works offline.',
  themeColor: '#1f3a5f',
  onThemeColor: '#ffffff',
  backgroundColor: '#ffffff',
  list: { urls: [] },
  appVersion: '0.0.0',
};

/** The branding's name in `locale` (campaign text for that locale, else the default name). */
export function brandName(b: CheckerBranding, locale: string): string {
  return b.names?.[locale] ?? b.name;
}
