/**
 * Evasions of the generic extractor found by the adversarial tester (break report B2, B11, B12, B14, B17):
 * each test fails on the extractor before its fix. Texts are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findGeneric, jobBlocks, joinWordLines, MAX_SENT, trimForAnalysis } from '@/src/sites/generic';
import { findPostings } from '@/src/sites/registry';
import { extractWith } from '@/src/sites/define-site';

const URL_ = new URL('https://jobs.example.test/feed');

function doc(html: string, head = ''): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${html}</body></html>`).document as unknown as Document;
}

const LURE =
  'Urgent hiring: customer service staff in Sihanoukville, Cambodia. Salary 2,600 USD per month, no experience needed, free flight ticket and visa provided. Contact Mr. Dara on Telegram @quickjob_dara now.';
const HONEST =
  'Warehouse assistant, Mombasa. We are hiring a warehouse assistant for our port depot. Salary KSh 30,000 per month. Apply through our careers page with your CV; interviews are held at our office.';

describe('B17: identical reposts are separate postings', () => {
  const three = (tag: string) =>
    `<${tag === 'li' ? 'ul' : 'div'} id="feed">${[0, 1, 2].map((i) => `<${tag} id="d${i}"><h3>Customer service, Cambodia</h3><p>${LURE}</p></${tag}>`).join('')}
     <${tag} id="h"><h3>Warehouse assistant</h3><p>${HONEST}</p></${tag}></${tag === 'li' ? 'ul' : 'div'}>`;

  for (const tag of ['li', 'article']) {
    it(`finds each of three equal <${tag}> posts with its own key`, () => {
      const found = findPostings(doc(three(tag)), URL_, {});
      expect(found.map((f) => f.element.id)).toEqual(['d0', 'd1', 'd2', 'h']);
      expect(new Set(found.map((f) => f.key)).size).toBe(4);
    });
  }

  it('keeps the keys when the page is scanned again, and when one copy is scanned alone', () => {
    const d = doc(three('li'));
    const first = findPostings(d, URL_, {});
    const again = findPostings(d, URL_, {});
    expect(again.map((f) => f.key)).toEqual(first.map((f) => f.key));
    // A mutation inside the second copy makes the content script re-scan just that element.
    const alone = findPostings(d.getElementById('d1')!, URL_, {});
    expect(alone.map((f) => f.key)).toEqual([first[1]!.key]);
  });

  it('gives a re-rendered copy its old key once the old element is gone', () => {
    const d = doc(three('li'));
    const before = findPostings(d, URL_, {}).map((f) => f.key);
    const ul = d.getElementById('feed')!;
    const copy = ul.cloneNode(true) as Element;
    ul.replaceWith(copy); // the site re-renders the whole list as new nodes
    expect(findPostings(d, URL_, {}).map((f) => f.key)).toEqual(before);
  });

  it('first copy keeps the plain content-hash key (stable across pages)', () => {
    const a = findPostings(doc(three('article')), URL_, {});
    const b = findPostings(doc(`<article id="x"><h3>Customer service, Cambodia</h3><p>${LURE}</p></article>`), URL_, {});
    expect(a[0]!.key).toBe(b[0]!.key);
  });

  it('site adapters: equal cards without id or link are kept apart, a nested duplicate is not', () => {
    const d = doc(`<div class="c"><p class="b">${LURE}</p></div><div class="c"><p class="b">${LURE}</p></div>`);
    const sel = { card: ['div.c'], cardBody: ['p.b'] };
    const raw = extractWith('demo', d, URL_, sel);
    expect(raw).toHaveLength(2);
    // Through the registry (which de-duplicates keys): both cards survive, with distinct keys.
    const viaRegistry = findPostings(d, new URL('https://www.linkedin.com/feed/'), {
      linkedin: { post: ['div.c'], postBody: ['p.b'], postId: [], postLink: [] },
    }).filter((f) => f.posting.source === 'linkedin');
    expect(viaRegistry).toHaveLength(2);
    expect(viaRegistry[0]!.key).not.toBe(viaRegistry[1]!.key);
  });
});

describe('B11: job words split by inline elements', () => {
  it('finds a lure whose job words hold an empty <b>', () => {
    const split = LURE.replace(/hiring/, 'h<b></b>iring').replace(/Salary/, 'S<b></b>alary').replace(/visa/, 'v<b></b>isa')
      .replace(/Telegram/, 'T<b></b>elegram').replace(/experience/, 'e<b></b>xperience').replace(/month/, 'm<b></b>onth')
      .replace(/USD/, 'U<i></i>SD').replace(/\$?2,600/, '2,<i></i>600');
    const d = doc(`<article id="a"><h2>Offer</h2><p>${split}</p></article>`);
    expect(jobBlocks(d).map((e) => e.id)).toEqual(['a']);
    const found = findGeneric(d, URL_);
    expect(found).toHaveLength(1);
    expect(found[0]!.posting.text).toContain('Salary 2,600 USD per month');
  });

  it('finds a lure with every letter in its own <span>', () => {
    const letters = [...LURE].map((c) => `<span>${c}</span>`).join('');
    const d = doc(`<article id="a"><h2>Job</h2><p>${letters}</p></article>`);
    const found = findGeneric(d, URL_);
    expect(found.map((f) => f.element.id)).toEqual(['a']);
    expect(found[0]!.posting.text).toContain('free flight ticket and visa');
  });

  it('does not glue words of separate blocks into a job word', () => {
    // "hir" and "ing" sit in different paragraphs: no "hiring" across the boundary.
    const d = doc(`<div id="x"><p>We went for a long walk by the river and then we hir</p><p>ing the boats was not possible, said the guide at the jetty today.</p></div>`);
    expect(jobBlocks(d)).toEqual([]);
  });
});

describe('B14: one word per line', () => {
  it('joins runs of one-word lines with spaces', () => {
    expect(joinWordLines('Job\nURGENT\nhiring\ncustomer\nservice\nstaff')).toBe('Job URGENT hiring customer service staff');
    // Ordinary multi-word lines, and short runs, stay as they were.
    expect(joinWordLines('Cook wanted\nBenefits:\nMeals\nFull time role in Mombasa')).toBe('Cook wanted\nBenefits:\nMeals\nFull time role in Mombasa');
  });

  it('posting text of <br>-separated words reads as one line', () => {
    const d = doc(`<article id="a"><h2>Job</h2><p>${LURE.split(' ').join('<br>')}</p></article>`);
    const found = findGeneric(d, URL_);
    expect(found).toHaveLength(1);
    expect(found[0]!.posting.text).toContain('free flight ticket and visa provided.');
  });

  it('posting text of one word per inline <div> reads as one line', () => {
    const d = doc(`<article id="a"><h2>Job</h2><div>${LURE.split(' ').map((w) => `<div style="display:inline">${w} </div>`).join('')}</div></article>`);
    const found = findGeneric(d, URL_);
    expect(found).toHaveLength(1);
    expect(found[0]!.posting.text).toContain('Contact Mr. Dara on Telegram');
  });
});

describe('B12: filler in the same paragraph', () => {
  const filler = '🙂'.repeat(7000);
  for (const [name, body] of [
    ['after', `${LURE} ${filler}`],
    ['before', `${filler} ${LURE}`],
  ] as const) {
    it(`analyses a lure with 7,000 emoji ${name} it (head and tail kept)`, () => {
      const d = doc(`<article id="a"><h2>Job</h2><p id="p">${body}</p></article>`);
      const found = findGeneric(d, URL_);
      expect(found).toHaveLength(1);
      expect(found[0]!.posting.text.length).toBeLessThanOrEqual(MAX_SENT);
      expect(found[0]!.posting.text).toContain('Telegram @quickjob_dara');
    });
  }

  it('keeps the tail of a JSON-LD description padded in front', () => {
    const ld = JSON.stringify({ '@type': 'JobPosting', title: 'Customer service', description: `${'🙂'.repeat(15_000)} ${LURE}` });
    const found = findGeneric(doc('<main><p>Welcome</p></main>', `<script type="application/ld+json">${ld}</script>`), URL_);
    expect(found).toHaveLength(1);
    expect(found[0]!.posting.text).toContain('Telegram @quickjob_dara');
  });

  it('trimForAnalysis keeps head and tail of long text, short text untouched', () => {
    expect(trimForAnalysis('short')).toBe('short');
    const long = `HEAD ${'x'.repeat(50_000)} TAIL`;
    const t = trimForAnalysis(long);
    expect(t.length).toBeLessThanOrEqual(MAX_SENT);
    expect(t.startsWith('HEAD')).toBe(true);
    expect(t.endsWith('TAIL')).toBe(true);
  });

  it('still does not take a long list of paragraphs as one posting', () => {
    const paras = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i} about the history of the harbour and its boats, nothing else at all here.</p>`).join('');
    const d = doc(`<div id="page"><p>Salary and visa rules changed.</p>${paras}<p>Apply to the council for a mooring.</p></div>`);
    expect(jobBlocks(d).map((e) => e.id)).not.toContain('page');
  });
});

describe('B2: JSON-LD with an empty body', () => {
  it('anchors the JSON-LD posting at <body> itself', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Customer service', description: LURE });
    const d = doc('', `<script type="application/ld+json">${ld}</script>`);
    const found = findGeneric(d, URL_);
    expect(found).toHaveLength(1);
    expect(found[0]!.element.tagName).toBe('BODY');
    expect(found[0]!.anchor?.tagName).toBe('BODY');
  });
});
