/**
 * Messages between the content script, popup and background worker (runtime.sendMessage).
 * The background answers each request with a Promise (webextension-polyfill style).
 *
 * The content script never runs the engine and never loads the locale bundles: the background
 * analyses, decides whether a warning is shown (level, sensitivity, trusted sites) and sends the
 * already-localised texts of the warning ({@link WarningView}).
 */
import type { Assessment, Finding, Posting, RiskLevel } from '../engine/types';
import type { SiteSelectors } from '../sites/types';

/** Content script → background: analyse these postings found on the page. */
export interface AnalyzeRequest {
  type: 'analyze';
  /** Postings with a page-local key the content script uses to place the warning. */
  postings: { key: string; posting: Posting }[];
  /**
   * Identifies the page view the postings belong to (random per document, new after SPA navigation).
   * When it differs from the tab's recorded view, the tab's earlier results are dropped first.
   */
  view?: string;
}

/** One reason of a warning, localised: the finding's explanation and the words that fired it. */
export interface WarningReason {
  indicator: string;
  /** One line (the explanation's first sentence). */
  short: string;
  /** The full explanation. */
  explanation: string;
  evidence: Finding['evidence'];
}

/** What the in-page warning shows for one posting, already localised. */
export interface WarningView {
  level: 'medium' | 'high';
  /** Headline ("Danger: …" / "Caution: …"), from the pattern explanation when a named pattern decided. */
  headline: string;
  /** One line on the named pattern that decided the level (e.g. the trafficking-lure pattern), if any. */
  summary?: string;
  /** Strongest reasons first, one per indicator. */
  reasons: WarningReason[];
}

export interface AnalyzeResult {
  key: string;
  assessment: Assessment;
  /** Whether the page should show a warning (level, the user's sensitivity, trusted sites). */
  warn?: boolean;
  /** Present when `warn` is true. */
  view?: WarningView;
}
export interface AnalyzeResponse {
  results: AnalyzeResult[];
}

/** Content script → background: what the content script needs before it scans. */
export interface PageConfigRequest { type: 'page-config'; url: string }
export interface PageConfigResponse {
  /** False on trusted sites: the content script then does nothing. */
  enabled: boolean;
  /** Site-adapter selectors from the active indicator list (adapter id → part → selectors). */
  selectors: Record<string, SiteSelectors>;
  listVersion: string;
  /** UI locale of the warning and its writing direction. */
  locale: string;
  dir: 'ltr' | 'rtl';
  /** Localised texts of the in-page warning (the `warning_*` message keys). */
  strings: Record<string, string>;
  /** Where "this is wrong" reports go (the campaign's issue form or mailto: address; see src/ui/report.ts). */
  reportUrl: string;
}

/** Popup → background: warnings recorded for a tab. */
export interface GetTabRequest { type: 'get-tab'; tabId: number }
/** One posting recorded for a tab (what the popup lists). */
export interface TabEntry {
  key: string;
  /** Posting title, or its first words when it has none. */
  title: string;
  level: RiskLevel;
  /** Whether the page shows (or would show) a warning for it. */
  warn: boolean;
  findings: Finding[];
  pattern?: string;
  url?: string;
  source?: string;
}
export interface GetTabResponse {
  tabId: number;
  url?: string;
  /** Postings with level "medium" or "high", strongest first. */
  entries: TabEntry[];
  /** How many postings the content script found on the page in total. */
  scanned: number;
  listVersion: string;
  /**
   * Whether the site adapter claiming the page found postings (from the content script's `page-status`).
   * The popup shows "<site> page not recognised" when `recognised` is false. Absent until reported.
   */
  page?: PageStatus;
}

/** Result of src/sites/recognition.ts `recognisePage` for the tab's page. */
export interface PageStatus {
  /** Site adapter id ("linkedin"…), or null on pages no site adapter claims (generic extractor). */
  adapterId: string | null;
  recognised: boolean;
  /** Postings the adapter found. */
  postings: number;
}
/** Content script → background: page recognition after the first full pass and after SPA navigation. */
export interface PageStatusRequest extends PageStatus { type: 'page-status'; view?: string }

/** Popup → background: check pasted text. Answer: an {@link Assessment}. */
export interface CheckTextRequest { type: 'check-text'; text: string }

/** Background → content script (tabs.sendMessage): the indicator list or settings changed; re-scan. */
export interface ListChangedMessage { type: 'list-changed'; listVersion?: string }

export type Request = AnalyzeRequest | GetTabRequest | CheckTextRequest | PageConfigRequest | PageStatusRequest;

/**
 * Options page → background: check for an indicator-list update now. Answer: {@link ListStatus} after the check.
 * Popup/options → background: `get-list-status`. Answer: {@link ListStatus}. (src/background/updates.ts)
 * Both are answered only for the extension's own pages.
 */
export interface CheckNowRequest { type: 'check-now' }
export interface GetListStatusRequest { type: 'get-list-status' }
/** Extension pages → background: the validated managed policy (ManagedPolicy in src/background/policy.ts; {} when none). */
export interface GetPolicyRequest { type: 'get-policy' }

/** The indicator list in use and the last update checks. Times are ms since epoch. */
export interface ListStatus {
  activeVersion: string;
  /** "bundled" = shipped with this build; "update" = a verified signed update. */
  activeSource: 'bundled' | 'update';
  /** ISO dates from the list header. */
  published: string;
  expires: string;
  /** The list in use is past its `expires`: it keeps working, the UI says it is out of date. */
  expired: boolean;
  lastChecked?: number;
  lastSuccess?: number;
  /** The last failed check and why ("signature does not match"); cleared by a successful check. */
  lastError?: { at: number; reason: string };
  lastOutcome?: 'updated' | 'up-to-date' | 'failed' | 'disabled';
  /** A check is running now. */
  checking: boolean;
  /** False when a managed policy turned updates off. */
  updatesEnabled: boolean;
  updateUrls: string[];
}
