import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findGeneric, htmlToText, jobBlocks, jobPostingObjects, looksLikeJobText } from '@/src/sites/generic';
import { findPostings, adaptersFor } from '@/src/sites/registry';

const URL_ = new URL('https://jobs.example.test/list');

function doc(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

const LURE =
  'Customer service staff wanted in Sihanoukville, Cambodia. Salary 2,800 USD per month, no experience needed. Free flight and visa paid by the company. Contact our recruiter on Telegram @fastjob_hr now.';
const HONEST =
  'Warehouse assistant, Nairobi. We are hiring a warehouse assistant for our Industrial Area depot. Salary KSh 28,000 per month. Apply through our careers page with your CV; interviews are held at our office.';

describe('looksLikeJobText', () => {
  it('accepts job posts in several languages and rejects ordinary text', () => {
    expect(looksLikeJobText(LURE)).toBe(true);
    expect(looksLikeJobText('Lowongan kerja admin gudang di Jakarta, gaji Rp 5 juta per bulan, kirim lamaran lewat email.')).toBe(true);
    expect(looksLikeJobText('مطلوب موظفين خدمة عملاء براتب شهري ممتاز مع تأشيرة وتذكرة طيران مجانية للعمل في الخارج')).toBe(true);
    expect(looksLikeJobText('The weather in the mountains was lovely this weekend and we hiked for hours along the ridge.')).toBe(false);
    expect(looksLikeJobText('job salary')).toBe(false); // too short to be a posting
  });
});

describe('jobBlocks', () => {
  it('picks each article of a job board, not the list that holds them', () => {
    const d = doc(`<main><h1>Latest jobs</h1><div class="list">
      <article id="a"><h2>Customer service agent</h2><p>${LURE}</p></article>
      <article id="b"><h2>Warehouse assistant</h2><div><p>${HONEST}</p></div></article>
    </div></main>`);
    const ids = jobBlocks(d).map((e) => e.id);
    expect(ids).toEqual(['a', 'b']);
  });

  it('takes the post, not the inner paragraph, when the post adds only a title', () => {
    const d = doc(`<div id="feed"><div id="p1" class="post"><span>Maria K. · 2h</span><div class="body"><p>${LURE}</p></div></div>
      <div id="p2" class="post"><span>Jonas · 3h</span><div class="body"><p>${HONEST}</p></div></div></div>`);
    expect(jobBlocks(d).map((e) => e.id)).toEqual(['p1', 'p2']);
  });

  it('picks the one job-like post of a feed, not the feed', () => {
    const d = doc(`<div id="feed"><div class="post" id="h">Lovely day at the lake with the kids, the weather was perfect for a boat ride.</div>
      <div class="post" id="j"><span>Agency · 5 min</span><p>${LURE}</p></div></div>`);
    expect(jobBlocks(d).map((e) => e.id)).toEqual(['j']);
    const d2 = doc(`<div id="feed"><p>${'Some long story about a family holiday by the sea, with photos of the beach and the boats. '.repeat(1)}</p>
      <div id="j"><span>Agency · 5 min</span><p>${LURE}</p></div></div>`);
    expect(jobBlocks(d2).map((e) => e.id)).toEqual(['j']);
  });

  it('ignores navigation, editors and our own warning hosts', () => {
    const d = doc(`<nav><p>${LURE}</p></nav><div contenteditable="true"><p>${LURE}</p></div>`);
    expect(jobBlocks(d)).toEqual([]);
  });

  it('finds a post inside a subtree added later (the root itself is a candidate)', () => {
    const d = doc('<div id="feed"></div>');
    const post = d.createElement('article');
    post.textContent = LURE;
    d.getElementById('feed')!.append(post);
    expect(jobBlocks(post)).toEqual([post]);
  });
});

describe('JSON-LD', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', name: 'X' },
      {
        '@type': 'JobPosting',
        title: 'Data entry clerk',
        description: '<p>Work from home &amp; earn <b>$900 weekly</b>.</p><p>Pay a small registration fee first.</p>',
        hiringOrganization: { '@type': 'Organization', name: 'Bright Path Ltd' },
        jobLocation: { '@type': 'Place', address: { addressLocality: 'Manila', addressCountry: 'PH' } },
        baseSalary: { currency: 'USD', value: { value: 900, unitText: 'WEEK' } },
      },
    ],
  };

  it('reads JobPosting objects inside @graph and decodes the HTML description as text', () => {
    expect(jobPostingObjects(ld)).toHaveLength(1);
    expect(htmlToText('<p>A &amp; B</p><p>&#x41;&lt;img&gt;</p>')).toBe('A & B\nA<img>');
  });

  it('places the posting before the heading with its title', () => {
    const d = doc(`<main><h1>Data entry clerk</h1><p>see below</p></main><script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    const found = findGeneric(d, URL_);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.posting.title).toBe('Data entry clerk');
    expect(f.posting.company).toBe('Bright Path Ltd');
    expect(f.posting.location).toBe('Manila, PH');
    expect(f.posting.text).toContain('registration fee');
    expect(f.posting.text).not.toContain('<');
    expect(f.anchor?.tagName).toBe('H1');
  });

  it('skips malformed JSON-LD without throwing', () => {
    const d = doc(`<script type="application/ld+json">{"@type":"JobPosting", broken</script><article>${LURE}</article>`);
    const found = findGeneric(d, URL_);
    expect(found.map((f) => f.element.tagName)).toEqual(['ARTICLE']);
  });
});

describe('registry', () => {
  it('always ends with the generic adapter and keys are stable for the same text', () => {
    expect(adaptersFor(URL_).at(-1)?.id).toBe('generic');
    const html = `<article>${LURE}</article>`;
    const a = findPostings(doc(html), URL_, {});
    const b = findPostings(doc(html), URL_, {});
    expect(a).toHaveLength(1);
    expect(a[0]!.key).toBe(b[0]!.key);
    expect(a[0]!.posting.source).toBe('generic');
  });
});
