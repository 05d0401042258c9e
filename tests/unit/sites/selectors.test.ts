import { describe, expect, it } from 'vitest';
import { blockText, hashText, inlineText, mergeSelectors, normaliseLink, outermost, ownMatches, parseSelector, safeQueryAll } from '../../../src/sites/selectors';
import { parse } from './load';

describe('blockText', () => {
  it('separates block elements and <br> with line breaks, collapses spaces', () => {
    const d = parse('<div id="a"><p>One   two</p><p>three<br>four</p><span>five</span> <b>six</b></div>');
    expect(blockText(d.getElementById('a'))).toBe('One two\nthree\nfour\nfive six');
  });
  it('leaves out script, style, buttons, screen-reader copies and our own warning hosts', () => {
    const d = parse(
      '<div id="a"><script>var secret=1</script><style>.x{color:red}</style><span aria-hidden="true">Ann Lee</span>' +
        '<span class="visually-hidden">Ann Lee</span><button>…see more</button><lurelens-warning>Danger</lurelens-warning><p>Body text</p></div>',
    );
    const t = blockText(d.getElementById('a'));
    expect(t).toBe('Ann Lee\nBody text');
    expect(t).not.toMatch(/secret|color|see more|Danger/);
  });
  it('caps the length and returns "" for null', () => {
    const d = parse(`<p id="a">${'x'.repeat(500)}</p>`);
    expect(blockText(d.getElementById('a'), 100)).toHaveLength(100);
    expect(blockText(null)).toBe('');
  });
  it('inlineText joins lines with spaces', () => {
    const d = parse('<h1 id="a"><span>Senior</span><div>Engineer</div></h1>');
    expect(inlineText(d.getElementById('a'))).toBe('Senior Engineer');
  });
});

describe('selector data', () => {
  it('parses the @attribute suffix and leaves @ inside attribute values alone', () => {
    expect(parseSelector('[data-urn]@data-urn')).toEqual({ css: '[data-urn]', attr: 'data-urn' });
    expect(parseSelector('a[href*="x@y"]')).toEqual({ css: 'a[href*="x@y"]' });
  });
  it('skips invalid selectors instead of throwing', () => {
    const d = parse('<p>a</p>');
    expect(safeQueryAll(d, 'p[[[')).toEqual([]);
    expect(safeQueryAll(d, 'p')).toHaveLength(1);
  });
  it('list parts replace defaults wholesale; empty list parts are ignored', () => {
    const m = mergeSelectors({ post: ['.a', '.b'], postBody: ['.c'] }, { post: ['.z'], postBody: [] });
    expect(m).toEqual({ post: ['.z'], postBody: ['.c'] });
    expect(mergeSelectors({ post: ['.a'] }, undefined)).toEqual({ post: ['.a'] });
  });
  it('ownMatches excludes parts that belong to a nested container', () => {
    const d = parse('<div class="c" id="outer"><p class="b">outer</p><div class="c"><p class="b">inner</p></div></div>');
    const outer = d.getElementById('outer')!;
    expect(ownMatches(outer, '.b', '.c').map((e) => e.textContent)).toEqual(['outer']);
  });
  it('outermost drops elements inside others', () => {
    const d = parse('<div id="a"><div id="b"></div></div><div id="c"></div>');
    const els = ['a', 'b', 'c'].map((i) => d.getElementById(i)!);
    expect(outermost(els).map((e) => e.id)).toEqual(['a', 'c']);
  });
});

describe('keys and links', () => {
  it('hashText is stable and discriminates', () => {
    expect(hashText('same text')).toBe(hashText('same text'));
    expect(hashText('same text')).not.toBe(hashText('same text.'));
  });
  it('normaliseLink resolves, drops tracking query, keeps id keys', () => {
    const base = new URL('https://au.indeed.com/jobs?q=x');
    expect(normaliseLink('/rc/clk?jk=abc&bb=track', base, ['jk'])).toBe('https://au.indeed.com/rc/clk?jk=abc');
    expect(normaliseLink('javascript:void(0)', base)).toBeUndefined();
    expect(normaliseLink('', base)).toBeUndefined();
    expect(normaliseLink('https://x.com/a/status/1?s=20#m', base)).toBe('https://x.com/a/status/1');
  });
});
