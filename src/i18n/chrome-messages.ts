/**
 * Build step: turn the per-owner message bundles (src/locales/<locale>/{ui,indicators}.json) into the
 * browser's `_locales/<dir>/messages.json`, so `__MSG_extName__` in the manifest and `browser.i18n`
 * work in every UI locale. Pure (no file I/O); the WXT hook in src/campaigns/build.ts writes the files.
 */
import { UI_LOCALES, messagesOf, type UiLocale } from './index';

/**
 * Folder name of a UI locale under `_locales/`. Chrome only loads locales it knows and spells
 * Tagalog/Filipino "fil", so "tl" is written as "fil"; every other code is already Chrome's.
 */
export function chromeLocaleDir(locale: UiLocale): string {
  return locale === 'tl' ? 'fil' : locale;
}

/** Message names Chrome accepts ([A-Za-z0-9_], not starting with "@@", which is reserved). */
export const MESSAGE_NAME = /^[A-Za-z0-9_]+$/;

interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * Convert one message to Chrome's format: our "$1"…"$9" become named placeholders ($p1$ with
 * content "$1"), and every other "$" is escaped as "$$" (Chrome reads "$name$" as a placeholder).
 */
export function toChromeMessage(text: string, description?: string): ChromeMessage {
  const placeholders: Record<string, { content: string }> = {};
  const message = text.replace(/\$(\d)(?!\d)|\$/g, (_m, d: string | undefined) => {
    if (d === undefined) return '$$';
    placeholders[`p${d}`] = { content: `$${d}` };
    return `$p${d}$`;
  });
  return { message, ...(description ? { description } : {}), ...(Object.keys(placeholders).length ? { placeholders } : {}) };
}

/**
 * The `_locales` files for every UI locale.
 * @param overrides per-locale replacements (e.g. a campaign's extName/extDescription), applied last.
 * @returns `{ relativeDest: "_locales/<dir>/messages.json", contents }` per locale.
 * @throws when a message name is not valid for Chrome (the whole build would be rejected by the browser).
 */
export function localeMessageFiles(overrides: (locale: UiLocale) => Record<string, string> = () => ({})): { relativeDest: string; contents: string }[] {
  return UI_LOCALES.map((locale) => {
    const out: Record<string, ChromeMessage> = {};
    const bundle = messagesOf(locale);
    const extra = overrides(locale);
    for (const [name, entry] of Object.entries(bundle)) {
      if (!MESSAGE_NAME.test(name)) throw new Error(`_locales/${locale}: message name "${name}" is not allowed by the browser ([A-Za-z0-9_] only)`);
      if (typeof entry?.message !== 'string') continue;
      out[name] = toChromeMessage(extra[name] ?? entry.message, entry.description);
    }
    for (const [name, text] of Object.entries(extra)) if (!out[name]) out[name] = toChromeMessage(text);
    return { relativeDest: `_locales/${chromeLocaleDir(locale)}/messages.json`, contents: JSON.stringify(out, null, 1) };
  });
}
