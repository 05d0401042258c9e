/**
 * Keeping the checker's indicator list current: the engine starts on the bundled list, then takes the last
 * fetched list that passed verification (kept in the browser's Cache Storage, so it also works offline), then
 * tries the list URL once more when online. Every candidate goes through the extension's own chain,
 * `acceptSignedList` (src/list/validate.ts): trusted key → Ed25519 signature → schema → strictly newer version,
 * not expired → patterns compile → ReDoS check → self-test. A list that fails any step is ignored.
 * The only request is a GET of the public list URL: no cookies, nothing about the user or the message.
 */
import type { IndicatorList } from '../list/schema';
import type { TrustedKey } from '../list/signing';
import type { FetchResult } from '../background/list-fetch';

/** Build-time list settings (from the campaign or the project defaults). */
export interface ListUpdateConfig {
  /** HTTPS URLs of the signed list, tried in order; empty = no updates (bundled list only). */
  urls: string[];
  /** Keys trusted to sign the list (the project's bundled keys plus a campaign's key). */
  keys: TrustedKey[];
  /** This build's version (package.json), checked against a list's minExtensionVersion. */
  appVersion: string;
  /** Minimum time between two downloads, in hours. */
  intervalHours: number;
}

/** Storage and network the refresher uses (Cache Storage and fetch in the worker; fakes in tests). */
export interface ListIo {
  readCached(): Promise<{ body: string; fetchedAt: number } | undefined>;
  writeCached(body: string, fetchedAt: number): Promise<void>;
  /** When the last download was tried (ms since epoch), successful or not. */
  lastTry(): Promise<number | undefined>;
  setLastTry(at: number): Promise<void>;
  fetchBody(url: string): Promise<FetchResult>;
  online(): boolean;
  now(): number;
}

export type AcceptFn = typeof import('../list/validate').acceptSignedList;

export interface RefreshResult {
  /** The list to use from now on (the `current` one when nothing newer was verified). */
  list: IndicatorList;
  source: 'bundled' | 'cached' | 'fetched';
  /** One line per refused candidate or failed download, for the console. */
  notes: string[];
}

/**
 * @param current the list in use (the bundled one at start)
 * @param accept the verification chain (injected so the heavy validator loads only when there is a candidate)
 * @returns the newest verified list and where it came from; never rejects
 */
export async function refreshList(current: IndicatorList, cfg: ListUpdateConfig, io: ListIo, accept: () => Promise<AcceptFn>): Promise<RefreshResult> {
  let list = current;
  let source: RefreshResult['source'] = 'bundled';
  const notes: string[] = [];
  const check = async (body: string, what: string): Promise<boolean> => {
    try {
      const r = await (await accept())(body, cfg.keys, { currentVersion: list.listVersion, now: io.now(), extensionVersion: cfg.appVersion });
      if (r.ok) {
        list = r.list;
        return true;
      }
      if (r.code !== 'same-version') notes.push(`${what}: ${r.error}`);
    } catch (e) {
      notes.push(`${what}: ${(e as Error).message}`);
    }
    return false;
  };

  try {
    const cached = await io.readCached();
    if (cached && (await check(cached.body, 'stored list'))) source = 'cached';
  } catch (e) {
    notes.push(`stored list unreadable: ${(e as Error).message}`);
  }

  if (!cfg.urls.length || !io.online()) return { list, source, notes };
  try {
    const last = await io.lastTry();
    if (last !== undefined && io.now() - last < cfg.intervalHours * 3_600_000 && last <= io.now()) return { list, source, notes };
    await io.setLastTry(io.now());
  } catch {
    /* no throttle record: try anyway */
  }
  for (const url of cfg.urls) {
    const res = await io.fetchBody(url);
    if (res.kind !== 'body') {
      if (res.kind === 'error') notes.push(res.reason);
      continue;
    }
    if (await check(res.text, `list from ${url}`)) {
      source = 'fetched';
      try {
        await io.writeCached(res.text, io.now());
      } catch (e) {
        notes.push(`could not store the list: ${(e as Error).message}`);
      }
    }
    break;
  }
  return { list, source, notes };
}

/** Cache Storage names used by the worker (separate from the service worker's app cache). */
export const LIST_CACHE = 'lurelens-checker-list';
const BODY_KEY = 'https://lurelens.invalid/list-body';
const TRY_KEY = 'https://lurelens.invalid/list-last-try';

/** The worker's real storage and network: Cache Storage entries and fetchListBody (timeout, size cap). */
export function browserListIo(fetchBody: (url: string) => Promise<FetchResult>): ListIo {
  const open = () => caches.open(LIST_CACHE);
  return {
    async readCached() {
      const r = await (await open()).match(BODY_KEY);
      if (!r) return undefined;
      return { body: await r.text(), fetchedAt: Number(r.headers.get('x-fetched-at') ?? 0) };
    },
    async writeCached(body, fetchedAt) {
      await (await open()).put(BODY_KEY, new Response(body, { headers: { 'content-type': 'application/json', 'x-fetched-at': String(fetchedAt) } }));
    },
    async lastTry() {
      const r = await (await open()).match(TRY_KEY);
      return r ? Number(await r.text()) : undefined;
    },
    async setLastTry(at) {
      await (await open()).put(TRY_KEY, new Response(String(at)));
    },
    fetchBody,
    online: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
    now: () => Date.now(),
  };
}
