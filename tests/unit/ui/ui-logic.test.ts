/**
 * Pure logic behind the extension pages: site lists, country and channels, the "this is wrong" report,
 * list status, contrast, campaign configs.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hostMatches, levelWarns, normalizeSite, scanAllowedForUrl, shouldScanHost } from '../../../src/settings/sites';
import { withDefaults } from '../../../src/settings/settings';
import { channelsFor, countryFromLocales, telHref } from '../../../src/ui/country';
import { MAX_REPORT_TEXT, reportHref } from '../../../src/ui/report';
import { normalizeListStatus, relativeTime } from '../../../src/ui/list-status';
import { contrastRatio } from '../../../src/ui/contrast';
import { parseCampaign } from '../../../src/campaigns/schema';
import { loadCampaign } from '../../../src/campaigns/build';
import type { ReportingChannel } from '../../../src/list/schema';

describe('site lists', () => {
  it('normalises what users type and rejects junk', () => {
    expect(normalizeSite(' https://Jobs.Example.com/careers?x=1 ')).toBe('jobs.example.com');
    expect(normalizeSite('*.example.org')).toBe('example.org');
    expect(normalizeSite('example.com:8080/path')).toBe('example.com');
    expect(normalizeSite('not a site')).toBeNull();
    expect(normalizeSite('javascript:alert(1)')).toBeNull();
    expect(normalizeSite('')).toBeNull();
  });
  it('matches subdomains but not look-alikes', () => {
    expect(hostMatches('jobs.example.com', 'example.com')).toBe(true);
    expect(hostMatches('badexample.com', 'example.com')).toBe(false);
  });
  it('scans every site or only listed ones, never trusted ones', () => {
    const s = { trustedSites: ['trusted.org'], scanMode: 'all' as const, scanSites: [] };
    expect(shouldScanHost(s, 'news.site')).toBe(true);
    expect(shouldScanHost(s, 'careers.trusted.org')).toBe(false);
    expect(shouldScanHost({ ...s, scanMode: 'listed', scanSites: ['board.net'] }, 'news.site')).toBe(false);
    expect(shouldScanHost({ ...s, scanMode: 'listed', scanSites: ['board.net'] }, 'm.board.net')).toBe(true);
  });
  it('page URLs are checked against the sites to scan', () => {
    const listed = { trustedSites: [], scanMode: 'listed' as const, scanSites: ['board.net'] };
    expect(scanAllowedForUrl(listed, 'https://jobs.board.net/p/1')).toBe(true);
    expect(scanAllowedForUrl(listed, 'https://elsewhere.org/')).toBe(false);
    expect(scanAllowedForUrl(listed, 'file:///tmp/x.html')).toBe(false);
    expect(scanAllowedForUrl({ ...listed, scanMode: 'all' }, 'not a url')).toBe(true);
  });
  it('sensitivity decides which levels warn', () => {
    expect(levelWarns({ sensitivity: 'caution' }, 'medium')).toBe(true);
    expect(levelWarns({ sensitivity: 'danger' }, 'medium')).toBe(false);
    expect(levelWarns({ sensitivity: 'danger' }, 'high')).toBe(true);
    expect(levelWarns({ sensitivity: 'caution' }, 'low')).toBe(false);
  });
  it('stored settings of the wrong shape fall back to defaults', () => {
    expect(withDefaults({ sensitivity: 'loud', trustedSites: 'x', country: 'kenya', scanMode: 1 })).toEqual({ sensitivity: 'caution', trustedSites: [], scanMode: 'all', scanSites: [] });
    expect(withDefaults({ country: 'KE', trustedSites: ['a.org', 3] }).trustedSites).toEqual(['a.org']);
  });
});

describe('country and channels', () => {
  it('takes the region from the browser locale, else a single-country language', () => {
    expect(countryFromLocales(['en-KE'])).toBe('KE');
    expect(countryFromLocales(['zh-Hans-CN'])).toBe('CN');
    expect(countryFromLocales(['id'])).toBe('ID');
    expect(countryFromLocales(['ar'])).toBeUndefined();
    expect(countryFromLocales(['es-419'])).toBeUndefined();
  });
  const ch = (id: string, country: string, phone?: string): ReportingChannel => ({ id, country, name: id, kind: 'hotline', source: 'test', ...(phone ? { phone } : { url: 'https://example.org' }) });
  it('lists campaign channels first, the country own, then international; phones first', () => {
    const r = channelsFor([ch('web', 'KE'), ch('int', 'INT'), ch('tel', 'KE', '116'), ch('other', 'UG', '1')], 'KE', [ch('camp', 'KE')]);
    expect(r.national.map((c) => c.id)).toEqual(['tel', 'camp', 'web']);
    expect(r.international.map((c) => c.id)).toEqual(['int']);
    expect(channelsFor([ch('a', 'KE')], undefined).national).toEqual([]);
  });
  it('makes tel: links from displayed numbers', () => {
    expect(telHref('+60 3-2610 1559')).toBe('tel:+60326101559');
    expect(telHref('1343')).toBe('tel:1343');
    expect(telHref('#9110')).toBe('tel:%239110');
    expect(telHref('none')).toBeUndefined();
  });
});

describe('"this is wrong" report', () => {
  const base = { kind: 'false-warning' as const, indicators: ['IND-07', 'IND-11'], listVersion: '2026.11.29', extensionVersion: '0.1.0', site: 'jobs.example' };
  it('carries indicator ids and list version, and the text only when given', () => {
    const href = new URL(reportHref('https://github.com/o/r/issues/new', base));
    expect(href.searchParams.get('title')).toContain('IND-07');
    expect(href.searchParams.get('body')).toContain('Indicator list: 2026.11.29');
    expect(href.searchParams.get('body')).not.toContain('Posting text');
    const withText = new URL(reportHref('https://github.com/o/r/issues/new', { ...base, text: 'Work in X\nfree flight' }));
    expect(withText.searchParams.get('body')).toContain('> free flight');
  });
  it('caps long texts and supports mailto', () => {
    const href = reportHref('mailto:reports@example.org', { ...base, text: 'x'.repeat(MAX_REPORT_TEXT * 3) });
    expect(href.startsWith('mailto:reports@example.org?subject=')).toBe(true);
    expect(decodeURIComponent(href).length).toBeLessThan(MAX_REPORT_TEXT + 1000);
  });
});

describe('list status', () => {
  it('reads the background status and says why an update failed', () => {
    const now = Date.parse('2026-12-02T00:00:00Z');
    const v = normalizeListStatus({ activeVersion: '2026.11.29', published: '2026-11-29T00:00:00Z', expires: '2027-01-01T00:00:00Z', lastError: { at: now, reason: 'signature does not match' } }, now);
    expect(v).toMatchObject({ listVersion: '2026.11.29', error: 'signature does not match', expired: false, updated: Date.parse('2026-11-29T00:00:00Z') });
    expect(normalizeListStatus('garbage')).toEqual({});
    expect(normalizeListStatus({ activeVersion: 'x', expires: '2020-01-01' }, now).expired).toBe(true);
  });
  it('formats ages in the UI language', () => {
    const now = Date.parse('2026-12-02T00:00:00Z');
    expect(relativeTime(now - 3 * 86400_000, 'en', now)).toBe('3 days ago');
    expect(relativeTime(now - 3 * 86400_000, 'fr', now)).toBe('il y a 3 jours');
  });
});

describe('campaigns', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 0);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
  it('the example campaign is valid and loads', () => {
    const loaded = loadCampaign(process.cwd(), 'example');
    expect(loaded.campaign.id).toBe('example');
    expect(contrastRatio(loaded.campaign.colors.brand, loaded.campaign.colors.onBrand)).toBeGreaterThanOrEqual(4.5);
  });
  it('rejects low-contrast colours, plain-http lists and unknown campaigns', () => {
    const good = JSON.parse(readFileSync('src/campaigns/example/campaign.json', 'utf8')) as Record<string, unknown>;
    expect(() => parseCampaign({ ...good, colors: { brand: '#999999', onBrand: '#ffffff' } })).toThrow(/contrast/);
    expect(() => parseCampaign({ ...good, list: { url: 'http://x.org/list.json', publicKey: 'k'.repeat(44) } })).toThrow(/list/);
    expect(() => loadCampaign(process.cwd(), 'no-such-campaign')).toThrow(/no campaign/);
    expect(() => loadCampaign(process.cwd(), '../etc')).toThrow(/must be/);
  });
});
