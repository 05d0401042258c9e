/**
 * Shared state of every extension page: the settings, the resolved UI locale, its translator and
 * writing direction. Keeps `<html lang dir>` in step with the locale, so Arabic mirrors the whole page.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getSettings, updateSettings, watchSettings, type Settings } from '../settings/settings';
import { isRtl, resolveLocale, translator, type UiLocale } from '../i18n';
import { countryFromLocales } from './country';
import { campaign } from '../campaigns/active';

export type T = ReturnType<typeof translator>;

export interface Ui {
  settings: Settings | undefined;
  locale: UiLocale;
  t: T;
  dir: 'ltr' | 'rtl';
  /** The country whose channels are shown: chosen, else the campaign's default, else from the browser locale. */
  country: string | undefined;
  save: (patch: Partial<Settings>) => Promise<void>;
}

/** Browser locales, most preferred first. */
export function browserLocales(): string[] {
  return [...(navigator.languages ?? []), navigator.language].filter(Boolean);
}

/** Test hook: `?locale=ar` in a page URL overrides the locale (screenshots, RTL e2e runs). */
function urlLocale(): string | undefined {
  return new URLSearchParams(location.search).get('locale') ?? undefined;
}

export function useUi(): Ui {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const locale = resolveLocale(urlLocale() ?? settings?.locale, browserLocales()[0]);
  const t = useMemo(() => translator(locale), [locale]);
  const dir = isRtl(locale) ? 'rtl' : 'ltr';
  useEffect(() => {
    document.documentElement.lang = locale.replace('_', '-');
    document.documentElement.dir = dir;
    document.documentElement.style.setProperty('--brand', campaign.colors.brand);
    document.documentElement.style.setProperty('--on-brand', campaign.colors.onBrand);
  }, [locale, dir]);
  const country = settings?.country ?? campaign.defaultCountry ?? countryFromLocales(browserLocales());
  return {
    settings,
    locale,
    t,
    dir,
    country,
    save: async (patch) => {
      setSettings(await updateSettings(patch));
    },
  };
}
