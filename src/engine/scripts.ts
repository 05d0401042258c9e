/**
 * Writing systems: which scripts a text contains, and which script a pattern language uses.
 * Patterns of a language only run on texts that contain its script, so a Latin-only post
 * never pays for Thai or Korean patterns — while a mixed post (Taglish, Arabic with French,
 * English with Indonesian) runs every language whose script appears.
 */

export type Script = 'latin' | 'arabic' | 'thai' | 'han' | 'kana' | 'hangul' | 'devanagari' | 'cyrillic' | 'ethiopic' | 'myanmar' | 'khmer' | 'lao' | 'any';

/** Script used by each pattern language; unknown languages run always ("any"). */
const LANG_SCRIPT: Record<string, Script> = {
  en: 'latin', fr: 'latin', es: 'latin', pt: 'latin', id: 'latin', ms: 'latin', vi: 'latin', tl: 'latin', sw: 'latin',
  de: 'latin', it: 'latin', nl: 'latin', tr: 'latin',
  ar: 'arabic', ur: 'arabic', fa: 'arabic',
  th: 'thai', zh: 'han', ja: 'kana', ko: 'hangul', hi: 'devanagari', ne: 'devanagari', mr: 'devanagari',
  ru: 'cyrillic', uk: 'cyrillic', am: 'ethiopic', my: 'myanmar', km: 'khmer', lo: 'lao',
};

/** The script a pattern language needs ("*" and unknown codes → "any"). */
export function scriptOfLang(lang: string): Script {
  return LANG_SCRIPT[lang] ?? 'any';
}

const TESTS: [Script, RegExp][] = [
  ['latin', /[a-z]/],
  ['arabic', /[\u0600-\u06ff\u0750-\u077f]/],
  ['thai', /[\u0e00-\u0e7f]/],
  ['han', /[\u3400-\u9fff]/],
  ['kana', /[\u3040-\u30ff]/],
  ['hangul', /[\uac00-\ud7af\u1100-\u11ff]/],
  ['devanagari', /[\u0900-\u097f]/],
  ['cyrillic', /[\u0400-\u04ff]/],
  ['ethiopic', /[\u1200-\u137f]/],
  ['myanmar', /[\u1000-\u109f]/],
  ['khmer', /[\u1780-\u17ff]/],
  ['lao', /[\u0e80-\u0eff]/],
];

/** Scripts present in a (normalised, lower-case) text. "any" is always present. */
export function scriptsIn(text: string): Set<Script> {
  const out = new Set<Script>(['any']);
  for (const [s, re] of TESTS) if (re.test(text)) out.add(s);
  // Japanese text mixes kanji and kana; kanji-only snippets still run Japanese patterns when kana appear anywhere.
  if (out.has('kana')) out.add('han');
  return out;
}
