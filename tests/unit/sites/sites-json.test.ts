import { describe, expect, it } from 'vitest';
import sites from '../../../src/indicators/sites.json';
import { siteAdapters } from '../../../src/sites/all-sites';
import { KINDS, PARTS } from '../../../src/sites/define-site';
import { SiteSelectorsSchema } from '../../../src/list/schema';
import { parseSelector, isValidSelector } from '../../../src/sites/selectors';
import { bundledList } from '../../../src/indicators/bundled';
import { parse } from './load';
import { withSiteDefaults } from '../../../src/sites/defaults';

describe('sites.json (selectors as data in the indicator list)', () => {
  it('validates against the list schema and is in the bundled list', () => {
    expect(SiteSelectorsSchema.safeParse(sites).success).toBe(true);
    expect(Object.keys(bundledList.sites).sort()).toEqual(siteAdapters.map((a) => a.id).sort());
  });
  it('is each adapter’s registered default (the fallback when the list lacks a part)', () => {
    for (const a of siteAdapters) expect(a.defaults, a.id).toBe((sites as Record<string, unknown>)[a.id]);
    expect(Object.keys(sites).sort()).toEqual(siteAdapters.map((a) => a.id).sort());
  });
  it('withSiteDefaults: list parts replace default parts, missing parts and sites keep the defaults', () => {
    const merged = withSiteDefaults({ telegram: { post: ['.tg-v2'] }, newsite: { post: ['.p'] } });
    expect(merged.telegram.post).toEqual(['.tg-v2']);
    expect(merged.telegram.postBody).toEqual((sites as Record<string, Record<string, string[]>>).telegram.postBody);
    expect(merged.linkedin).toEqual((sites as Record<string, unknown>).linkedin);
    expect(merged.newsite).toEqual({ post: ['.p'] });
    expect(withSiteDefaults(undefined)).toEqual(sites);
  });
  it('uses only known part names, and every selector is valid CSS', () => {
    const known = new Set<string>(KINDS.flatMap((k) => [k, ...PARTS.map((p) => `${k}${p}`)]));
    const probe = parse('<p></p>');
    for (const [id, parts] of Object.entries(sites as Record<string, Record<string, string[]>>)) {
      for (const [part, list] of Object.entries(parts)) {
        expect(known.has(part), `${id}.${part}`).toBe(true);
        expect(list.length, `${id}.${part}`).toBeGreaterThan(0);
        for (const s of list) expect(isValidSelector(parseSelector(s).css, probe), `${id}.${part}: ${s}`).toBe(true);
      }
    }
  });
  it('every site has a container part', () => {
    for (const a of siteAdapters) expect(KINDS.some((k) => a.defaults[k]), a.id).toBe(true);
  });
});
