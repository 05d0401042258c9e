/**
 * Engine hardening against the adversarial break report (coord/break-report.md B7, B9, B10, B20).
 * All texts are invented.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/src/engine/analyze';
import { normalize, toOriginalSpan } from '@/src/engine/normalize';
import type { Assessment, Posting } from '@/src/engine/types';
import { bundledList } from '@/src/indicators/bundled';

const run = (text: string, extra: Omit<Posting, 'text'> = {}) => analyze({ text, ...extra }, bundledList);
const ids = (a: Assessment) => a.findings.map((f) => f.indicator);
const warned = (a: Assessment) => a.level === 'medium' || a.level === 'high';

/** Every evidence span quotes its field exactly. */
function offsetsExact(p: Posting, a: Assessment): void {
  for (const f of a.findings) {
    const field = (f.evidence.field ?? 'text') as keyof Posting;
    const src = p[field] as string;
    expect(src.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  }
}

const LURE =
  'Now recruiting friendly chat support agents for our office in Poipet, Cambodia. Pay $2800 per month, no experience required, free air ticket and visa arranged by us. Message on Telegram @kira_jobs88 today.';

const sprinkle = (t: string, sep: string) => [...t].join(sep);

describe('B7: invisible characters between letters', () => {
  it('baseline lure warns', () => {
    expect(warned(run(LURE))).toBe(true);
  });

  const cases: [string, string][] = [
    ['variation selector FE0F', '\ufe0f'],
    ['variation selector FE00', '\ufe00'],
    ['tag space E0020', '\u{E0020}'],
    ['tag letter E0061', '\u{E0061}'],
    ['Mongolian FVS 180B', '\u180b'],
    ['Mongolian vowel separator 180E', '\u180e'],
    ['Hangul choseong filler 115F', '\u115f'],
    ['Hangul jungseong filler 1160', '\u1160'],
    ['invisible times 2062', '\u2062'],
    ['inhibit symmetric swapping 206A', '\u206a'],
    ['Khmer inherent vowel 17B4', '\u17b4'],
  ];
  for (const [name, sep] of cases) {
    it(`still warns with ${name} after every character, offsets exact`, () => {
      const text = sprinkle(LURE, sep);
      const a = run(text);
      expect(a.level).toBe(run(LURE).level);
      offsetsExact({ text }, a);
    });
  }

  it('reads Hangul fillers U+3164 / U+FFA0 as spaces', () => {
    for (const filler of ['\u3164', '\uffa0']) {
      const text = LURE.replace(/ /g, filler);
      expect(normalize(text).text).toContain('no experience required');
      const a = run(text);
      expect(a.level).toBe(run(LURE).level);
      offsetsExact({ text }, a);
    }
  });

  it('normalised copy drops the invisibles but maps back to the original span', () => {
    const s = 'Ping me on T\ufe0fe\u{E0041}l\u180be\u115fg\u2061ram now';
    const n = normalize(s);
    const i = n.text.indexOf('telegram');
    expect(i).toBeGreaterThan(0);
    const { start, end } = toOriginalSpan(n, i, i + 'telegram'.length);
    expect(s.slice(start, end).startsWith('T\ufe0fe')).toBe(true);
    expect(s.slice(start, end).replace(/[^a-z]/gi, '')).toBe('Telegram');
  });

  it('ZWNJ inside a Persian word and FE0F in emoji do not break offsets', () => {
    const text = 'می\u200cخواهم ☎\ufe0f Contact us on WhatsApp ❤\ufe0f';
    const a = run(text);
    expect(ids(a)).toContain('IND-11');
    offsetsExact({ text }, a);
  });
});
