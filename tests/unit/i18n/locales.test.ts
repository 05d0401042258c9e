/**
 * Every message key exists in every UI locale (ui.json and indicators.json), with the same "$n"
 * substitutions as English; every key the extension pages use exists; the _locales build output is
 * valid for the browser.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UI_LOCALES, isRtl, resolveLocale, translator } from '../../../src/i18n';
import { MESSAGE_NAME, chromeLocaleDir, localeMessageFiles, toChromeMessage } from '../../../src/i18n/chrome-messages';

type Bundle = Record<string, { message?: unknown }>;
const read = (locale: string, file: string): Bundle => JSON.parse(readFileSync(`src/locales/${locale}/${file}`, 'utf8')) as Bundle;
const subs = (s: string) => [...new Set(s.match(/\$\d(?!\d)/g) ?? [])].sort().join(',');

describe.each(['ui.json', 'indicators.json'])('%s', (file) => {
  const en = read('en', file);
  it.each(UI_LOCALES.filter((l) => l !== 'en'))('%s has every English key, and no key English lacks', (locale) => {
    const other = read(locale, file);
    const missing = Object.keys(en).filter((k) => typeof other[k]?.message !== 'string' || !(other[k]!.message as string).trim());
    const extra = Object.keys(other).filter((k) => !(k in en));
    expect(missing, `missing in src/locales/${locale}/${file}`).toEqual([]);
    expect(extra, `keys in src/locales/${locale}/${file} that English lacks`).toEqual([]);
  });
  it.each(UI_LOCALES.filter((l) => l !== 'en'))('%s uses the same $n substitutions as English', (locale) => {
    const other = read(locale, file);
    const wrong = Object.keys(en).filter((k) => typeof other[k]?.message === 'string' && subs(other[k]!.message as string) !== subs(String(en[k]!.message)));
    expect(wrong).toEqual([]);
  });
  it('uses only key names the browser accepts', () => {
    for (const locale of UI_LOCALES) for (const k of Object.keys(read(locale, file))) expect(k).toMatch(MESSAGE_NAME);
  });
});

/** Every literal key passed to t('…') in the extension pages and shared UI. */
function usedKeys(): Set<string> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name)) files.push(p);
    }
  };
  ['src/ui', 'entrypoints/popup', 'entrypoints/options', 'entrypoints/welcome'].forEach(walk);
  const keys = new Set<string>();
  for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-z][a-z0-9_]*)'/g)) keys.add(m[1]!);
  return keys;
}

describe('keys used by the pages', () => {
  it('exist in English', () => {
    const en = { ...read('en', 'ui.json'), ...read('en', 'indicators.json') };
    const keys = usedKeys();
    expect(keys.size).toBeGreaterThan(50);
    expect([...keys].filter((k) => !(k in en))).toEqual([]);
  });
  it('dynamic keys (levels, channel kinds) exist', () => {
    const en = read('en', 'ui.json');
    for (const level of ['none', 'low', 'medium', 'high']) expect(en).toHaveProperty(`level_${level}`);
    for (const kind of ['police', 'hotline', 'labour', 'embassy', 'ngo', 'platform', 'online-form', 'other']) expect(en).toHaveProperty(`kind_${kind.replace(/-/g, '_')}`);
  });
});

describe('translator and locale resolution', () => {
  it('substitutes $n and falls back to English, then to the key', () => {
    expect(translator('fr')('opt_version', ['1.2.3'])).toBe('Version 1.2.3');
    expect(translator('ar')('popup_page_count', [3])).toContain('3');
    expect(translator('sw')('no_such_key_anywhere')).toBe('no_such_key_anywhere');
  });
  it('resolves browser locales and direction', () => {
    expect(resolveLocale(undefined, 'pt-BR')).toBe('pt');
    expect(resolveLocale(undefined, 'fil-PH')).toBe('tl');
    expect(resolveLocale('ar', 'en-US')).toBe('ar');
    expect(isRtl('ar')).toBe(true);
    expect(isRtl('th')).toBe(false);
  });
});

describe('_locales build output', () => {
  it('turns $n into named placeholders and escapes other dollar signs', () => {
    const m = toChromeMessage('Pay $1 now, not USD $500');
    expect(m.message).toBe('Pay $p1$ now, not USD $$500');
    expect(m.placeholders).toEqual({ p1: { content: '$1' } });
    expect(toChromeMessage('plain').placeholders).toBeUndefined();
  });
  it('writes one messages.json per locale, Tagalog as "fil", with the extension name', () => {
    const files = localeMessageFiles();
    expect(files.map((f) => f.relativeDest).sort()).toEqual(UI_LOCALES.map((l) => `_locales/${chromeLocaleDir(l)}/messages.json`).sort());
    expect(files.some((f) => f.relativeDest === '_locales/fil/messages.json')).toBe(true);
    for (const f of files) {
      const json = JSON.parse(f.contents) as Record<string, { message: string; placeholders?: Record<string, unknown> }>;
      expect(json.extName?.message).toBeTruthy();
      expect(json.extDescription?.message.length).toBeLessThanOrEqual(132);
      // Every $name$ in a message is declared (the browser refuses to load the extension otherwise).
      for (const [k, v] of Object.entries(json)) for (const p of v.message.replace(/\$\$/g, '').match(/\$([A-Za-z0-9_]+)\$/g) ?? []) expect(v.placeholders, k).toHaveProperty(p.slice(1, -1));
    }
  });
  it('applies overrides such as a campaign name', () => {
    const ar = localeMessageFiles((l): Record<string, string> => (l === 'ar' ? { extName: 'حملة' } : {})).find((f) => f.relativeDest.includes('/ar/'))!;
    expect(JSON.parse(ar.contents).extName.message).toBe('حملة');
  });
});
