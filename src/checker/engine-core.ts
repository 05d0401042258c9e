/**
 * The engine as the checker runs it: the indicator list in use (the bundled one until a newer verified list
 * replaces it, see list-update.ts) and `analyze`, behind small functions. Loaded inside the engine worker.
 * Never throws: a failing analysis becomes an error message.
 */
import { analyze } from '../engine/analyze';
import { bundledList } from '../indicators/bundled';
import type { Assessment } from '../engine/types';
import type { IndicatorList } from '../list/schema';
import { MAX_CHARS, type ListInfo } from './engine-protocol';

let active: IndicatorList = bundledList;
let source: ListInfo['source'] = 'bundled';

/** The list in use now. */
export function activeList(): IndicatorList {
  return active;
}

/** Switch to a verified list (from list-update.ts refreshList). */
export function useList(list: IndicatorList, from: ListInfo['source']): void {
  active = list;
  source = from;
}

/** Version, publication date, reporting channels and origin of the list in use. */
export function listInfo(): ListInfo {
  return { listVersion: active.listVersion, published: active.published, channels: active.channels, source };
}

/**
 * Assess a pasted message (cut to MAX_CHARS) with the list in use.
 * @returns `{ assessment }`, or `{ error }` with a one-line reason if the engine threw
 */
export function assess(text: string): { assessment: Assessment } | { error: string } {
  try {
    return { assessment: analyze({ text: String(text).slice(0, MAX_CHARS), source: 'paste' }, active) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
