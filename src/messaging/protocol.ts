/**
 * Messages between the content script, popup and background worker (runtime.sendMessage).
 * The background answers each request with a Promise (webextension-polyfill style).
 */
import type { Assessment, Posting } from '../engine/types';

/** Content script → background: analyse these postings found on the page. */
export interface AnalyzeRequest {
  type: 'analyze';
  /** Postings with a page-local key the content script uses to place the warning. */
  postings: { key: string; posting: Posting }[];
}
export interface AnalyzeResponse {
  results: { key: string; assessment: Assessment }[];
}

/** Popup → background: warnings recorded for a tab. */
export interface GetTabRequest { type: 'get-tab'; tabId: number }
/** Popup → background: check pasted text. */
export interface CheckTextRequest { type: 'check-text'; text: string }

export type Request = AnalyzeRequest | GetTabRequest | CheckTextRequest;
