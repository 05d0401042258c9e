import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '@/src/engine/normalize';
import { normalizePattern } from '@/src/engine/pattern-text';

/** Find `needle` in the normalised text and map it back to the original. */
function quote(original: string, needle: string): string | null {
  const n = normalize(original);
  const i = n.text.indexOf(needle);
  if (i < 0) return null;
  const { start, end } = toOriginalSpan(n, i, i + needle.length);
  return original.slice(start, end);
}

describe('normalize', () => {
  it('lower-cases and keeps offsets identical on plain text', () => {
    const n = normalize('Contact us on TELEGRAM');
    expect(n.text).toBe('contact us on telegram');
    expect(n.identity).toBe(true);
  });

  it('removes zero-width characters hidden inside words and maps evidence back', () => {
    const s = 'Message me on Tele\u200bgr\u200dam now';
    expect(normalize(s).text).toContain('telegram');
    expect(quote(s, 'telegram')).toBe('Tele\u200bgr\u200dam');
  });

  it('folds fullwidth letters (NFKC) and maps offsets to the original', () => {
    const s = 'ＷｈａｔｓＡｐｐ only';
    expect(normalize(s).text.startsWith('whatsapp')).toBe(true);
    expect(quote(s, 'whatsapp')).toBe('ＷｈａｔｓＡｐｐ');
  });

  it('reads digits used as letters inside words, but keeps amounts', () => {
    expect(normalize('add me on te1egram or wh4tsapp').text).toBe('add me on telegram or whatsapp');
    expect(normalize('pay 1500 usd, b2b 2024').text).toBe('pay 1500 usd, b2b 2024');
  });

  it('maps Cyrillic look-alike letters inside Latin words', () => {
    expect(normalize('Теlеgram').text).toBe('telegram');
    // a real Russian word is left alone
    expect(normalize('работа').text).toBe('работа');
  });

  it('removes Arabic diacritics and tatweel and folds letter variants', () => {
    expect(normalize('رَاتِبٌ مُرْتَفِعٌ').text).toBe('راتب مرتفع');
    expect(normalize('كمبوديـــا').text).toBe('كمبوديا');
    expect(normalize('أجور مغرية').text).toBe('اجور مغريه');
    expect(quote('وَظِيفَةٌ في كمبوديـــا', 'كمبوديا')).toBe('كمبوديـــا');
  });

  it('composes decomposed Vietnamese accents', () => {
    const s = 'vie\u0323\u0302c nhe\u0323 lu\u031bo\u031bng cao';
    expect(normalize(s).text).toBe('việc nhẹ lương cao');
    expect(quote(s, 'lương cao')).toBe('lu\u031bo\u031bng cao');
  });

  it('handles empty, non-string and emoji-only input', () => {
    expect(normalize('').text).toBe('');
    expect(normalize(undefined as unknown as string).text).toBe('');
    const e = normalize('🔥💰🔥');
    expect(e.text).toBe('🔥💰🔥');
  });
});

describe('normalizePattern', () => {
  it('lower-cases literals but keeps escapes and Unicode properties', () => {
    expect(normalizePattern(String.raw`\bTelegram\S+\p{L}`)).toBe(String.raw`\btelegram\S+\p{L}`);
    expect(normalizePattern('أجر')).toBe('اجر');
  });
});
