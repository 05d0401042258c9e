/**
 * Site lists in the settings (trusted sites, sites to scan): parsing what the user types and matching
 * a page's hostname against them. Pure functions, shared by the options page and the content script.
 */
import type { Settings } from './settings';

/**
 * Turn user input ("https://www.Example.com/jobs", "example.com", "*.example.com") into a bare
 * lower-case hostname ("www.example.com", "example.com"). Returns null when it is not a hostname
 * (spaces, no dot, bad characters), so the UI can say so instead of storing junk.
 */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^\*\./, '');
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = new URL(s).hostname;
  } catch {
    return null;
  }
  s = s.replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  if (s.length > 253 || !/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$|^localhost$|^\d{1,3}(?:\.\d{1,3}){3}$/.test(s)) return null;
  return s;
}

/** Whether `host` is `site` or one of its subdomains ("jobs.example.com" matches "example.com"). */
export function hostMatches(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === site || h.endsWith('.' + site);
}

/** Whether warnings are suppressed on `host` because the user trusts it. */
export function isTrustedHost(settings: Pick<Settings, 'trustedSites'>, host: string): boolean {
  return settings.trustedSites.some((s) => hostMatches(host, s));
}

/**
 * Whether the content script should look for postings on `host`: every site in "all" mode, only the
 * listed ones in "listed" mode; never on a trusted site.
 */
export function shouldScanHost(settings: Pick<Settings, 'trustedSites' | 'scanMode' | 'scanSites'>, host: string): boolean {
  if (isTrustedHost(settings, host)) return false;
  return settings.scanMode === 'all' || settings.scanSites.some((s) => hostMatches(host, s));
}

/** Whether an assessment level shows a warning under the user's sensitivity. */
export function levelWarns(settings: Pick<Settings, 'sensitivity'>, level: string): boolean {
  return level === 'high' || (level === 'medium' && settings.sensitivity === 'caution');
}

/**
 * {@link shouldScanHost} for a page URL (what the background's page-config answer uses). URLs without
 * a hostname (file:, data:) are scanned only in "all" mode.
 */
export function scanAllowedForUrl(settings: Pick<Settings, 'trustedSites' | 'scanMode' | 'scanSites'>, url: string | undefined): boolean {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    host = '';
  }
  if (!host) return settings.scanMode !== 'listed';
  return settings.scanMode !== 'listed' || settings.scanSites.some((s) => hostMatches(host, s));
}
