/**
 * User settings, kept in storage.sync through WXT's storage API (falls back to defaults when unset).
 * FIRST CUT: the UI helper owns this module and may add fields; keep existing ones compatible.
 */
import { storage } from 'wxt/utils/storage';

/** Settings a user (or a managed policy) can change. */
export interface Settings {
  /** ISO 3166-1 alpha-2 country whose reporting channels are shown; undefined = from the browser locale. */
  country?: string;
  /** UI locale (see src/i18n UI_LOCALES); undefined = the browser's. */
  locale?: string;
  /** "caution": warn on medium and high; "danger": warn on high only. */
  sensitivity: 'caution' | 'danger';
  /** Hostnames where no warning is shown (e.g. an employer's own careers site the user trusts). */
  trustedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { sensitivity: 'caution', trustedSites: [] };

const item = storage.defineItem<Partial<Settings>>('sync:settings', { fallback: {} });

/** Current settings merged over the defaults. Never rejects (storage errors give the defaults). */
export async function getSettings(): Promise<Settings> {
  try {
    return { ...DEFAULT_SETTINGS, ...(await item.getValue()) };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Merge `patch` into the stored settings. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await item.setValue(next);
  return next;
}

/** Call `cb` whenever settings change (in any context). Returns an unsubscribe function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return item.watch((v) => cb({ ...DEFAULT_SETTINGS, ...(v ?? {}) }));
}
