/**
 * The indicator list in use, kept in storage.local.
 *
 * storage.local["indicatorList"] = ListRecord { active, previous }: each entry is a verified update
 * (its exact signed document text, version, key id, source URL). The bundled list lives in the code
 * and is never lost: it is used when nothing is stored, when the stored list cannot be read (e.g. a
 * new build reads another schemaVersion), and when it is newer than the stored one (a store release
 * shipped a newer bundled list).
 *
 * A swap is one storage.local.set of the whole record (plus the status), so a worker killed midway
 * leaves either the old record or the new one. Nothing here touches the network.
 *
 * Exported API used by others: getActiveList, onListChanged, emitListChanged.
 */
import { browser } from 'wxt/browser';
import { bundledList } from '../indicators/bundled';
import { compareListVersions, parseIndicatorList, type IndicatorList } from '../list/schema';

export const LIST_KEY = 'indicatorList';

/** A verified update as stored. */
export interface StoredList {
  /** The exact document text that was signed. */
  document: string;
  listVersion: string;
  /** Key id of the signature that was verified before storing. */
  keyId: string;
  /** URL it was fetched from. */
  source: string;
  /** When it was stored (ms since epoch). */
  installedAt: number;
}

export interface ListRecord {
  active: StoredList | null;
  /** The list that was active before the last swap (kept for diagnosis and fallback). */
  previous: StoredList | null;
}

/** Where the list in use came from. */
export type ActiveOrigin = { kind: 'bundled' } | { kind: 'update'; stored: StoredList };

type Listener = (list: IndicatorList) => void;
const listeners = new Set<Listener>();

let cache: { list: IndicatorList; origin: ActiveOrigin } | undefined;
let loading: Promise<{ list: IndicatorList; origin: ActiveOrigin }> | undefined;

/** Parse a stored entry; undefined when it is unreadable by this build. */
function readStored(s: StoredList | null | undefined): IndicatorList | undefined {
  if (!s || typeof s.document !== 'string') return undefined;
  try {
    const r = parseIndicatorList(JSON.parse(s.document));
    return r.ok ? r.list : undefined;
  } catch {
    return undefined;
  }
}

/** Read the stored record (an empty one when nothing or garbage is stored). */
export async function readListRecord(): Promise<ListRecord> {
  try {
    const got = (await browser.storage.local.get(LIST_KEY)) as Record<string, unknown>;
    const rec = got[LIST_KEY] as Partial<ListRecord> | undefined;
    if (rec && typeof rec === 'object') return { active: rec.active ?? null, previous: rec.previous ?? null };
  } catch {
    // storage unavailable: the bundled list is used
  }
  return { active: null, previous: null };
}

/**
 * Choose the list to use from a record: the newest readable of (active, previous, bundled).
 * `previous` only counts when `active` is unreadable.
 */
export function chooseActive(rec: ListRecord): { list: IndicatorList; origin: ActiveOrigin } {
  for (const s of [rec.active, rec.previous]) {
    const list = readStored(s);
    if (list && s) {
      return compareListVersions(list.listVersion, bundledList.listVersion) > 0 ? { list, origin: { kind: 'update', stored: s } } : { list: bundledList, origin: { kind: 'bundled' } };
    }
  }
  return { list: bundledList, origin: { kind: 'bundled' } };
}

async function load(): Promise<{ list: IndicatorList; origin: ActiveOrigin }> {
  if (cache) return cache;
  loading ??= readListRecord()
    .then((rec) => (cache ??= chooseActive(rec)))
    .finally(() => {
      loading = undefined;
    });
  return loading;
}

/** The list the engine should use now (never rejects: falls back to the bundled list). */
export async function getActiveList(): Promise<IndicatorList> {
  return (await load()).list;
}

/** The list in use and where it came from. */
export async function getActiveOrigin(): Promise<{ list: IndicatorList; origin: ActiveOrigin }> {
  return load();
}

/**
 * Store a verified list as the active one, keeping the old active one as `previous`, in ONE
 * storage.local.set together with `extra` keys (the update status). Then update the in-memory
 * list and notify subscribers.
 * @param list the parsed list (already through the full validation chain)
 * @param stored its stored form (document text exactly as signed)
 * @param extra more keys written in the same set call
 */
export async function swapActiveList(list: IndicatorList, stored: StoredList, extra: Record<string, unknown> = {}): Promise<void> {
  const rec = await readListRecord();
  const next: ListRecord = { active: stored, previous: rec.active ?? rec.previous };
  await browser.storage.local.set({ ...extra, [LIST_KEY]: next });
  cache = { list, origin: { kind: 'update', stored } };
  emitListChanged(list);
}

/** Forget the in-memory copy (tests; and the next call re-reads storage as a fresh worker would). */
export function resetListCache(): void {
  cache = undefined;
  loading = undefined;
}

/** Subscribe to list changes (a verified update was taken up). Returns an unsubscribe function. */
export function onListChanged(cb: Listener): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** Notify subscribers; called after a swap. A throwing subscriber does not stop the others. */
export function emitListChanged(list: IndicatorList): void {
  for (const cb of listeners) {
    try {
      cb(list);
    } catch {
      // a subscriber's bug must not undo or hide the swap
    }
  }
}
