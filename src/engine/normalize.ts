/**
 * Text normalisation with an offset map, so that evidence found in the normalised text can be
 * quoted from the ORIGINAL text: `original.slice(startOf(i), endOf(j))` is the original span
 * that produced normalised characters i…j.
 *
 * What it defeats (cheap tricks seen in lure posts, indicators.md §2):
 *  - Unicode compatibility forms (fullwidth "ＴＥＬＥＧＲＡＭ", ligatures, Arabic presentation
 *    forms): NFKC, applied per grapheme-ish cluster (base + combining marks) so Vietnamese
 *    decomposed accents are composed;
 *  - case: lower-cased (Unicode default case folding via toLowerCase);
 *  - invisible characters inserted inside words: every Default_Ignorable_Code_Point (ZWSP/ZWNJ/
 *    ZWJ/WJ/BOM/soft hyphen, variation selectors, tag characters, …) removed; the blank-looking
 *    Hangul fillers U+3164/U+FFA0 read as spaces;
 *  - Arabic diacritics (tashkeel), superscript alef, Quranic marks and tatweel: removed;
 *    letter variants folded (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي; Persian ک ی → ك ي);
 *  - confusable digits and look-alike letters INSIDE Latin words ("te1egram", "wh4tsapp",
 *    "Теlegram" with Cyrillic Т/е): mapped to the Latin letter they imitate. Digits next to
 *    other digits are left alone, so amounts survive.
 *
 * Patterns in the indicator list are written against this normalised form (lower case,
 * folded Arabic letters). Pure; never throws.
 */

/** Result of {@link normalize}. When `identity` is true the maps are not needed (offsets equal). */
export interface Normalized {
  text: string;
  /** startMap[i] = offset in the original of the cluster that produced normalised char i. */
  startMap: Uint32Array | null;
  /** endMap[i] = end offset (exclusive) in the original of that cluster. */
  endMap: Uint32Array | null;
  identity: boolean;
}

/**
 * Characters removed before matching: every Unicode Default_Ignorable_Code_Point (they render as
 * nothing, so a lure can hide them between letters: ZWSP/ZWNJ/ZWJ, variation selectors FE00–FE0F,
 * tag characters E0000–E0FFF, Mongolian FVS 180B–180F, CGJ, bidi controls, Hangul fillers 115F/1160…)
 * plus Arabic tashkeel, Quranic marks and tatweel. U+3164 and U+FFA0 are default-ignorable too,
 * but they render as a blank, so they become spaces instead (SPACE_LIKE). Dropping ZWNJ/ZWJ inside
 * Persian/Indic words and FE0F inside emoji is safe: only the normalised copy loses them.
 */
const DELETE_RE = /[\p{Default_Ignorable_Code_Point}\u0640\u064b-\u065f\u0670\u06d6-\u06ed]/u;
const DELETE_CHAR = /^[\p{Default_Ignorable_Code_Point}\u0640\u064b-\u065f\u0670\u06d6-\u06ed]$/u;
const DELETE_ALL = /[\p{Default_Ignorable_Code_Point}\u0640\u064b-\u065f\u0670\u06d6-\u06ed]/gu;
/** Hangul fillers that render as a blank (U+3164, halfwidth U+FFA0): read as a space. */
const SPACE_LIKE = /^[\u3164\uffa0]$/;
const SPACE_LIKE_ALL = /[\u3164\uffa0]/g;

/** One-to-one letter folds (same UTF-16 length), applied after lower-casing. */
const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ک': 'ك', 'ی': 'ي',
};
const FOLD_RE = /[أإآٱىةؤئکی]/g;

/** Digits used as letters inside Latin words ("te1egram", "wh4tsapp"); only between two letters. */
const DIGIT_AS_LETTER: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const DIGIT_RE = /(?<=[a-z])[013457](?=[a-z])/g;
const HAS_DIGIT_RE = /[a-z][013457][a-z]/;

/** Cyrillic/Greek letters that look Latin (after lower-casing), used inside Latin words. */
const LOOKALIKE: Record<string, string> = {
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'т': 't', 'к': 'k', 'м': 'm', 'н': 'h', 'в': 'b',
  'ο': 'o', 'α': 'a', 'ε': 'e', 'ι': 'i', 'ν': 'v', 'κ': 'k', 'τ': 't', 'ρ': 'p',
};
const HAS_MIXED_RE = /[a-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][a-z]/;
const WORD_RE = /[a-z\u0370-\u03ff\u0400-\u04ff]+/g;

function foldSameLength(s: string): string {
  let out = s;
  if (FOLD_RE.test(out)) {
    FOLD_RE.lastIndex = 0;
    out = out.replace(FOLD_RE, (c) => FOLD[c] ?? c);
  }
  FOLD_RE.lastIndex = 0;
  if (HAS_DIGIT_RE.test(out)) out = out.replace(DIGIT_RE, (c) => DIGIT_AS_LETTER[c] ?? c);
  if (HAS_MIXED_RE.test(out)) {
    out = out.replace(WORD_RE, (w) => (/[a-z]/.test(w) && /[^a-z]/.test(w) ? w.replace(/[^a-z]/g, (c) => LOOKALIKE[c] ?? c) : w));
  }
  return out;
}

/**
 * Normalise `input` for matching. O(n); allocations only when the text needs more than
 * same-length folds (most texts take the fast path with `identity: true`).
 */
export function normalize(input: string): Normalized {
  const s = typeof input === 'string' ? input : '';
  const lower = s.toLowerCase();
  if (lower.length === s.length && !DELETE_RE.test(s) && isNfkcStable(s)) {
    return { text: foldSameLength(lower), startMap: null, endMap: null, identity: true };
  }
  return slowNormalize(s);
}

function isNfkcStable(s: string): boolean {
  // ASCII is always stable; skip the native call for it.
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(s)) return true;
  return s.normalize('NFKC') === s;
}

function isMark(code: number): boolean {
  // Combining marks most likely to follow a base: general combining, Arabic, Thai/Lao above/below, Devanagari, variation selectors.
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

function slowNormalize(s: string): Normalized {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const start = i;
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    while (i < n && isMark(s.charCodeAt(i))) i++;
    const cluster = s.slice(start, i);
    let out: string;
    if (cp < 0x80 && i - start === 1) out = cluster.toLowerCase();
    else if (SPACE_LIKE.test(cluster)) out = ' ';
    else if (DELETE_CHAR.test(cluster)) out = '';
    else {
      out = cluster.normalize('NFKC').toLowerCase();
      if (DELETE_RE.test(out)) out = out.replace(SPACE_LIKE_ALL, ' ').replace(DELETE_ALL, '');
    }
    for (let k = 0; k < out.length; k++) {
      starts.push(start);
      ends.push(i);
    }
    if (out) parts.push(out);
  }
  const text = foldSameLength(parts.join(''));
  return { text, startMap: Uint32Array.from(starts), endMap: Uint32Array.from(ends), identity: false };
}

/**
 * Map a span [from, to) of the normalised text back to the original text.
 * @returns original offsets with `original.slice(start, end)` covering the whole span.
 */
export function toOriginalSpan(norm: Normalized, from: number, to: number): { start: number; end: number } {
  if (norm.identity || !norm.startMap || !norm.endMap) return { start: from, end: to };
  if (to <= from) {
    const at = from < norm.startMap.length ? norm.startMap[from]! : norm.endMap.length ? norm.endMap[norm.endMap.length - 1]! : 0;
    return { start: at, end: at };
  }
  return { start: norm.startMap[from]!, end: norm.endMap[to - 1]! };
}
