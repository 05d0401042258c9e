/**
 * The indicator list in use, kept in storage.local.
 * FIRST CUT: always the bundled list. The updates work (issue 4) owns this module and
 * extends it with the stored last-good list, the previous list and atomic swaps, keeping this API.
 */
import { bundledList } from '../indicators/bundled';
import type { IndicatorList } from '../list/schema';

type Listener = (list: IndicatorList) => void;
const listeners = new Set<Listener>();

/** The list the engine should use now (never rejects: falls back to the bundled list). */
export async function getActiveList(): Promise<IndicatorList> {
  return bundledList;
}

/** Subscribe to list changes (a verified update was taken up). Returns an unsubscribe function. */
export function onListChanged(cb: Listener): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** Notify subscribers; called by the update code after a swap. */
export function emitListChanged(list: IndicatorList): void {
  for (const cb of listeners) cb(list);
}
