/**
 * Browser glue for the extension pages (popup, options, first-run): messages to the background worker.
 * Every call resolves (never rejects): a missing handler or a dead worker gives `undefined`, and the
 * page shows its "unavailable" state instead of breaking.
 */
import { browser } from 'wxt/browser';
import type { Assessment } from '../engine/types';
import type { GetTabResponse } from '../messaging/protocol';
import type { ReportingChannel } from '../list/schema';

async function send<T>(msg: Record<string, unknown>): Promise<T | undefined> {
  try {
    return (await browser.runtime.sendMessage(msg)) as T | undefined;
  } catch {
    return undefined;
  }
}

/** Warnings recorded for a tab (background 'get-tab'). */
export const getTab = (tabId: number) => send<GetTabResponse>({ type: 'get-tab', tabId });
/** Analyse pasted text on this device (background 'check-text'). */
export const checkText = (text: string) => send<Assessment>({ type: 'check-text', text });
/** Status of the indicator list (background 'get-list-status'; shape normalised by list-status.ts). */
export const getListStatus = () => send<unknown>({ type: 'get-list-status' });
/** Ask the background to look for a list update now (background 'check-now'). */
export const checkNow = () => send<unknown>({ type: 'check-now' });

/**
 * Reporting channels of the active indicator list (background 'get-channels'). The pages do not bundle
 * the list themselves (it is large); no answer gives no channels and an unknown version.
 */
export async function getChannels(): Promise<{ channels: ReportingChannel[]; listVersion?: string }> {
  const r = await send<{ channels: ReportingChannel[]; listVersion: string }>({ type: 'get-channels' });
  if (r && Array.isArray(r.channels)) return r;
  return { channels: [] };
}

/** The tab the popup is about: `?tabId=N` in the page URL (tests, and "open in tab"), else the active tab. */
export async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl >= 0 && new URLSearchParams(location.search).has('tabId')) return fromUrl;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

/** The URL of a tab (needs the "tabs" permission), or undefined. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/** The extension's version from the manifest ("0.1.0"). */
export function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** Open the options page (in a tab). */
export function openOptions(): void {
  void browser.runtime.openOptionsPage().catch(() => undefined);
}
