/**
 * "Scan this site" (popup) and "other sites you allowed" (options): LureLens reads the job sites and
 * feeds it knows without asking; any other site only after the user allows it (src/sites/permissions.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { grantedExtraOrigins, removeSiteAccess, requestSiteAccess, siteAccessState, type PermissionsLike, type SiteAccessState } from '../../sites/permissions';
import type { T } from '../use-ui';

const perms = () => browser.permissions as unknown as PermissionsLike & { getAll(): Promise<{ origins?: string[] }> };

/** Popup: offer to scan the tab's site when LureLens may not read it yet. Renders nothing otherwise. */
export function ScanThisSite({ t, tabId, url }: { t: T; tabId: number | undefined; url: string | undefined }) {
  const [state, setState] = useState<SiteAccessState | undefined>(undefined);
  const [result, setResult] = useState<'granted' | 'denied' | undefined>(undefined);
  useEffect(() => {
    if (url) void siteAccessState(perms(), url).then(setState);
  }, [url]);
  if (!url || (state !== 'needs-permission' && !result)) return null;
  const onClick = () => {
    // The permission request must be the first call in the click handler (Firefox needs the user gesture).
    void requestSiteAccess(perms(), url).then((ok) => {
      setResult(ok ? 'granted' : 'denied');
      if (ok && tabId !== undefined) void browser.tabs.reload(tabId).catch(() => undefined);
    });
  };
  return (
    <div class="ll-scan-site" data-testid="scan-site">
      <p class="ll-small">{t('scan_site_help')}</p>
      {!result && (
        <button type="button" class="ll-button ll-button-secondary" onClick={onClick}>
          {t('scan_site_button')}
        </button>
      )}
      <p aria-live="polite">{result === 'granted' ? t('scan_site_granted') : result === 'denied' ? t('scan_site_denied') : ''}</p>
    </div>
  );
}

/** Options: the extra sites the user allowed, each removable. */
export function GrantedSites({ t }: { t: T }) {
  const [origins, setOrigins] = useState<string[] | undefined>(undefined);
  const load = async () => {
    try {
      // Origins the manifest itself asks for (content-script matches) are not the user's grants.
      const fixed = new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []));
      setOrigins(grantedExtraOrigins((await perms().getAll()).origins).filter((o) => !fixed.has(o)));
    } catch {
      setOrigins([]);
    }
  };
  useEffect(() => void load(), []);
  if (!origins) return null;
  const host = (o: string) => o.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');
  return (
    <div data-testid="granted-sites">
      <h3>{t('opt_granted_heading')}</h3>
      <p class="ll-small">{t('opt_supported_note')}</p>
      {origins.length === 0 ? (
        <p class="ll-small">{t('opt_granted_none')}</p>
      ) : (
        <ul class="ll-sites">
          {origins.map((o) => (
            <li key={o}>
              <bdi dir="ltr">{host(o)}</bdi>
              <button type="button" class="ll-link-button" aria-label={t('opt_site_remove', [host(o)])}
                onClick={() => void removeSiteAccess(perms(), o.replace(/\*$/, '')).then(load)}>
                {t('opt_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
