/**
 * The default site selectors: the bundled src/indicators/sites.json (the same data the indicator list
 * carries in its `sites` section), registered as the adapters' fallback when this module is imported.
 *
 * Imported by the background worker (page-config), the CLI and tests — NOT by the content script, which
 * receives the merged selectors from the background, so the selector data is not parsed on every page.
 */
import sites from '../indicators/sites.json';
import { registerSiteDefaults } from './define-site';
import { mergeSelectors } from './selectors';
import type { SiteSelectors } from './types';

/** Site id → part → ordered selector fallbacks, as bundled. */
export const SITE_DEFAULTS: Record<string, SiteSelectors> = sites as Record<string, SiteSelectors>;

registerSiteDefaults(SITE_DEFAULTS);

/**
 * The selectors to give the content script: the active list's `sites` over the bundled defaults, per site
 * and per part (a list part replaces the default part; parts and sites the list lacks keep the defaults).
 * @param fromList the active indicator list's `sites` (may be undefined or partial)
 */
export function withSiteDefaults(fromList: Record<string, SiteSelectors> | undefined): Record<string, SiteSelectors> {
  const out: Record<string, SiteSelectors> = {};
  for (const id of new Set([...Object.keys(SITE_DEFAULTS), ...Object.keys(fromList ?? {})])) {
    out[id] = mergeSelectors(SITE_DEFAULTS[id] ?? {}, fromList?.[id]);
  }
  return out;
}
