/**
 * Language handling of the checker page: which UI locale to start with, its BCP 47 tag for `lang`, its
 * direction, and the names of the languages in their own script for the language menu.
 */
import { UI_LOCALES, isRtl, resolveLocale, type UiLocale } from '../i18n';

/** Each UI locale named in its own language (what a reader looks for in a language menu). */
export const LOCALE_NAMES: Record<UiLocale, string> = {
  en: 'English',
  ar: 'العربية',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  vi: 'Tiếng Việt',
  th: 'ไทย',
  tl: 'Tagalog',
  zh_CN: '简体中文',
  sw: 'Kiswahili',
};

/** Chrome locale code → BCP 47 tag ("zh_CN" → "zh-CN"). */
export function bcp47(locale: UiLocale): string {
  return locale.replace('_', '-');
}

export function dirOf(locale: UiLocale): 'rtl' | 'ltr' {
  return isRtl(locale) ? 'rtl' : 'ltr';
}

/** The UI locale a language tag maps to, or undefined when LureLens has no UI in that language. */
export function supportedLocale(tag: string | null | undefined): UiLocale | undefined {
  if (!tag) return undefined;
  const r = resolveLocale(tag, undefined);
  return r !== 'en' || /^en(\b|_|-|$)/i.test(tag) ? r : undefined;
}

/**
 * Starting locale: `?lang=` in the address, then the reader's last choice, then the campaign's first
 * language, then the browser language; English when none is supported.
 */
export function initialLocale(urlLang: string | null, stored: string | null, campaignFirst: string | undefined, browser: string | undefined): UiLocale {
  return supportedLocale(urlLang) ?? supportedLocale(stored) ?? supportedLocale(campaignFirst) ?? resolveLocale(undefined, browser);
}

/** Locales in menu order: the campaign's preferred ones first, then the rest in the project's order. */
export function menuLocales(campaignLanguages: readonly string[] | undefined): UiLocale[] {
  const first: UiLocale[] = [];
  for (const l of campaignLanguages ?? []) {
    const s = supportedLocale(l);
    if (s && !first.includes(s)) first.push(s);
  }
  return [...first, ...UI_LOCALES.filter((l) => !first.includes(l))];
}
