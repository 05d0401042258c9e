/**
 * Where list updates come from and which keys may sign them, merged from (highest first):
 *   1. managed policy (src/background/policy.ts): updateUrls, trustedKeys, updatesEnabled, updateIntervalHours;
 *   2. the local override in storage.session["updateOverride"] — a hook for end-to-end tests and for a
 *      maintainer trying a list on their own machine. storage.session is only readable and writable by
 *      the extension's own pages and worker (not content scripts, not web pages) and is cleared when the
 *      browser restarts. http is still allowed only for 127.0.0.1/localhost (see urlProblem);
 *   3. the campaign build's list (src/campaigns/active.ts: campaign.list.url / publicKey);
 *   4. the project defaults below and src/list/trusted-keys.json.
 */
import { browser } from 'wxt/browser';
import { getPolicy } from './policy';
import { campaign } from '../campaigns/active';
import { bundledTrustedKeys, mergeTrustedKeys, parseTrustedKeys } from '../list/trusted-keys';
import { fromBase64, keyIdOf, type TrustedKey } from '../list/signing';
import { FETCH_DEFAULTS, urlProblem } from './list-fetch';

/** The project's published list (GitHub Pages of the project repository; any static HTTPS host with CORS works). */
export const DEFAULT_UPDATE_URLS = ['https://lurelens.github.io/lure-lens/lists/v1/indicators.signed.json'];
export const DEFAULT_INTERVAL_HOURS = 6;
export const OVERRIDE_KEY = 'updateOverride';

export interface UpdateOverride {
  urls?: string[];
  trustedKeys?: TrustedKey[];
  /** Fetch timeout in ms (1000..120000). */
  timeoutMs?: number;
}

export interface UpdateConfig {
  enabled: boolean;
  /** Allowed URLs in the order they are tried. */
  urls: string[];
  /** URLs that were configured but refused (e.g. http on a public host), with the reason. */
  refusedUrls: string[];
  keys: TrustedKey[];
  intervalHours: number;
  timeoutMs: number;
}

async function readOverride(): Promise<UpdateOverride> {
  try {
    const session = (browser.storage as { session?: { get(k: string): Promise<Record<string, unknown>> } }).session;
    if (!session) return {};
    const v = (await session.get(OVERRIDE_KEY))[OVERRIDE_KEY];
    return v && typeof v === 'object' ? (v as UpdateOverride) : {};
  } catch {
    return {};
  }
}

async function campaignKeys(): Promise<TrustedKey[]> {
  const pk = campaign.list?.publicKey;
  if (!pk) return [];
  try {
    const raw = fromBase64(pk);
    if (raw.length !== 32) return [];
    return [{ keyId: await keyIdOf(raw), publicKey: pk, label: `campaign ${campaign.id}` }];
  } catch {
    return [];
  }
}

/** The effective update configuration (never rejects). */
export async function getUpdateConfig(): Promise<UpdateConfig> {
  const [policy, override, fromCampaign] = await Promise.all([getPolicy(), readOverride(), campaignKeys()]);
  const configured =
    (policy.updateUrls?.length ? policy.updateUrls : undefined) ??
    (Array.isArray(override.urls) && override.urls.length ? override.urls.filter((u) => typeof u === 'string') : undefined) ??
    (campaign.list?.url ? [campaign.list.url] : undefined) ??
    DEFAULT_UPDATE_URLS;
  const urls: string[] = [];
  const refusedUrls: string[] = [];
  for (const u of configured) {
    const p = urlProblem(u);
    if (p) refusedUrls.push(p);
    else if (!urls.includes(u)) urls.push(u);
  }
  const keys = mergeTrustedKeys(bundledTrustedKeys, fromCampaign, policy.trustedKeys ?? [], parseTrustedKeys(override.trustedKeys).keys);
  const t = Number(override.timeoutMs);
  return {
    enabled: policy.updatesEnabled !== false,
    urls,
    refusedUrls,
    keys,
    intervalHours: policy.updateIntervalHours ?? DEFAULT_INTERVAL_HOURS,
    timeoutMs: Number.isFinite(t) && t >= 1000 && t <= 120_000 ? t : FETCH_DEFAULTS.timeoutMs,
  };
}
