/**
 * The indicator list's status as the popup footer and the options page show it ("updated 3 days ago",
 * "update failed: … — still using …"). Normalises the background's answer to 'get-list-status'
 * (ListStatus in src/messaging/protocol.ts, owned by the update code) tolerantly, so the UI keeps
 * working if fields are added or renamed. "Updated" is the last successful check, else the list's
 * publication date.
 */

export interface ListStatusView {
  listVersion?: string;
  /** When the list in use was published (ms since epoch). */
  published?: number;
  /** When the list in use was taken up / last confirmed current (ms since epoch). */
  updated?: number;
  /** When the last update check ran (ms since epoch). */
  checked?: number;
  /** Error of the last check, if it failed. */
  error?: string;
  /** Whether the list in use is past its expiry date. */
  expired?: boolean;
}

const time = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
  if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return Date.parse(v);
  return undefined;
};
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 300) : undefined);

/** Read whatever the background answered into a {@link ListStatusView}; never throws. */
export function normalizeListStatus(raw: unknown, now = Date.now()): ListStatusView {
  if (!raw || typeof raw !== 'object') return {};
  const r = raw as Record<string, unknown>;
  const errObj = r.lastError && typeof r.lastError === 'object' ? (r.lastError as Record<string, unknown>) : undefined;
  const lastError = errObj ? (str(errObj.reason) ?? str(errObj.message)) : str(r.lastError);
  const expires = time(r.expires);
  return {
    listVersion: str(r.activeVersion) ?? str(r.listVersion) ?? str(r.version),
    published: time(r.published),
    updated: time(r.updatedAt) ?? time(r.lastUpdated) ?? time(r.lastSuccess) ?? time(r.installedAt) ?? time(r.published),
    checked: time(r.checkedAt) ?? time(r.lastChecked) ?? time(r.lastCheck) ?? time(r.lastAttempt),
    error: lastError ?? str(r.error),
    expired: r.expired === true || (expires !== undefined && expires < now),
  };
}

/**
 * A relative time in `locale` ("3 days ago", "قبل ٣ أيام") for `then` (ms), with the largest whole unit.
 */
export function relativeTime(then: number, locale: string, now = Date.now()): string {
  const sec = Math.round((then - now) / 1000);
  const abs = Math.abs(sec);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    abs < 60 ? [sec, 'second'] : abs < 3600 ? [Math.round(sec / 60), 'minute'] : abs < 86400 ? [Math.round(sec / 3600), 'hour'] : abs < 86400 * 60 ? [Math.round(sec / 86400), 'day'] : [Math.round(sec / (86400 * 30)), 'month'];
  try {
    return new Intl.RelativeTimeFormat(locale.replace('_', '-'), { numeric: 'auto' }).format(value, unit);
  } catch {
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(value, unit);
  }
}
