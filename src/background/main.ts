/**
 * Wires the background worker: message handler, tab lifecycle (results and badge cleared on
 * navigation and close), and list/settings changes (every tab's content script is told to re-scan).
 */
import { browser } from 'wxt/browser';
import { clearAnalysisCache, defaultDeps, handleMessage, isHandled, type BackgroundDeps } from './handler';
import { clearTab } from './tab-results';
import { setBadge } from './badge';
import { onListChanged } from './list-store';
import { watchSettings } from '../settings/settings';
import { watchGrantedSites } from './site-access';
import type { ListChangedMessage } from '../messaging/protocol';

/**
 * Send `msg` to the content script of every tab. Tabs without our content script (browser pages,
 * pages loaded before install) reject; that is expected and ignored.
 * @returns how many tabs accepted the message
 */
export async function broadcastToTabs(msg: ListChangedMessage): Promise<number> {
  let tabs: { id?: number }[] = [];
  try {
    tabs = await browser.tabs.query({});
  } catch {
    return 0;
  }
  const sent = await Promise.all(
    tabs.map(async (t) => {
      if (typeof t.id !== 'number') return false;
      try {
        await browser.tabs.sendMessage(t.id, msg);
        return true;
      } catch {
        return false;
      }
    }),
  );
  return sent.filter(Boolean).length;
}

/** Forget a tab's results and clear its badge. */
export async function resetTab(tabId: number): Promise<void> {
  await clearTab(tabId);
  await setBadge(tabId, []);
}

/**
 * Register every listener. Call once from the background entrypoint.
 * @returns a function removing the listeners (used by tests)
 */
export function startBackground(deps: BackgroundDeps = defaultDeps): () => void {
  // Answer only our own request types and return undefined synchronously otherwise, so other
  // listeners (list updates, popup helpers) can answer theirs.
  const onMessage = (msg: unknown, sender: unknown) =>
    isHandled(msg) ? handleMessage(msg, sender as { tab?: { id?: number; url?: string } }, deps) : undefined;
  const onRemoved = (tabId: number) => void clearTab(tabId);
  // status "loading" = a new document (navigation or reload). Same-document (SPA) navigation is
  // reported by the content script with a new view id instead.
  const onUpdated = (tabId: number, info: { status?: string }) => {
    if (info.status === 'loading') void resetTab(tabId);
  };
  browser.runtime.onMessage.addListener(onMessage as never);
  browser.tabs.onRemoved.addListener(onRemoved);
  browser.tabs.onUpdated.addListener(onUpdated as never);
  const offList = onListChanged((list) => {
    clearAnalysisCache();
    void broadcastToTabs({ type: 'list-changed', listVersion: list.listVersion });
  });
  const offSettings = watchSettings(() => void broadcastToTabs({ type: 'list-changed' }));
  const offSites = watchGrantedSites();
  return () => {
    offSites();
    browser.runtime.onMessage.removeListener(onMessage as never);
    browser.tabs.onRemoved.removeListener(onRemoved);
    browser.tabs.onUpdated.removeListener(onUpdated as never);
    offList();
    offSettings();
  };
}
