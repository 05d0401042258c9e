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
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]/.test(text)) return new Set<Script>(/[a-z]/.test(text) ? ['any', 'latin'] : ['any']);
  const out = new Set<Script>(['any']);
  for (const [s, re] of TESTS) if (re.test(text)) out.add(s);
  // Japanese text mixes kanji and kana; kanji-only snippets still run Japanese patterns when kana appear anywhere.
  if (out.has('kana')) out.add('han');
  return out;
}

/**
 * Cheap markers of Latin-script languages (on normalised text). English patterns always run on
 * Latin text (it is the lingua franca of mixed posts); another Latin language runs when it is
 * the detected language or when one of its markers appears, so Taglish or English-with-
 * Indonesian posts get both — without paying for nine languages on every English post.
 */
// Word boundaries here must be Unicode-aware: with ASCII \b, Vietnamese "hàng" would contain the word "ng".
const w = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'u');
const LATIN_MARKERS: Record<string, RegExp> = {
  vi: /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/,
  fr: new RegExp(`[èêçùœ]|${w('les|des|vous|nous|avec|pour|emploi|travail').source}`, 'u'),
  es: new RegExp(`[ñ¿¡]|${w('los|las|para|con|una|trabajo|empleo|sueldo').source}`, 'u'),
  pt: new RegExp(`[ãõ]|${w('os|para|com|uma|você|não|trabalho|emprego|vagas?').source}`, 'u'),
  id: w('dan|yang|untuk|dengan|kerja|gaji|anda|kami|tidak|lowongan|ke|di'),
  ms: w('dan|yang|untuk|dengan|kerja|gaji|anda|kami|tidak|jawatan|di'),
  tl: w('ang|ng|mga|sa|ka|ako|kayo|po|trabaho|sahod'),
  sw: w('na|kwa|ya|wa|kazi|nchini|mshahara|za|kupitia'),
};

/**
 * Which pattern languages a text needs: every language whose script appears; for Latin-script
 * languages other than English, only when detected or marked (see LATIN_MARKERS).
 * @param langs the pattern languages available in the list
 */
export function languagesNeeded(text: string, detected: string, langs: Iterable<string>): Set<string> {
  const scripts = scriptsIn(text);
  const out = new Set<string>();
  for (const lang of langs) {
    const script = scriptOfLang(lang);
    if (!scripts.has(script)) continue;
    if (script === 'latin' && lang !== 'en' && lang !== detected) {
      const marker = LATIN_MARKERS[lang];
      if (marker && !marker.test(text)) continue;
    }
    out.add(lang);
  }
  return out;
}

/** Every language whose script appears (no marker gating): used by the self-test. */
export function languagesByScript(text: string, langs: Iterable<string>): Set<string> {
  const scripts = scriptsIn(text);
  const out = new Set<string>();
  for (const lang of langs) if (scripts.has(scriptOfLang(lang))) out.add(lang);
  return out;
}
