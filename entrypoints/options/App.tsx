/**
 * Options page: country, language, sensitivity, trusted sites, sites to scan, the indicator list's
 * status with "check now", about and the privacy statement.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReportingChannel } from '@/src/list/schema';
import { useUi } from '@/src/ui/use-ui';
import { checkNow, extensionVersion, getChannels, getListStatus } from '@/src/ui/api';
import { normalizeListStatus, type ListStatusView } from '@/src/ui/list-status';
import { countriesWithChannels } from '@/src/ui/country';
import { campaign, isCampaignBuild } from '@/src/campaigns/active';
import { campaignText } from '@/src/campaigns/defaults';
import { Header } from '@/src/ui/components/Header';
import { CountrySelect } from '@/src/ui/components/CountrySelect';
import { LanguageSelect } from '@/src/ui/components/LanguageSelect';
import { SiteList } from '@/src/ui/components/SiteList';
import { ListStatusLine } from '@/src/ui/components/ListStatus';
import { GrantedSites } from '@/src/ui/components/ScanSite';

export function App() {
  const ui = useUi();
  const { t, locale, settings } = ui;
  const [channels, setChannels] = useState<ReportingChannel[]>([]);
  const [status, setStatus] = useState<ListStatusView | undefined>(undefined);
  const [checking, setChecking] = useState<'idle' | 'busy' | 'done'>('idle');
  const [saved, setSaved] = useState(0);

  const refreshStatus = async (fallbackVersion?: string) => {
    const s = normalizeListStatus(await getListStatus());
    setStatus({ ...s, listVersion: s.listVersion ?? fallbackVersion });
  };
  useEffect(() => {
    void getChannels().then((c) => {
      setChannels(c.channels);
      void refreshStatus(c.listVersion);
    });
  }, []);
  useEffect(() => {
    document.title = t('opt_title');
  }, [t]);

  if (!settings) return <div class="ll-page ll-wide" aria-busy="true" />;
  const save = async (patch: Parameters<typeof ui.save>[0]) => {
    await ui.save(patch);
    setSaved((n) => n + 1);
  };
  const countries = countriesWithChannels([...campaign.channels, ...channels], locale, campaign.defaultCountry ? [campaign.defaultCountry] : []);
  const onCheckNow = async () => {
    setChecking('busy');
    await checkNow();
    await refreshStatus(status?.listVersion);
    setChecking('done');
  };

  return (
    <div class="ll-page ll-wide">
      <Header t={t} locale={locale} />
      <main>
        <h1>{t('opt_title')}</h1>
        <p class="ll-saved" aria-live="polite" data-testid="saved">{saved > 0 ? t('opt_saved') : ''}</p>

        <section class="ll-section" aria-labelledby="opt-country-h">
          <h2 id="opt-country-h">{t('opt_country_heading')}</h2>
          <CountrySelect t={t} locale={locale} countries={countries} value={ui.country} label={t('channels_country_label')} help={t('opt_country_help')} onChange={(c) => void save({ country: c ?? 'INT' })} />
        </section>

        <section class="ll-section" aria-labelledby="opt-lang-h">
          <h2 id="opt-lang-h">{t('opt_language_heading')}</h2>
          <LanguageSelect t={t} value={settings.locale} onChange={(l) => void save({ locale: l })} />
        </section>

        <section class="ll-section" aria-labelledby="opt-sens-h">
          <h2 id="opt-sens-h">{t('opt_sensitivity_heading')}</h2>
          <fieldset>
            <legend>{t('opt_sensitivity_legend')}</legend>
            {(['caution', 'danger'] as const).map((v) => (
              <label class="ll-radio" key={v}>
                <input type="radio" name="sensitivity" value={v} checked={settings.sensitivity === v} onChange={() => void save({ sensitivity: v })} />
                <span>{t(v === 'caution' ? 'opt_sens_caution' : 'opt_sens_danger')}</span>
              </label>
            ))}
          </fieldset>
        </section>

        <section class="ll-section" aria-labelledby="opt-trusted-h">
          <h2 id="opt-trusted-h">{t('opt_trusted_heading')}</h2>
          <p class="ll-small">{t('opt_trusted_help')}</p>
          <SiteList t={t} testId="trusted-sites" label={t('opt_trusted_input_label')} sites={settings.trustedSites} onChange={(s) => void save({ trustedSites: s })} />
        </section>

        <section class="ll-section" aria-labelledby="opt-scan-h">
          <h2 id="opt-scan-h">{t('opt_scan_heading')}</h2>
          <fieldset>
            <legend>{t('opt_scan_legend')}</legend>
            {(['all', 'listed'] as const).map((v) => (
              <label class="ll-radio" key={v}>
                <input type="radio" name="scanMode" value={v} checked={settings.scanMode === v} onChange={() => void save({ scanMode: v })} />
                <span>{t(v === 'all' ? 'opt_scan_all' : 'opt_scan_listed')}</span>
              </label>
            ))}
          </fieldset>
          <SiteList t={t} testId="scan-sites" label={t('opt_scan_input_label')} sites={settings.scanSites} onChange={(s) => void save({ scanSites: s })} />
          <GrantedSites t={t} />
        </section>

        <section class="ll-section" aria-labelledby="opt-list-h">
          <h2 id="opt-list-h">{t('opt_list_heading')}</h2>
          <p class="ll-small">{t('opt_list_help')}</p>
          <ListStatusLine status={status} t={t} locale={locale} />
          <p>
            <button type="button" class="ll-button ll-button-secondary" disabled={checking === 'busy'} onClick={() => void onCheckNow()}>
              {t('opt_check_now')}
            </button>
          </p>
          <p aria-live="polite" data-testid="check-now-result">{checking === 'busy' ? t('opt_checking') : checking === 'done' ? t('opt_check_done') : ''}</p>
        </section>

        <section class="ll-section" aria-labelledby="opt-about-h">
          <h2 id="opt-about-h">{t('opt_about_heading')}</h2>
          <p>{t('opt_about_text')}</p>
          <p class="ll-small">{t('opt_version', [extensionVersion()])}</p>
          {isCampaignBuild && (
            <p>
              {t('opt_campaign', [campaignText(campaign.name, locale)])}{' '}
              {campaign.website && <a href={campaign.website} target="_blank" rel="noopener noreferrer">{campaign.website}</a>}
            </p>
          )}
          <h3>{t('opt_privacy_heading')}</h3>
          <ul data-testid="privacy">
            <li>{t('opt_privacy_1')}</li>
            <li>{t('opt_privacy_2')}</li>
            <li>{t('opt_privacy_3')}</li>
          </ul>
        </section>
      </main>
    </div>
  );
}
