/**
 * Indicator-list updates in the background worker: schedule, check, verify, swap, status.
 *
 *   start-up      the list in use comes from storage (list-store.ts) — no network needed
 *   onInstalled   (re)create the alarm, check now
 *   onStartup     (re)create the alarm, check now
 *   alarm         every `intervalHours` (6 by default) — check
 *   "check-now"   from the options page — check and answer the new status
 *   "get-list-status"  for the popup footer and the options page
 *   "get-policy"  the validated managed policy (defaultCountry, settings, lockedSettings…) for the pages
 *
 * A check tries each configured URL in order (mirrors) until one gives a verdict: a verified newer
 * list (swapped in atomically, then emitListChanged), "not modified" (304 for our ETag), or a
 * correctly signed copy of the version in use. Each failure is recorded with a reason a person can
 * read; the list in use is never touched by a failed check. A check interrupted by the worker being
 * stopped is resumed on the next start (at most MAX_RESUMES times in a row).
 */
import { browser } from 'wxt/browser';
import { acceptSignedList } from '../list/validate';
import type { ListStatus } from '../messaging/protocol';
import { fetchListBody, hostOf } from './list-fetch';
import { getActiveOrigin, swapActiveList } from './list-store';
import { getUpdateConfig } from './update-config';
import { getPolicy, watchPolicy, type ManagedPolicy } from './policy';

export const ALARM_NAME = 'lurelens-list-update';
export const STATUS_KEY = 'listStatus';
/** A check interrupted this many times in a row is not resumed again (it may be what kills the worker). */
export const MAX_RESUMES = 3;

/** What storage.local["listStatus"] holds. Times are ms since epoch. */
export interface StoredStatus {
  lastChecked?: number;
  lastSuccess?: number;
  lastError?: { at: number; reason: string } | null;
  /** ETag per URL, sent back as If-None-Match. */
  etags?: Record<string, string>;
  /** Set while a check runs; left behind when the worker was stopped mid-check. */
  checkingSince?: number | null;
  resumes?: number;
  /** Outcome of the last finished check. */
  lastOutcome?: 'updated' | 'up-to-date' | 'failed' | 'disabled';
}

async function readStatus(): Promise<StoredStatus> {
  try {
    const v = ((await browser.storage.local.get(STATUS_KEY)) as Record<string, unknown>)[STATUS_KEY];
    return v && typeof v === 'object' ? (v as StoredStatus) : {};
  } catch {
    return {};
  }
}

async function writeStatus(s: StoredStatus): Promise<void> {
  try {
    await browser.storage.local.set({ [STATUS_KEY]: s });
  } catch {
    // status is informative; a failed write must not break the check
  }
}

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}

/** The status shown by the popup footer and the options page. */
export async function getListStatus(now = Date.now()): Promise<ListStatus> {
  const [{ list, origin }, s, cfg] = await Promise.all([getActiveOrigin(), readStatus(), getUpdateConfig()]);
  return {
    activeVersion: list.listVersion,
    activeSource: origin.kind,
    published: list.published,
    expires: list.expires,
    expired: Date.parse(list.expires) <= now,
    lastChecked: s.lastChecked,
    lastSuccess: s.lastSuccess,
    lastError: s.lastError ?? undefined,
    lastOutcome: s.lastOutcome,
    checking: inflight !== undefined,
    updatesEnabled: cfg.enabled,
    updateUrls: cfg.urls,
  };
}

let inflight: Promise<ListStatus> | undefined;

/**
 * Run one update check (single flight: a call during a running check joins it).
 * @param why what triggered it (for debugging only)
 * @returns the status after the check. Never rejects.
 */
export function checkForUpdates(why: 'install' | 'startup' | 'alarm' | 'manual' | 'resume' = 'manual'): Promise<ListStatus> {
  inflight ??= runCheck(why)
    .catch(async (e) => {
      const s = await readStatus();
      await writeStatus({ ...s, checkingSince: null, lastChecked: Date.now(), lastError: { at: Date.now(), reason: `update check failed: ${(e as Error).message}` }, lastOutcome: 'failed' });
    })
    .finally(() => {
      inflight = undefined;
    })
    .then(() => getListStatus());
  return inflight;
}

async function runCheck(why: string): Promise<void> {
  const cfg = await getUpdateConfig();
  const started = Date.now();
  let status = await readStatus();
  if (!cfg.enabled) {
    await writeStatus({ ...status, lastChecked: started, checkingSince: null, lastOutcome: 'disabled' });
    return;
  }
  status = { ...status, checkingSince: started, resumes: why === 'resume' ? (status.resumes ?? 0) + 1 : 0 };
  await writeStatus(status);

  const errors: string[] = [...cfg.refusedUrls];
  const etags = { ...(status.etags ?? {}) };
  for (const url of cfg.urls) {
    const { list: current } = await getActiveOrigin();
    const r = await fetchListBody(url, { etag: etags[url], timeoutMs: cfg.timeoutMs });
    if (r.kind === 'not-modified') return finish(status, 'up-to-date', etags);
    if (r.kind === 'error') {
      errors.push(r.reason);
      continue;
    }
    const verdict = await acceptSignedList(r.text, cfg.keys, { currentVersion: current.listVersion, now: Date.now(), extensionVersion: extensionVersion() });
    if (verdict.ok) {
      if (r.etag) etags[url] = r.etag;
      const now = Date.now();
      const next: StoredStatus = { ...status, etags, lastChecked: now, lastSuccess: now, lastError: null, checkingSince: null, resumes: 0, lastOutcome: 'updated' };
      // One storage.local.set writes the new list record and the status together.
      await swapActiveList(verdict.list, { document: verdict.document, listVersion: verdict.list.listVersion, keyId: verdict.keyId, source: url, installedAt: now }, { [STATUS_KEY]: next });
      return;
    }
    if (verdict.code === 'same-version') {
      if (r.etag) etags[url] = r.etag;
      return finish(status, 'up-to-date', etags);
    }
    // Only a verified body's ETag is remembered, so a bad body is fetched (and refused) again.
    errors.push(cfg.urls.length > 1 ? `${hostOf(url)}: ${verdict.error}` : verdict.error);
  }
  const now = Date.now();
  const reason = errors.length === 0 ? 'no update URL configured' : errors.length === 1 ? errors[0]! : `${errors[0]} (and ${errors.length - 1} more mirror${errors.length > 2 ? 's' : ''} failed)`;
  await writeStatus({ ...status, etags, lastChecked: now, lastError: { at: now, reason }, checkingSince: null, resumes: 0, lastOutcome: 'failed' });
}

async function finish(status: StoredStatus, outcome: 'up-to-date', etags: Record<string, string>): Promise<void> {
  const now = Date.now();
  await writeStatus({ ...status, etags, lastChecked: now, lastSuccess: now, lastError: null, checkingSince: null, resumes: 0, lastOutcome: outcome });
}

/** Create (or replace) the periodic alarm. */
export async function ensureAlarm(replace: boolean): Promise<void> {
  try {
    const cfg = await getUpdateConfig();
    const existing = await browser.alarms.get(ALARM_NAME);
    const period = cfg.intervalHours * 60;
    if (!replace && existing && existing.periodInMinutes === period) return;
    await browser.alarms.create(ALARM_NAME, { delayInMinutes: period, periodInMinutes: period });
  } catch {
    // alarms unavailable: checks still run on start-up and on demand
  }
}

/** Message types answered here. */
const TYPES = new Set(['check-now', 'get-list-status', 'get-policy']);

/**
 * Answer list-update messages from the extension's own pages. Returns undefined (synchronously)
 * for anything else so other listeners can answer.
 */
export function handleUpdateMessage(msg: unknown, sender?: { id?: string; tab?: unknown; url?: string }): Promise<ListStatus | ManagedPolicy> | undefined {
  const type = msg && typeof msg === 'object' ? (msg as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !TYPES.has(type)) return undefined;
  // Only our own extension pages (popup, options) — never content scripts or other extensions.
  if (sender && sender.id !== undefined && sender.id !== browser.runtime.id) return undefined;
  if (sender?.url && !sender.url.startsWith(browser.runtime.getURL('/'))) return undefined;
  if (type === 'get-policy') return getPolicy();
  return type === 'check-now' ? checkForUpdates('manual') : getListStatus();
}

/**
 * Wire list updates into the background worker. Call once, synchronously, at worker start
 * (listeners for install/startup/alarms must be registered in the first turn).
 * @returns a function removing the listeners (tests)
 */
export function startListUpdates(): () => void {
  const onInstalled = () => {
    void ensureAlarm(true);
    void checkForUpdates('install');
  };
  const onStartup = () => {
    void ensureAlarm(true);
    void checkForUpdates('startup');
  };
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === ALARM_NAME) void checkForUpdates('alarm');
  };
  const onMessage = (msg: unknown, sender: unknown) => handleUpdateMessage(msg, sender as { id?: string; url?: string });
  browser.runtime.onInstalled.addListener(onInstalled);
  browser.runtime.onStartup.addListener(onStartup);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onMessage.addListener(onMessage as never);
  const offPolicy = watchPolicy(() => void ensureAlarm(true));

  // Every worker start: make sure the alarm exists (browsers drop alarms on update), and resume
  // a check that a stopped worker left unfinished.
  void (async () => {
    await ensureAlarm(false);
    const s = await readStatus();
    if (s.checkingSince && !inflight) {
      if ((s.resumes ?? 0) < MAX_RESUMES) void checkForUpdates('resume');
      else await writeStatus({ ...s, checkingSince: null, resumes: 0, lastOutcome: 'failed', lastError: { at: Date.now(), reason: `update check was interrupted ${MAX_RESUMES} times; will retry at the next scheduled check` } });
    }
  })();

  return () => {
    browser.runtime.onInstalled.removeListener(onInstalled);
    browser.runtime.onStartup.removeListener(onStartup);
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.runtime.onMessage.removeListener(onMessage as never);
    offPolicy();
  };
}
