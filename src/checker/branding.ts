/**
 * Branding of the web checker: the LureLens defaults, or a campaign's (name, description, colours, default
 * country, languages offered first, public address of its hosted checker). Chosen at build time and injected
 * into the page as a constant, so a campaign's checker needs no server-side configuration.
 */

export interface CheckerBranding {
  /** Product or campaign name shown in the header, the manifest and the share text. */
  name: string;
  /** Home-screen label (≤ 12 characters shows fully on most phones). */
  shortName: string;
  description: string;
  /** Header and theme colour (a CSS colour with ≥ 4.5:1 contrast against white text). */
  themeColor: string;
  backgroundColor: string;
  /** ISO 3166-1 alpha-2 country preselected for reporting channels. */
  defaultCountry?: string;
  /** UI locales offered first (Chrome codes, e.g. "tl", "en"); the first is the default language. */
  languages?: string[];
  /** Public address of the hosted checker for the share text; defaults to the page's own address. */
  checkerUrl?: string;
  /** Campaign id when built for a campaign. */
  campaign?: string;
}

export const DEFAULT_BRANDING: CheckerBranding = {
  name: 'LureLens checker',
  shortName: 'LureLens',
  description: 'Paste a job offer or message and see whether it looks like a recruitment lure. Runs on your device, works offline.',
  themeColor: '#1f3a5f',
  backgroundColor: '#ffffff',
};
