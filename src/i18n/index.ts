/**
 * Localised messages for every UI surface (popup, options, first-run page, in-page warning, checker, CLI).
 *
 * Messages live in Chrome's messages.json format, split by owner:
 *   src/locales/<locale>/ui.json          interface texts
 *   src/locales/<locale>/indicators.json  explanations of indicators (ind_01 … ind_32) and patterns (pattern_t1 …)
 * The build merges both into `_locales/<locale>/messages.json` for browser.i18n (manifest name, browser locale);
 * at run time the user may pick another language in the options, so lookups go through {@link translator}.
 */
import ui_en from '../locales/en/ui.json';
import ind_en from '../locales/en/indicators.json';
import ui_ar from '../locales/ar/ui.json';
import ind_ar from '../locales/ar/indicators.json';
import ui_fr from '../locales/fr/ui.json';
import ind_fr from '../locales/fr/indicators.json';
import ui_es from '../locales/es/ui.json';
import ind_es from '../locales/es/indicators.json';
import ui_pt from '../locales/pt/ui.json';
import ind_pt from '../locales/pt/indicators.json';
import ui_id from '../locales/id/ui.json';
import ind_id from '../locales/id/indicators.json';
import ui_ms from '../locales/ms/ui.json';
import ind_ms from '../locales/ms/indicators.json';
import ui_vi from '../locales/vi/ui.json';
import ind_vi from '../locales/vi/indicators.json';
import ui_th from '../locales/th/ui.json';
import ind_th from '../locales/th/indicators.json';
import ui_tl from '../locales/tl/ui.json';
import ind_tl from '../locales/tl/indicators.json';
import ui_zhCN from '../locales/zh_CN/ui.json';
import ind_zhCN from '../locales/zh_CN/indicators.json';
import ui_sw from '../locales/sw/ui.json';
import ind_sw from '../locales/sw/indicators.json';

/** A Chrome messages.json document: key → { message, description?, placeholders? }. */
export type MessageBundle = Record<string, { message: string; description?: string }>;

/** UI locales, in the order offered to the user (Chrome locale codes). */
export const UI_LOCALES = ['en', 'ar', 'fr', 'es', 'pt', 'id', 'ms', 'vi', 'th', 'tl', 'zh_CN', 'sw'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const bundles: Record<UiLocale, MessageBundle> = {
  en: { ...ui_en, ...ind_en },
  ar: { ...ui_ar, ...ind_ar },
  fr: { ...ui_fr, ...ind_fr },
  es: { ...ui_es, ...ind_es },
  pt: { ...ui_pt, ...ind_pt },
  id: { ...ui_id, ...ind_id },
  ms: { ...ui_ms, ...ind_ms },
  vi: { ...ui_vi, ...ind_vi },
  th: { ...ui_th, ...ind_th },
  tl: { ...ui_tl, ...ind_tl },
  zh_CN: { ...ui_zhCN, ...ind_zhCN },
  sw: { ...ui_sw, ...ind_sw },
};

/** Locales written right-to-left. */
const RTL = new Set<string>(['ar']);

/** Whether `locale` is written right-to-left (used for `dir` on every surface). */
export function isRtl(locale: string): boolean {
  return RTL.has(locale.split(/[-_]/)[0]!.toLowerCase());
}

/**
 * Pick the UI locale: the user's choice if supported, else the browser locale ("pt-BR" → "pt",
 * "zh-CN"/"zh" → "zh_CN", "fil" → "tl"), else English.
 */
export function resolveLocale(preferred: string | undefined, browserLocale: string | undefined): UiLocale {
  for (const cand of [preferred, browserLocale]) {
    if (!cand) continue;
    const norm = cand.replace('-', '_');
    if ((UI_LOCALES as readonly string[]).includes(norm)) return norm as UiLocale;
    const base = norm.split('_')[0]!.toLowerCase();
    if (base === 'zh') return 'zh_CN';
    if (base === 'fil') return 'tl';
    if ((UI_LOCALES as readonly string[]).includes(base)) return base as UiLocale;
  }
  return 'en';
}

/** The merged message bundle of a locale (for tests and the build step). */
export function messagesOf(locale: UiLocale): MessageBundle {
  return bundles[locale];
}

/**
 * A lookup function for `locale`: `t(key, substitutions?)`. `$1`…`$9` in a message (a single digit, so
 * "USD $500" stays as written) are replaced by substitutions. Falls back to English, then to the key itself (so a missing text is visible, never blank).
 */
export function translator(locale: string): (key: string, substitutions?: (string | number)[]) => string {
  const own = bundles[resolveLocale(locale, 'en')];
  return (key, subs = []) => {
    const msg = own[key]?.message ?? bundles.en[key]?.message ?? key;
    return msg.replace(/\$(\d)(?!\d)/g, (m, d: string) => (subs[Number(d) - 1] !== undefined ? String(subs[Number(d) - 1]) : m));
  };
}
