/**
 * Host permissions: which sites LureLens reads by default, and "scan this site" for any other site.
 *
 * API (for the popup and the background worker; browser APIs are passed in, so this module is pure and
 * testable, and works with the webextension-polyfill `browser` in Chrome MV3 and Firefox MV2 alike):
 *
 *   SITE_HOST_PATTERNS            match patterns of the supported sites (manifest `host_permissions`,
 *                                 and the content script's `matches`)
 *   OPTIONAL_HOST_PATTERNS        what may be requested at run time (manifest `optional_host_permissions`)
 *   originPatternFor(url)         "https://example.com/*" for a page URL, or null (not http/https)
 *   isSupportedSite(url)          whether `url` is covered by SITE_HOST_PATTERNS
 *   siteAccessState(perms, url)   → 'supported' | 'granted' | 'needs-permission' | 'unavailable'
 *                                 (what the popup shows next to "Scan this site")
 *   requestSiteAccess(perms, url) asks the browser for this site's origin; resolves true when granted.
 *                                 Call it DIRECTLY in the click handler, before any await: Firefox only
 *                                 shows the prompt while handling the user's gesture, and rejects otherwise.
 *   scanScriptFor(origins, file)  the `scripting.registerContentScripts` entry that makes the content
 *                                 script run on granted origins from then on (the background worker
 *                                 registers it on `permissions.onAdded` and at start-up)
 *   registerScanScript(api, origins, file)  registers it with `scripting` (Chrome MV3, Firefox MV3) or
 *                                 `contentScripts.register` (Firefox MV2); idempotent
 *
 * Why these defaults: the listed sites are where recruitment lures reach young job seekers (job boards
 * and the social feeds and channels issue 5 names); reading every site by default would ask for "all your
 * data on all websites" at install, which users rightly distrust. Page content never leaves the browser.
 */

/** Minimal shape of `browser.permissions` used here. */
export interface PermissionsLike {
  contains(p: { origins?: string[] }): Promise<boolean>;
  request(p: { origins?: string[] }): Promise<boolean>;
  remove?(p: { origins?: string[] }): Promise<boolean>;
}

/** Minimal shapes of the script-registration APIs (Chrome/Firefox MV3 `scripting`, Firefox MV2 `contentScripts`). */
export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts?(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts?(filter?: { ids?: string[] }): Promise<void>;
}
export interface ContentScriptsLike {
  register(s: { matches: string[]; js: { file: string }[]; runAt?: string }): Promise<{ unregister(): Promise<void> }>;
}

/** A content-script registration for `scripting.registerContentScripts`. */
export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/**
 * Supported sites (one line per adapter in src/sites/). Both schemes are listed because some country
 * sites still redirect through http; subdomains cover country sites (au.indeed.com, m.facebook.com…).
 */
const SITE_DOMAINS = [
  'linkedin.com',
  'indeed.com', 'indeed.co.uk', 'indeed.co.in', 'indeed.com.au', 'indeed.ca', 'indeed.com.sg', 'indeed.com.my', 'indeed.com.ph', 'indeed.co.id', 'indeed.com.vn', 'indeed.ae', 'indeed.co.za', 'indeed.com.ng', 'indeed.co.ke', 'indeed.com.eg',
  'glassdoor.com', 'glassdoor.co.uk', 'glassdoor.co.in', 'glassdoor.com.au', 'glassdoor.ca', 'glassdoor.sg',
  'facebook.com',
  'x.com', 'twitter.com',
  't.me', 'web.telegram.org',
  'reddit.com',
  'jobstreet.com', 'jobstreet.com.my', 'jobstreet.com.sg', 'jobstreet.com.ph', 'jobstreet.co.id', 'jobstreet.vn', 'jobsdb.com', 'seek.com.au', 'seek.co.nz',
  'bayt.com',
  'wuzzuf.net',
  'jobberman.com', 'jobberman.com.gh', 'brightermonday.co.ke', 'brightermonday.co.ug', 'brightermonday.co.tz',
  'naukri.com', 'naukrigulf.com',
];

/** Match patterns for the manifest's `host_permissions` and the content script's `matches`. */
export const SITE_HOST_PATTERNS: string[] = SITE_DOMAINS.flatMap((d) =>
  d.split('.').length > 2 && !/\.(co|com)\.[a-z]{2}$/.test(d) ? [`*://${d}/*`] : [`*://${d}/*`, `*://*.${d}/*`],
);

/** What "scan this site" may request at run time: any http(s) origin, one at a time. */
export const OPTIONAL_HOST_PATTERNS: string[] = ['http://*/*', 'https://*/*'];

/** Id of the dynamic content-script registration for granted sites. */
export const SCAN_SCRIPT_ID = 'lurelens-granted-sites';

function toUrl(url: string | URL): URL | null {
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
}

/** Whether a match pattern (`*://*.example.com/*` form only) covers `url`. */
export function patternCovers(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
  if (!m) return pattern === '<all_urls>' || pattern === 'http://*/*' && url.protocol === 'http:' || pattern === 'https://*/*' && url.protocol === 'https:';
  const [, scheme, anySub, host] = m;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const h = url.hostname.toLowerCase();
  return h === host || (!!anySub && h.endsWith(`.${host}`));
}

/** Origin pattern for one page ("https://jobs.example.org/*"), or null for non-web pages (chrome://, file:, about:). */
export function originPatternFor(url: string | URL): string | null {
  const u = toUrl(url);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
  return `${u.protocol}//${u.hostname}/*`;
}

/** Whether `url` is one of the supported sites (read without asking). */
export function isSupportedSite(url: string | URL): boolean {
  const u = toUrl(url);
  return !!u && SITE_HOST_PATTERNS.some((p) => patternCovers(p, u));
}

/** What the popup can offer for the active tab. */
export type SiteAccessState = 'supported' | 'granted' | 'needs-permission' | 'unavailable';

/**
 * @returns 'supported' (a listed site), 'granted' (the user allowed this site before),
 * 'needs-permission' (offer "Scan this site"), 'unavailable' (browser page, file, invalid URL).
 */
export async function siteAccessState(perms: PermissionsLike, url: string | URL): Promise<SiteAccessState> {
  const origin = originPatternFor(url);
  if (!origin) return 'unavailable';
  if (isSupportedSite(url)) return 'supported';
  try {
    return (await perms.contains({ origins: [origin] })) ? 'granted' : 'needs-permission';
  } catch {
    return 'needs-permission';
  }
}

/**
 * Ask for permission to read this site. Must be the first call in the click handler (no await before it).
 * @returns true when granted (or already granted / a supported site), false when refused or impossible.
 */
export function requestSiteAccess(perms: PermissionsLike, url: string | URL): Promise<boolean> {
  const origin = originPatternFor(url);
  if (!origin) return Promise.resolve(false);
  if (isSupportedSite(url)) return Promise.resolve(true);
  try {
    return perms.request({ origins: [origin] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Withdraw a previously granted site. Supported sites cannot be withdrawn this way (they are install-time permissions). */
export async function removeSiteAccess(perms: PermissionsLike, url: string | URL): Promise<boolean> {
  const origin = originPatternFor(url);
  if (!origin || isSupportedSite(url) || !perms.remove) return false;
  try {
    return await perms.remove({ origins: [origin] });
  } catch {
    return false;
  }
}

/** Granted origins that need the dynamic registration (supported sites already have the static content script). */
export function grantedExtraOrigins(origins: readonly string[] | undefined): string[] {
  return [...new Set((origins ?? []).filter((o) => !SITE_HOST_PATTERNS.includes(o) && !OPTIONAL_HOST_PATTERNS.includes(o)))].sort();
}

/** The registration that runs `file` (the built content script, e.g. "content-scripts/content.js") on `origins`. */
export function scanScriptFor(origins: readonly string[], file: string): RegisteredScript {
  return { id: SCAN_SCRIPT_ID, matches: [...origins], js: [file], runAt: 'document_idle', persistAcrossSessions: true };
}

/**
 * Register (or update, or remove when `origins` is empty) the content script for granted sites.
 * Uses `scripting` when present (Chrome MV3), else Firefox MV2's `contentScripts.register`, whose handle
 * is returned so the caller can unregister it when the grants change.
 */
export async function registerScanScript(
  api: { scripting?: ScriptingLike; contentScripts?: ContentScriptsLike },
  origins: readonly string[],
  file: string,
  previous?: { unregister(): Promise<void> },
): Promise<{ unregister(): Promise<void> } | undefined> {
  if (api.scripting) {
    const s = api.scripting;
    const existing = await s.getRegisteredContentScripts({ ids: [SCAN_SCRIPT_ID] }).catch(() => []);
    if (origins.length === 0) {
      if (existing.length > 0) await s.unregisterContentScripts?.({ ids: [SCAN_SCRIPT_ID] });
      return undefined;
    }
    const entry = scanScriptFor(origins, file);
    if (existing.length > 0 && s.updateContentScripts) await s.updateContentScripts([entry]);
    else {
      if (existing.length > 0) await s.unregisterContentScripts?.({ ids: [SCAN_SCRIPT_ID] });
      await s.registerContentScripts([entry]);
    }
    return undefined;
  }
  if (api.contentScripts) {
    await previous?.unregister().catch(() => undefined);
    if (origins.length === 0) return undefined;
    return api.contentScripts.register({ matches: [...origins], js: [{ file }], runAt: 'document_idle' });
  }
  return undefined;
}
