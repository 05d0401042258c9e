import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { evidenceContext } from '@/src/content/warning-ui';
import { loadStates, saveState, MAX_STATES } from '@/src/content/posting-state';

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
