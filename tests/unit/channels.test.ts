/**
 * The bundled reporting channels (src/indicators/channels.json): every entry parses, ids are unique,
 * phone numbers can be turned into a tel: link, websites are https, and every channel says where it
 * was verified. Also guards against numbers the research marked unverified or wrong creeping back in
 * (sources: ../shared/domain/reporting-channels.md and reporting-channels-check.md).
 */
import { describe, expect, it } from 'vitest';
import channels from '../../src/indicators/channels.json';
import { bundledList } from '../../src/indicators/bundled';
import { ReportingChannelSchema } from '../../src/list/schema';

type Raw = Record<string, unknown>;
const list = channels as Raw[];

/**
 * A phone number someone can tap: digits with optional spaces or dashes, an optional leading "+"
 * (international format), or a leading "#" for short service codes such as Japan's police
 * consultation line #9110. Parentheses, letters, slashes and several numbers in one field are rejected.
 */
function isTappablePhone(phone: string): boolean {
  if (!/^[+#]?\d[\d -]*\d$/.test(phone)) return false;
  if (/[ -]{2}/.test(phone)) return false;
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 3 && digits.length <= 15;
}

describe('bundled reporting channels', () => {
  it('is a non-empty array that the bundled list carries unchanged', () => {
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBeGreaterThan(20);
    expect(bundledList.channels.map((c) => c.id)).toEqual(list.map((c) => c.id));
  });

  it('every channel parses with ReportingChannelSchema and has no unknown fields', () => {
    const known = new Set(Object.keys(ReportingChannelSchema.shape));
    for (const c of list) {
      const r = ReportingChannelSchema.safeParse(c);
      expect(r.success, `${String(c.id)}: ${r.success ? '' : r.error.issues[0]?.message}`).toBe(true);
      for (const k of Object.keys(c)) expect(known.has(k), `${String(c.id)} has unknown field ${k}`).toBe(true);
    }
  });

  it('every id is unique and lower-case kebab', () => {
    const ids = list.map((c) => String(c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('phone numbers are in a tappable format', () => {
    const phones = list.filter((c) => c.phone !== undefined);
    expect(phones.length).toBeGreaterThan(10);
    for (const c of phones) expect(isTappablePhone(String(c.phone)), `${String(c.id)}: "${String(c.phone)}"`).toBe(true);
  });

  it('the phone check itself rejects untappable numbers', () => {
    for (const bad of ['(02) 1343', '1343 / 1326', 'call 117', '+', '12', '0300--123', '@tw165', '1-888-373-7888 ext 2', '+44 20 1234 5678 9012 345']) {
      expect(isTappablePhone(bad), bad).toBe(false);
    }
    for (const good of ['1326', '+95 998 521 0991', '1-888-373-7888', '08000 121 700', '#9110']) {
      expect(isTappablePhone(good), good).toBe(true);
    }
  });

  it('websites are https', () => {
    const withUrl = list.filter((c) => c.url !== undefined);
    expect(withUrl.length).toBeGreaterThan(10);
    for (const c of withUrl) expect(new URL(String(c.url)).protocol, String(c.id)).toBe('https:');
  });

  it('every channel names the source where it was verified', () => {
    for (const c of list) {
      expect(typeof c.source === 'string' && c.source.trim().length > 0, String(c.id)).toBe(true);
      expect(String(c.source), String(c.id)).toMatch(/https?:\/\/\S+/);
    }
  });

  it('every channel can be reached (phone or website), except named apps', () => {
    for (const c of list) {
      if (c.phone === undefined && c.url === undefined) expect(c.kind, String(c.id)).toBe('other');
    }
  });

  it('international channels come first', () => {
    const firstNational = list.findIndex((c) => c.country !== 'INT');
    expect(firstNational).toBeGreaterThan(0);
    expect(list.slice(firstNational).some((c) => c.country === 'INT')).toBe(false);
  });

  it('languages are ISO 639-1 codes', () => {
    for (const c of list) for (const l of (c.languages as string[] | undefined) ?? []) expect(l, String(c.id)).toMatch(/^[a-z]{2}$/);
  });

  it('covers the countries the issue names', () => {
    const countries = new Set(list.map((c) => c.country));
    for (const cc of ['PH', 'ID', 'VN', 'TH', 'KE', 'IN', 'MY', 'KR', 'US', 'GB']) expect(countries.has(cc), cc).toBe(true);
  });

  it('ships none of the numbers or sites the research marked unverified or wrong', () => {
    const shipped = JSON.stringify(list);
    for (const bad of [
      '979 117 117', // Cambodia police Telegram digits: in no stored source
      '1800 595 160', // IDCARE: conflicts with every source
      'tw165', // Taiwan LINE ID: not found
      '62 844 844', // Vietnam MOFA 2015 line: area code changed
      'interpol-icp.org', // look-alike, not an INTERPOL domain
      'thaipoliceonline.com', // old domain; only .go.th is genuine
      'cons.vientianne', // misspelt embassy e-mail
      '1566-1188', // mislabelled Korean line
    ]) {
      expect(shipped.includes(bad), bad).toBe(false);
    }
  });
});
