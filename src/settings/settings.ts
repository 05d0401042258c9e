/**
 * User settings, kept in storage.sync through WXT's storage API (falls back to defaults when unset).
 * Owned by the UI work (issue 6). Fields are only ever added; stored objects from older versions stay valid.
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
  /** "all": look for postings on every site; "listed": only on the hostnames in {@link scanSites}. */
  scanMode: 'all' | 'listed';
  /** Hostnames scanned when {@link scanMode} is "listed" (subdomains included). */
  scanSites: string[];
  /** Set once the first-run page has been completed (country confirmed). */
  onboarded?: boolean;
}

export const DEFAULT_SETTINGS: Settings = { sensitivity: 'caution', trustedSites: [], scanMode: 'all', scanSites: [] };

const item = storage.defineItem<Partial<Settings>>('sync:settings', { fallback: {} });

/** Merge a stored (possibly old, possibly hand-edited) object over the defaults, dropping wrong types. */
export function withDefaults(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    ...DEFAULT_SETTINGS,
    ...(typeof s.country === 'string' && /^([A-Z]{2}|INT)$/.test(s.country) ? { country: s.country } : {}),
    ...(typeof s.locale === 'string' ? { locale: s.locale } : {}),
    sensitivity: s.sensitivity === 'danger' ? 'danger' : 'caution',
    trustedSites: strings(s.trustedSites),
    scanMode: s.scanMode === 'listed' ? 'listed' : 'all',
    scanSites: strings(s.scanSites),
    ...(s.onboarded === true ? { onboarded: true } : {}),
  };
}

/** Current settings merged over the defaults. Never rejects (storage errors give the defaults). */
export async function getSettings(): Promise<Settings> {
  try {
    return withDefaults(await item.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Merge `patch` into the stored settings. A key set to `undefined` is removed (back to its default). */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next: Record<string, unknown> = { ...(await getSettings()), ...patch };
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  await item.setValue(next as Partial<Settings>);
  return withDefaults(next);
}

/** Call `cb` whenever settings change (in any context). Returns an unsubscribe function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return item.watch((v) => cb(withDefaults(v)));
}
