/**
 * "This is wrong": the pre-filled report a user can send to the maintainers about a false warning
 * (or a missed lure). It opens a new GitHub issue with the indicator ids and list version; the
 * posting text is included only when the user ticks the box. Nothing is sent by the extension itself.
 *
 * REPORT_NEW_ISSUE_URL is the one place the report destination is configured (popup and in-page
 * warning both use {@link reportUrl}).
 */

/** Where reports go: the project's "new issue" page (query parameters title, body and labels are pre-filled). */
export const REPORT_NEW_ISSUE_URL = 'https://github.com/lurelens/lurelens/issues/new';

/** Most posting characters put into a report (a GitHub new-issue URL must stay under about 8 kB). */
export const REPORT_TEXT_MAX = 1500;

export interface ReportInput {
  kind: 'false-warning' | 'missed-lure';
  /** Indicator ids that fired ("IND-11"). */
  indicators: string[];
  listVersion: string;
  level?: string;
  pattern?: string;
  extensionVersion?: string;
  /** The posting text: only pass it when the user ticked "include the text". */
  text?: string;
}

/**
 * The URL of a pre-filled report.
 * @returns an https URL under {@link REPORT_NEW_ISSUE_URL}; text longer than {@link REPORT_TEXT_MAX} is cut
 */
export function reportUrl(r: ReportInput): string {
  const ids = [...new Set(r.indicators)].slice(0, 20);
  const title = `${r.kind === 'false-warning' ? 'False warning' : 'Missed lure'}: ${ids.join(', ') || 'no indicator'} (list ${r.listVersion})`;
  const lines = [
    `Report type: ${r.kind}`,
    `Indicators: ${ids.join(', ') || '(none)'}`,
    `Level: ${r.level ?? '(none)'}${r.pattern ? ` (pattern ${r.pattern})` : ''}`,
    `List version: ${r.listVersion}`,
  ];
  if (r.extensionVersion) lines.push(`Extension version: ${r.extensionVersion}`);
  lines.push('', 'What is wrong (please describe):', '');
  if (r.text) {
    const t = r.text.length > REPORT_TEXT_MAX ? `${r.text.slice(0, REPORT_TEXT_MAX)}…` : r.text;
    lines.push('Posting text (included by the reporter):', '', ...t.split('\n').map((l) => `> ${l}`));
  } else {
    lines.push('(The posting text was not included.)');
  }
  const q = new URLSearchParams({ title, body: lines.join('\n'), labels: r.kind });
  return `${REPORT_NEW_ISSUE_URL}?${q.toString()}`;
}
