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

describe('B10: padding beyond the analysed window', () => {
  it('a lure after 200k code units of emoji filler still warns, offsets into the whole text', () => {
    const text = '😀'.repeat(100_000) + ' ' + LURE;
    const a = run(text);
    expect(warned(a)).toBe(true);
    offsetsExact({ text }, a);
    expect(a.findings.every((f) => f.evidence.start > 200_000)).toBe(true);
  });

  it('a lure after a megabyte of word filler still warns', () => {
    const text = 'lorem ipsum dolor '.repeat(60_000) + LURE;
    const a = run(text);
    expect(warned(a)).toBe(true);
    offsetsExact({ text }, a);
  });

  it('a lure at the start of a huge text still warns; a surrogate pair at the cut is not split', () => {
    const text = LURE + ' ' + '🙂'.repeat(150_000);
    const a = run(text);
    expect(warned(a)).toBe(true);
    offsetsExact({ text }, a);
  });

  it('an honest text padded the same way does not warn', () => {
    const text = 'lorem ipsum dolor '.repeat(60_000) + 'Barista wanted for our cafe in Leeds, weekend shifts, apply in person.';
    expect(warned(run(text))).toBe(false);
  });

  it('a match never straddles the gap between head and tail windows', () => {
    const text = 'x'.repeat(149_990) + ' contact us' + 'y'.repeat(100_000) + ' ' + 'on telegram now';
    const a = run(text);
    offsetsExact({ text }, a);
    for (const f of a.findings) expect(f.evidence.end - f.evidence.start).toBeLessThan(1000);
  });
});

describe('B20: evidence trimmed to non-blank boundaries', () => {
  const posts = [
    'Gaji 15 juta per bulan, kerja di Kamboja, tanpa pengalaman, hubungi via WA',
    '月薪 3 万 ，包机票，柬埔寨客服，联系飞机',
    'Gaji 15jt, kerja Kamboja, tanpa pengalaman, japri admin',
    'Earn 2k usd weekly from home, no experience, free visa, message on Telegram',
    'Salary  $3000  per month in Myawaddy, free flight, contact on WhatsApp',
  ];
  for (const text of posts) {
    it(`no finding quotes leading/trailing blanks: ${text.slice(0, 30)}…`, () => {
      const a = run(text);
      expect(a.findings.length).toBeGreaterThan(0);
      offsetsExact({ text }, a);
      for (const f of a.findings) {
        expect(f.evidence.text).toBe(f.evidence.text.trim());
        expect(f.evidence.text.length).toBeGreaterThan(0);
      }
    });
  }
  it('other fields are trimmed too', () => {
    const p: Posting = { text: 'Customer service job in Cambodia, no experience, free flight.', salary: ' 2500 usd per month ' };
    const a = analyze(p, bundledList);
    offsetsExact(p, a);
    for (const f of a.findings) expect(f.evidence.text).toBe(f.evidence.text.trim());
  });
});

describe('B9: contact only through a messaging app', () => {
  const fires = [
    'We are hiring staff in Penang. Contact us only on Telegram @mara_recruit',
    'Reach out to us on WhatsApp for the details.',
    'Please message our hiring manager via Telegram.',
    'Serious applicants only. Telegram @quickhire_ops',
    'Telegram: @quickhire_ops',
    'For the interview: WhatsApp +855 96 123 4567',
    'Send your CV to WeChat @lily_hr_888 now',
    'Line @jobsbkk99 for details',
    'WhatsApp only wa.me/85596123456',
    // other languages, same gap (a few words between the verb and the app)
    'Hubungi kami hanya via Telegram untuk info gaji',
    'Contactez-nous uniquement sur WhatsApp',
    'Escríbenos solo por WhatsApp para más información',
    'Vaga de atendimento: fale conosco pelo WhatsApp agora',
    'Liên hệ trực tiếp qua Telegram để nhận việc',
    'تواصل معنا فقط عبر الواتساب',
    'Пишите только в телеграм',
    '请通过飞机联系客服',
    'ติดต่อได้ทางไลน์',
    'Wasiliana nasi haraka kupitia WhatsApp',
  ];
  for (const text of fires) {
    it(`fires IND-11: ${text}`, () => {
      const a = run(text);
      expect(ids(a)).toContain('IND-11');
      offsetsExact({ text }, a);
    });
  }

  const quiet = [
    'Contact our office in Leeds between 9am and 5pm.',
    'Email careers@example-clinic.org; telegram@example.org is our bot developer inbox.',
    'The production line runs 24/7 on three shifts.',
    'Call us at 0113 496 0000 to book a visit.',
  ];
  for (const text of quiet) {
    it(`does not fire IND-11: ${text}`, () => {
      expect(ids(run(text))).not.toContain('IND-11');
    });
  }

  it('the full textbook lure reports the contact indicator', () => {
    const text =
      'URGENT hiring customer service staff in Sihanoukville. Salary $2500/month, free flight ticket. Contact us only on Telegram @fast_hr_77 now!';
    const a = run(text);
    expect(ids(a)).toContain('IND-11');
    expect(a.level).toBe('high');
  });
});
