/**
 * What the user chose for a posting's warning, remembered across page loads in storage.local:
 * "dismissed" (no warning for this posting any more) or "shown" (a danger post is not dimmed).
 * Keyed by posting key (permalink or content hash), at most {@link MAX_STATES} kept (oldest dropped).
 */
import { browser } from 'wxt/browser';

export type PostingState = 'dismissed' | 'shown';
const KEY = 'lurelens:posting-state';
export const MAX_STATES = 1000;

/** All remembered states. Never rejects (storage errors give {}). */
export async function loadStates(): Promise<Record<string, PostingState>> {
  try {
    const got = (await browser.storage.local.get(KEY))[KEY];
    return got && typeof got === 'object' ? (got as Record<string, PostingState>) : {};
  } catch {
    return {};
  }
}

/** Remember `state` for `key` (re-reads first so two tabs don't overwrite each other's choices). */
export async function saveState(key: string, state: PostingState): Promise<void> {
  try {
    const all = await loadStates();
    delete all[key];
    all[key] = state;
    const keys = Object.keys(all);
    for (const k of keys.slice(0, Math.max(0, keys.length - MAX_STATES))) delete all[k];
    await browser.storage.local.set({ [KEY]: all });
  } catch {
    /* not remembered; the choice still applies on this page */
  }
}
