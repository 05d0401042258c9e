/**
 * Background pieces the extension pages need besides the engine (owned by the UI work, issue 6):
 *   get-channels → { channels, listVersion } of the active indicator list (popup, options, first run)
 *   on install   → open the first-run page (welcome.html) once
 * Registered from entrypoints/background.ts with {@link registerPopupHandlers}.
 */
import { browser } from 'wxt/browser';
import { getActiveList } from './list-store';
import type { ReportingChannel } from '../list/schema';

export interface GetChannelsRequest { type: 'get-channels' }
export interface GetChannelsResponse { channels: ReportingChannel[]; listVersion: string }

/** Answer the request types of this module; anything else gives `undefined` (another listener answers). */
export function handlePopupMessage(msg: unknown): Promise<GetChannelsResponse> | undefined {
  if (!msg || typeof msg !== 'object' || (msg as { type?: unknown }).type !== 'get-channels') return undefined;
  return getActiveList().then((list) => ({ channels: list.channels, listVersion: list.listVersion }));
}

/** Open the first-run page when the extension is installed (not on updates or browser restarts). */
export function onInstalled(details: { reason?: string }): void {
  if (details.reason !== 'install') return;
  void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
}

/**
 * Register the listeners. Call once from the background entrypoint.
 * @returns a function removing them (used by tests)
 */
export function registerPopupHandlers(): () => void {
  const onMessage = (msg: unknown) => handlePopupMessage(msg);
  browser.runtime.onMessage.addListener(onMessage as never);
  browser.runtime.onInstalled.addListener(onInstalled);
  return () => {
    browser.runtime.onMessage.removeListener(onMessage as never);
    browser.runtime.onInstalled.removeListener(onInstalled);
  };
}
