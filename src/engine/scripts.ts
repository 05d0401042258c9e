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
 * Markers of Latin-script languages (on normalised text). English patterns always run on
 * Latin text (it is the lingua franca of mixed posts); another Latin language runs when it is
 * the detected language or when one of its markers appears, so Taglish or English-with-
 * Indonesian posts get both — without paying for nine languages on every English post.
 */
/** Letters that mark a Latin-script language by themselves. */
const LATIN_LETTER_MARKERS: Record<string, RegExp> = {
  vi: /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/,
  fr: /[èêçùœ]/,
  es: /[ñ¿¡]/,
  pt: /[ãõ]/,
};
/** Common words that mark a Latin-script language (one scan for all languages). */
const LATIN_WORD_MARKERS: [string, string][] = [
  ['fr', 'les|des|vous|nous|avec|pour|emploi|travail'],
  ['es', 'los|las|para|con|una|trabajo|empleo|sueldo'],
  ['pt', 'os|para|com|uma|você|não|trabalho|emprego|vagas?'],
  ['id', 'dan|yang|untuk|dengan|kerja|gaji|anda|kami|tidak|lowongan|ke|di'],
  ['ms', 'dan|yang|untuk|dengan|kerja|gaji|anda|kami|tidak|jawatan|di'],
  ['tl', 'ang|ng|mga|sa|ka|ako|kayo|po|trabaho|sahod'],
  ['sw', 'na|kwa|ya|wa|kazi|nchini|mshahara|za|kupitia'],
];
// Unicode-aware word boundaries: with ASCII \b, Vietnamese "hàng" would contain the word "ng".
const WORD_MARKER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LATIN_WORD_MARKERS.map(([, w]) => `(${w})`).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

const WORD_MARKER_EXACT: [string, RegExp][] = LATIN_WORD_MARKERS.map(([l, w]) => [l, new RegExp(`^(?:${w})$`, 'u')]);

/** Latin-script languages marked in the text (letters or common words). */
function latinMarkers(text: string): Set<string> {
  const out = new Set<string>();
  for (const [lang, re] of Object.entries(LATIN_LETTER_MARKERS)) if (re.test(text)) out.add(lang);
  // Vietnamese also writes ê, è, ù, ã, õ: in Vietnamese text only words mark French or Portuguese
  if (out.has('vi')) {
    out.delete('fr');
    out.delete('pt');
  }
  WORD_MARKER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = WORD_MARKER_RE.exec(text)) !== null && guard++ < 200) {
    // a word can mark several languages ("para": es and pt; "dan": id and ms)
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        for (const [lang, exact] of WORD_MARKER_EXACT) if (exact.test(m[g]!)) out.add(lang);
        break;
      }
    }
    if (out.size >= LATIN_WORD_MARKERS.length + 1) break;
  }
  return out;
}

/**
 * Which pattern languages a text needs: every language whose script appears; for Latin-script
 * languages other than English, only when detected or marked (see LATIN_LETTER_MARKERS and LATIN_WORD_MARKERS).
 * @param langs the pattern languages available in the list
 */
export function languagesNeeded(text: string, detected: string, langs: Iterable<string>): Set<string> {
  const scripts = scriptsIn(text);
  const out = new Set<string>();
  let marked: Set<string> | null = null;
  for (const lang of langs) {
    const script = scriptOfLang(lang);
    if (!scripts.has(script)) continue;
    if (script === 'latin' && lang !== 'en' && lang !== detected && (lang in LATIN_LETTER_MARKERS || LATIN_WORD_MARKERS.some(([l]) => l === lang))) {
      marked ??= latinMarkers(text);
      if (!marked.has(lang)) continue;
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
