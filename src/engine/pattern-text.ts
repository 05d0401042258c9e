/**
 * Bring a pattern source into the same form as normalised text: lower case, NFKC and the
 * Arabic letter folds of ./normalize.ts, so list authors may write "Telegram", "أجر" or "اجر"
 * and all match. Escapes (\S, \W, \D, \B, \p{…}, \u{…}) are copied untouched, so the
 * regular-expression syntax survives.
 *
 * Why lower-case the source instead of using the "i" flag: normalised text is already lower
 * case, and V8 runs "iu" (case-insensitive Unicode) alternations about 40× slower than "u".
 */
const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ک': 'ك', 'ی': 'ي',
};

function lowerOutsideEscapes(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      out += c + next;
      i++;
      // \p{…}, \P{…}, \u{…}, \k<…>: copy the braced/angled part verbatim
      if ((next === 'p' || next === 'P' || next === 'u' || next === 'k') && (src[i + 1] === '{' || src[i + 1] === '<')) {
        const close = src[i + 1] === '{' ? '}' : '>';
        const end = src.indexOf(close, i + 1);
        if (end > 0) {
          out += src.slice(i + 1, end + 1);
          i = end;
        }
      }
      continue;
    }
    if (c === '(' && src[i + 1] === '?' && src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') {
      // named group: keep the name's case
      const end = src.indexOf('>', i);
      if (end > 0) {
        out += src.slice(i, end + 1);
        i = end;
        continue;
      }
    }
    out += c.toLowerCase();
  }
  return out;
}

export function normalizePattern(src: string): string {
  let s = lowerOutsideEscapes(src);
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(s)) return s;
  s = s.normalize('NFKC');
  return s.replace(/[\u0640\u064b-\u065f\u0670\u200b-\u200d\ufeff]/g, '').replace(/[أإآٱىةؤئکی]/g, (c) => FOLD[c] ?? c);
}
