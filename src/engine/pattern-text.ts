/**
 * Bring a pattern source into the same form as normalised text: NFKC and the Arabic letter
 * folds of ./normalize.ts, so list authors may write "أجر" or "اجر" and both match.
 * Only literal letters change; ASCII (escapes, classes, quantifiers) is left alone, so the
 * regular-expression syntax survives.
 */
const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ک': 'ك', 'ی': 'ي',
};

export function normalizePattern(src: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(src)) return src;
  return src
    .normalize('NFKC')
    .replace(/[\u0640\u064b-\u065f\u0670\u200b-\u200d\ufeff]/g, '')
    .replace(/[أإآٱىةؤئکی]/g, (c) => FOLD[c] ?? c);
}
