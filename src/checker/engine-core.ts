/**
 * The engine as the checker runs it: the bundled indicator list and `analyze`, behind two small functions.
 * Loaded inside the engine worker. Never throws: a failing analysis becomes an error message.
 */
import { analyze } from '../engine/analyze';
import { bundledList } from '../indicators/bundled';
import type { Assessment } from '../engine/types';
import { MAX_CHARS, type ListInfo } from './engine-protocol';

/** Version, publication date and reporting channels of the list the checker uses (the bundled one). */
export function listInfo(): ListInfo {
  return { listVersion: bundledList.listVersion, published: bundledList.published, channels: bundledList.channels };
}

/**
 * Assess a pasted message (cut to MAX_CHARS) with the bundled list.
 * @returns `{ assessment }`, or `{ error }` with a one-line reason if the engine threw
 */
export function assess(text: string): { assessment: Assessment } | { error: string } {
  try {
    return { assessment: analyze({ text: String(text).slice(0, MAX_CHARS), source: 'paste' }, bundledList) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
