import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportUrl, REPORT_NEW_ISSUE_URL, REPORT_TEXT_MAX } from '@/src/content/report';
import { evidenceContext } from '@/src/content/warning-ui';
import { loadStates, saveState, MAX_STATES } from '@/src/content/posting-state';

describe('report URL', () => {
  const base = { kind: 'false-warning' as const, indicators: ['IND-11', 'IND-07', 'IND-11'], listVersion: '2026.11.29', level: 'high' };

  it('carries indicator ids and list version, and no posting text unless asked', () => {
    const u = new URL(reportUrl(base));
    expect(u.origin + u.pathname).toBe(REPORT_NEW_ISSUE_URL);
    const body = u.searchParams.get('body')!;
    expect(u.searchParams.get('title')).toBe('False warning: IND-11, IND-07 (list 2026.11.29)');
    expect(body).toContain('Indicators: IND-11, IND-07');
    expect(body).toContain('List version: 2026.11.29');
    expect(body).toContain('not included');
  });

  it('quotes the posting text when included, cut to the limit, and stays a short URL', () => {
    const text = `line one\n<script>alert(1)</script>\n${'x'.repeat(5000)}`;
    const url = reportUrl({ ...base, text });
    const body = new URL(url).searchParams.get('body')!;
    expect(body).toContain('> line one');
    expect(body).toContain('> <script>alert(1)</script>');
    expect(body.length).toBeLessThan(REPORT_TEXT_MAX + 600);
    expect(url.length).toBeLessThan(8000);
  });
});

describe('evidence context', () => {
  const posting = { text: 'Great job! Work in Sihanoukville with free flights. Contact us on Telegram today.', title: 'Agent in Cambodia' };

  it('returns the words around valid evidence', () => {
    const start = posting.text.indexOf('Telegram');
    const [before, ev, after] = evidenceContext(posting, { text: 'Telegram', start, end: start + 8 }, 10);
    expect(ev).toBe('Telegram');
    expect(before).toBe(`…${posting.text.slice(start - 10, start)}`);
    expect(before.endsWith('us on ')).toBe(true);
    expect(after).toBe(' today.');
  });

  it('uses the evidence field and falls back to the bare evidence when offsets do not match', () => {
    expect(evidenceContext(posting, { text: 'Cambodia', start: 9, end: 17, field: 'title' })).toEqual(['Agent in ', 'Cambodia', '']);
    expect(evidenceContext(posting, { text: 'Telegram', start: 0, end: 8 })).toEqual(['', 'Telegram', '']);
    expect(evidenceContext(posting, { text: 'x', start: 500, end: 501 })).toEqual(['', 'x', '']);
  });
});

describe('remembered choices', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers dismiss/show per posting and keeps the newest when over the cap', async () => {
    await saveState('a', 'dismissed');
    await saveState('b', 'shown');
    expect(await loadStates()).toEqual({ a: 'dismissed', b: 'shown' });
    const many: Record<string, string> = {};
    for (let i = 0; i < MAX_STATES; i++) many[`k${i}`] = 'dismissed';
    await fakeBrowser.storage.local.set({ 'lurelens:posting-state': many });
    await saveState('newest', 'shown');
    const all = await loadStates();
    expect(Object.keys(all)).toHaveLength(MAX_STATES);
    expect(all.newest).toBe('shown');
    expect(all.k0).toBeUndefined();
  });

  it('ignores garbage in storage', async () => {
    await fakeBrowser.storage.local.set({ 'lurelens:posting-state': 'nonsense' });
    expect(await loadStates()).toEqual({});
  });
});
