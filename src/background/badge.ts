/**
 * The toolbar badge: how many postings on the tab show a warning, coloured by the worst level.
 * Chrome MV3 has `browser.action`; the Firefox build is MV2 and only has `browser.browserAction`.
 */
import { browser } from 'wxt/browser';
import type { TabEntry } from '../messaging/protocol';

/** Badge background per level. Both carry white text at ≥ 4.5:1 contrast (WCAG AA). */
export const BADGE_COLOURS = { high: '#B3261E', medium: '#8A4B00' } as const;

/** What the badge should show for a tab's entries: text ('' = no badge) and colour. */
export function badgeFor(entries: TabEntry[]): { text: string; colour: string } {
  const shown = entries.filter((e) => e.warn);
  if (shown.length === 0) return { text: '', colour: BADGE_COLOURS.medium };
  const colour = shown.some((e) => e.level === 'high') ? BADGE_COLOURS.high : BADGE_COLOURS.medium;
  return { text: shown.length > 99 ? '99+' : String(shown.length), colour };
}

type ActionApi = {
  setBadgeText(d: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(d: { color: string; tabId?: number }): Promise<void> | void;
  setBadgeTextColor?(d: { color: string; tabId?: number }): Promise<void> | void;
};

/** Set the badge of `tabId` from its entries. Never rejects (a closed tab is not an error). */
export async function setBadge(tabId: number, entries: TabEntry[]): Promise<void> {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  const api = b.action ?? b.browserAction;
  if (!api) return;
  const { text, colour } = badgeFor(entries);
  try {
    await api.setBadgeText({ tabId, text });
    if (text) {
      await api.setBadgeBackgroundColor({ tabId, color: colour });
      // setBadgeTextColor is missing in older browsers; white on our colours meets AA.
      await api.setBadgeTextColor?.({ tabId, color: '#FFFFFF' });
    }
  } catch {
    /* the tab went away meanwhile */
  }
}
