/**
 * Main language of a posting (ISO 639-1, "und" when unknown). Non-Latin scripts decide
 * directly (Thai, Hangul, Kana, Han, Ethiopic…); Latin-script text goes to franc-min
 * (trigram model, pure JS), restricted to the Latin-script languages LureLens serves so that
 * short posts are not labelled with a neighbouring language. Only the first 200 characters
 * are examined (cost stays constant on huge posts).
 *
 * The language is informative (shown to the user, chooses English NLP): matching does not
 * depend on it — every language whose script appears is matched (see ./scripts.ts).
 */
import { franc } from 'franc-min';
import type { Script } from './scripts';

const ISO3_TO_1: Record<string, string> = {
  eng: 'en', fra: 'fr', spa: 'es', por: 'pt', ind: 'id', zlm: 'ms', vie: 'vi', tgl: 'tl', swh: 'sw', deu: 'de', ita: 'it', nld: 'nl', tur: 'tr',
  arb: 'ar', urd: 'ur', pes: 'fa', rus: 'ru', ukr: 'uk', hin: 'hi', npi: 'ne', mar: 'mr',
};
const LATIN_ONLY = ['eng', 'fra', 'spa', 'por', 'ind', 'zlm', 'vie', 'tgl', 'swh', 'deu', 'ita', 'nld', 'tur'];

/** Share of letters per script in the first 600 chars → dominant non-Latin script, if any. */
function dominantScript(sample: string): Script | null {
  const counts: Partial<Record<Script, number>> = {};
  let latin = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    let s: Script | null = null;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) latin++;
    else if (c >= 0x0600 && c <= 0x06ff) s = 'arabic';
    else if (c >= 0x0e00 && c <= 0x0e7f) s = 'thai';
    else if (c >= 0x3040 && c <= 0x30ff) s = 'kana';
    else if (c >= 0x3400 && c <= 0x9fff) s = 'han';
    else if (c >= 0xac00 && c <= 0xd7af) s = 'hangul';
    else if (c >= 0x0900 && c <= 0x097f) s = 'devanagari';
    else if (c >= 0x0400 && c <= 0x04ff) s = 'cyrillic';
    else if (c >= 0x1200 && c <= 0x137f) s = 'ethiopic';
    else if (c >= 0x1000 && c <= 0x109f) s = 'myanmar';
    else if (c >= 0x1780 && c <= 0x17ff) s = 'khmer';
    if (s) counts[s] = (counts[s] ?? 0) + 1;
  }
  let best: Script | null = null;
  let n = 0;
  for (const [s, k] of Object.entries(counts) as [Script, number][]) if (k > n) (best = s), (n = k);
  // CJK/Thai characters carry more meaning per character than Latin letters.
  const weight = best === 'han' || best === 'kana' || best === 'hangul' || best === 'thai' ? 3 : 1;
  return best && n * weight >= latin * 0.5 ? best : null;
}

/**
 * Detect the main language of a normalised (lower-case) text.
 * @returns ISO 639-1 code or "und".
 */
export function detectLanguage(text: string): string {
  const sample = text.length > 200 ? text.slice(0, 200) : text;
  const script = dominantScript(sample);
  if (script) {
    switch (script) {
      case 'thai': return 'th';
      case 'kana': return 'ja';
      case 'han': return /[\u3040-\u30ff]/.test(sample) ? 'ja' : 'zh';
      case 'hangul': return 'ko';
      case 'ethiopic': return 'am';
      case 'myanmar': return 'my';
      case 'khmer': return 'km';
      case 'arabic': return ISO3_TO_1[franc(sample, { only: ['arb', 'urd', 'pes'], minLength: 3 })] ?? 'ar';
      case 'devanagari': return ISO3_TO_1[franc(sample, { only: ['hin', 'npi', 'mar'], minLength: 3 })] ?? 'hi';
      case 'cyrillic': return ISO3_TO_1[franc(sample, { only: ['rus', 'ukr'], minLength: 3 })] ?? 'ru';
      default: return 'und';
    }
  }
  if (!/[a-z]/.test(sample)) return 'und';
  // letters only Vietnamese uses among the Latin-script languages served: no trigram model needed
  if (/[ăđơư]|[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/.test(sample)) return 'vi';
  const code = franc(sample, { only: LATIN_ONLY, minLength: 8 });
  return ISO3_TO_1[code] ?? 'und';
}
