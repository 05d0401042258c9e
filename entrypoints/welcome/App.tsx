/**
 * First-run page (opened once on install): what LureLens does, what it never does, and the choice of
 * country (and language) so the popup can show the right reporting and help channels.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReportingChannel } from '@/src/list/schema';
import { useUi } from '@/src/ui/use-ui';
import { getChannels } from '@/src/ui/api';
import { countriesWithChannels } from '@/src/ui/country';
import { campaign } from '@/src/campaigns/active';
import { campaignText } from '@/src/campaigns/defaults';
import { Header } from '@/src/ui/components/Header';
import { CountrySelect } from '@/src/ui/components/CountrySelect';
import { LanguageSelect } from '@/src/ui/components/LanguageSelect';

export function App() {
  const ui = useUi();
  const { t, locale, settings } = ui;
  const [channels, setChannels] = useState<ReportingChannel[]>([]);
  const [country, setCountry] = useState<string | undefined>(undefined);
  const [done, setDone] = useState(false);
  useEffect(() => void getChannels().then((c) => setChannels(c.channels)), []);
  useEffect(() => {
    document.title = t('welcome_title', [campaign.id === 'lurelens' ? t('extName') : campaignText(campaign.name, locale)]);
  }, [t, locale]);
  if (!settings) return <div class="ll-page ll-wide" aria-busy="true" />;
  const chosen = country ?? ui.country;
  const countries = countriesWithChannels([...campaign.channels, ...channels], locale, campaign.defaultCountry ? [campaign.defaultCountry] : []);
  const name = campaign.id === 'lurelens' ? t('extName') : campaignText(campaign.name, locale);
  return (
    <div class="ll-page ll-wide">
      <Header t={t} locale={locale} />
      <main>
        <h1>{t('welcome_title', [name])}</h1>
        <section class="ll-section" aria-labelledby="wl-what-h">
          <h2 id="wl-what-h">{t('welcome_what_heading')}</h2>
          <ul>
            <li>{t('welcome_what_1')}</li>
            <li>{t('welcome_what_2')}</li>
            <li>{t('welcome_what_3')}</li>
          </ul>
        </section>
        <section class="ll-section" aria-labelledby="wl-never-h">
          <h2 id="wl-never-h">{t('welcome_never_heading')}</h2>
          <ul data-testid="never">
            <li>{t('welcome_never_1')}</li>
            <li>{t('welcome_never_2')}</li>
          </ul>
        </section>
        <section class="ll-section" aria-labelledby="wl-country-h">
          <h2 id="wl-country-h">{t('welcome_country_heading')}</h2>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void ui.save({ country: chosen ?? 'INT', onboarded: true }).then(() => setDone(true));
            }}
          >
            <CountrySelect t={t} locale={locale} countries={countries} value={chosen} label={t('channels_country_label')} help={t('welcome_country_help')} onChange={(c) => setCountry(c ?? 'INT')} />
            <LanguageSelect t={t} value={settings.locale} onChange={(l) => void ui.save({ locale: l })} />
            <button type="submit" class="ll-button">{t('welcome_done')}</button>
          </form>
          <p class="ll-saved" aria-live="polite" data-testid="welcome-saved">{done ? t('welcome_saved') : ''}</p>
        </section>
      </main>
    </div>
  );
}
