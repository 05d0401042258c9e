/**
 * Messages between the checker page and its engine worker (src/checker/engine-worker.ts).
 * The worker holds the indicator list and runs `analyze`, so the heavy engine (and compromise) load and run
 * off the page's main thread. Nothing here leaves the device: postMessage stays inside the browser.
 */
import type { Assessment } from '../engine/types';
import type { ReportingChannel } from '../list/schema';

/** What the page needs to know about the indicator list in use. */
export interface ListInfo {
  listVersion: string;
  published: string;
  channels: ReportingChannel[];
  /** Where the list in use came from: built in, the last verified download (stored), or downloaded just now. */
  source: 'bundled' | 'cached' | 'fetched';
}

/** Page → worker: assess `text` (the pasted message). `id` pairs the answer with the request. */
export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  text: string;
}

/** Worker → page. */
export type WorkerMessage =
  | { type: 'ready'; list: ListInfo }
  /** A newer verified list replaced the one announced before. */
  | { type: 'list'; list: ListInfo }
  | { type: 'result'; id: number; assessment: Assessment }
  | { type: 'error'; id: number; error: string };

/** Longest message the checker assesses (UTF-16 code units); longer pastes are cut, with a notice. */
export const MAX_CHARS = 20_000;
