/**
 * Pure parts of the web checker (src/checker): evidence highlighting over the original text, grouping,
 * the share text (message left out unless asked), language choice, campaign branding and the web app manifest.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../../src/engine/types';
import { groupFindings, highlightSegments } from '../../../src/checker/highlight';
import { buildShareText, explain, firstSentence } from '../../../src/checker/share';
import { initialLocale, menuLocales, supportedLocale } from '../../../src/checker/locale';
import { assess } from '../../../src/checker/engine-core';
import { PROJECT_LIST_URLS, listUrls, pngWidth, resolveBranding, shortLabel } from '../../../src/checker/campaign-branding';
import { webManifest } from '../../../src/checker/precache-plugin';
import { DEFAULT_BRANDING } from '../../../src/checker/branding';
import { translator } from '../../../src/i18n';

const f = (indicator: string, start: number, end: number, text: string, weight = 2, extra: Partial<Finding> = {}): Finding => ({
  indicator,
  category: 'offer',
  weight,
  explanationKey: `ind_${indicator}`,
  evidence: { text: text.slice(start, end), start, end },
  ...extra,
});

describe('highlightSegments', () => {
  const text = 'Work in Cambodia, USD 2,500 per month, contact us on Telegram.';
  it('covers the text exactly, with marks over the evidence', () => {
    const findings = [f('A', 8, 16, text), f('B', 18, 37, text), f('C', 53, 61, text)];
    const segs = highlightSegments(text, findings);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.indicators.length).map((s) => s.text)).toEqual(['Cambodia', 'USD 2,500 per month', 'Telegram']);
  });
  it('merges overlapping and touching evidence, naming every indicator', () => {
    const segs = highlightSegments(text, [f('A', 18, 27, text), f('B', 22, 37, text), f('C', 37, 38, text)]);
    const marks = segs.filter((s) => s.indicators.length);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.text).toBe('USD 2,500 per month,');
    expect(marks[0]!.indicators).toEqual(['A', 'B', 'C']);
  });
  it('skips evidence from other fields and out-of-range or empty offsets instead of throwing', () => {
    const bad = [f('T', 0, 4, text, 2, { evidence: { text: 'x', start: 0, end: 4, field: 'title' } }), f('X', -1, 3, text), f('Y', 10, 999, text), f('Z', 5, 5, text)];
    const segs = highlightSegments(text, bad);
    expect(segs).toEqual([{ text, start: 0, end: text.length, indicators: [] }]);
    expect(highlightSegments('', [])).toEqual([]);
  });
  it('keeps offsets of the real engine aligned with the pasted text (Arabic, emoji, zero-width tricks)', () => {
    const lure =
      '🔥 URGENT: customer service in Sihanoukville, Cambodia! Salary USD 2,800 per month, free flight + visa. Pay a\u200b registration fee of $150. Contact us on Telegram @anna_hr_desk only. ' +
      'مطلوب موظفين في كمبوديا برواتب عالية، تواصل عبر تيليجرام.';
    const r = assess(lure);
    if (!('assessment' in r)) throw new Error(r.error);
    expect(r.assessment.findings.length).toBeGreaterThan(1);
    const segs = highlightSegments(lure, r.assessment.findings);
    expect(segs.map((s) => s.text).join('')).toBe(lure);
    for (const fd of r.assessment.findings.filter((x) => (x.evidence.field ?? 'text') === 'text')) {
      expect(lure.slice(fd.evidence.start, fd.evidence.end)).toBe(fd.evidence.text);
    }
  });
});

describe('groupFindings', () => {
  it('groups per indicator, strongest first, without duplicate quotes', () => {
    const text = 'Telegram telegram Telegram fee';
    const g = groupFindings([f('C', 0, 8, text, 2), f('C', 18, 26, text, 2), f('F', 27, 30, text, 5), f('C', 9, 17, text, 3)]);
    expect(g.map((x) => x.indicator)).toEqual(['F', 'C']);
    expect(g[1]!.weight).toBe(3);
    expect(g[1]!.quotes).toEqual(['Telegram', 'telegram']);
  });
  it('shows a reason shared by sub-indicators once (IND-07 tiers share ind_07)', () => {
    const text = 'Myawaddy or Bangkok';
    const g = groupFindings([
      f('IND-07', 0, 8, text, 3, { explanationKey: 'ind_07' }),
      f('IND-07c', 12, 19, text, 1, { explanationKey: 'ind_07' }),
    ]);
    expect(g).toHaveLength(1);
    expect(g[0]!.quotes).toEqual(['Myawaddy', 'Bangkok']);
  });
});

describe('share text', () => {
  const t = translator('en');
  const message = 'Job in Cambodia, pay the fee, write to @lena_recruits on Telegram.';
  const groups = groupFindings([f('IND-16', 22, 25, message, 5, { explanationKey: 'no_such_key_here' })]);
  it('has the level, reasons and link but not the message by default', () => {
    const s = buildShareText({ level: 'high', groups, t, url: 'https://example.org/check/', includeMessage: false, message });
    expect(s.split('\n')[0]).toBe(t('checker_share_level_high'));
    expect(s).toContain('https://example.org/check/');
    expect(s).toContain(`• ${t('checker_finding_generic', ['IND-16'])}`);
    expect(s).not.toContain('@lena_recruits');
    expect(s).not.toContain('Cambodia');
  });
  it('adds the message only when asked', () => {
    const s = buildShareText({ level: 'medium', groups, t, url: 'u', includeMessage: true, message });
    expect(s).toContain(message);
    expect(s).toContain(t('checker_share_message_heading'));
  });
  it('uses the first sentence of an explanation, and a generic sentence for a missing one', () => {
    expect(firstSentence('One thing. Two things.')).toBe('One thing.');
    expect(firstSentence('没有句号')).toBe('没有句号');
    expect(firstSentence('هل هذا آمن؟ لا.')).toBe('هل هذا آمن؟');
    expect(explain(t, 'missing_key_x', 'IND-99')).toBe(t('checker_finding_generic', ['IND-99']));
  });
});

describe('language choice', () => {
  it('maps tags to UI locales and refuses unsupported ones', () => {
    expect(supportedLocale('pt-BR')).toBe('pt');
    expect(supportedLocale('zh-Hans-CN')).toBe('zh_CN');
    expect(supportedLocale('fil')).toBe('tl');
    expect(supportedLocale('en-GB')).toBe('en');
    expect(supportedLocale('de')).toBeUndefined();
    expect(supportedLocale(null)).toBeUndefined();
  });
  it('prefers ?lang=, then the stored choice, then the campaign, then the browser', () => {
    expect(initialLocale('ar', 'fr', 'sw', 'vi-VN')).toBe('ar');
    expect(initialLocale('xx', 'fr', 'sw', 'vi-VN')).toBe('fr');
    expect(initialLocale(null, null, 'sw', 'vi-VN')).toBe('sw');
    expect(initialLocale(null, null, undefined, 'vi-VN')).toBe('vi');
    expect(initialLocale(null, null, undefined, 'de-DE')).toBe('en');
  });
  it('offers the campaign languages first, each once', () => {
    const m = menuLocales(['sw', 'en', 'sw', 'klingon']);
    expect(m.slice(0, 2)).toEqual(['sw', 'en']);
    expect(m).toHaveLength(12);
    expect(new Set(m).size).toBe(12);
  });
});

describe('branding and manifest', () => {
  const repo = resolve(__dirname, '../../..');
  it('reads PNG widths and shortens home-screen labels at word boundaries', () => {
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47], 0);
    png.set([0, 0, 0, 192], 16);
    expect(pngWidth(png)).toBe(192);
    expect(pngWidth(new Uint8Array([1, 2, 3]))).toBe(0);
    expect(shortLabel('SafeRoute Jobs Check')).toBe('SafeRoute');
    expect(shortLabel('Supercalifragilistic')).toBe('Supercalifra');
    expect(shortLabel('LureLens')).toBe('LureLens');
  });
  it('builds an installable manifest with relative start URL and scope', () => {
    const m = webManifest(DEFAULT_BRANDING) as { start_url: string; scope: string; icons: { sizes: string; purpose: string }[] };
    expect(m.start_url).toBe('./');
    expect(m.scope).toBe('./');
    expect(m.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(m.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });
  it('defaults to LureLens without a campaign and refuses an unknown one', async () => {
    const { branding } = await resolveBranding(repo, undefined);
    expect(branding.name).toBe(DEFAULT_BRANDING.name);
    expect(branding.list.urls.every((u) => u.startsWith('https://'))).toBe(true);
    expect(branding.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    await expect(resolveBranding(repo, 'no-such-campaign-h8')).rejects.toThrow(/no-such-campaign-h8/);
  });
  it('takes list URLs from the environment, the campaign or the project, https only', () => {
    expect(listUrls('none', 'https://c.example/l.json')).toEqual([]);
    expect(listUrls('https://a.example/x.json, http://b.example/y.json', undefined)).toEqual(['https://a.example/x.json']);
    expect(listUrls(undefined, 'https://c.example/l.json')).toEqual(['https://c.example/l.json']);
    expect(listUrls(undefined, undefined)).toEqual(PROJECT_LIST_URLS);
  });
  it.skipIf(!existsSync(resolve(repo, 'src/campaigns/example/campaign.json')))('takes name, colours, languages, country, channels and logo from a campaign', async () => {
    const { branding, logo } = await resolveBranding(repo, 'example');
    expect(branding.campaign).toBe('example');
    expect(branding.themeColor).toMatch(/^#/);
    expect(branding.languages?.length).toBeGreaterThan(0);
    expect(branding.logo?.size).toBeGreaterThan(0);
    expect(logo && pngWidth(logo)).toBe(branding.logo?.size);
    const m = webManifest(branding) as { name: string; theme_color: string; icons: { src: string }[] };
    expect(m.name).toBe(branding.name);
    expect(m.theme_color).toBe(branding.themeColor);
    expect(m.icons.every((i) => i.src.startsWith('icons/campaign-logo'))).toBe(true);
  });
});
