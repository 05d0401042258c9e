/**
 * "This is wrong": a pre-filled report to the maintainers (or a campaign's own address) about a false
 * warning or a missed lure. Nothing is sent by LureLens: the user's browser opens the issue form or
 * e-mail, where the user sees everything before sending. The posting text is included only on request.
 */

export interface ReportInput {
  kind: 'false-warning' | 'missed-lure';
  /** Indicator ids that fired (empty for a missed lure). */
  indicators: string[];
  level?: string;
  pattern?: string;
  listVersion?: string;
  extensionVersion?: string;
  /** Hostname of the page (not the full URL: paths can carry personal data). */
  site?: string;
  /** Included only when the user ticked the box. */
  text?: string;
}

/** Longest posting text put into a report: issue-form URLs over ~8 kB fail in some browsers. */
export const MAX_REPORT_TEXT = 3000;

/** The report's title and body (English: it is read by the maintainers). */
export function reportContent(r: ReportInput): { title: string; body: string } {
  const title =
    r.kind === 'false-warning'
      ? `False warning: ${r.indicators.join(', ') || 'no indicator'}${r.site ? ` on ${r.site}` : ''}`
      : `Missed lure${r.site ? ` on ${r.site}` : ''}`;
  const lines = [
    `Report type: ${r.kind}`,
    `Indicators: ${r.indicators.join(', ') || '(none)'}`,
    ...(r.level ? [`Level: ${r.level}`] : []),
    ...(r.pattern ? [`Pattern: ${r.pattern}`] : []),
    `Indicator list: ${r.listVersion ?? 'unknown'}`,
    `Extension: ${r.extensionVersion ?? 'unknown'}`,
    ...(r.site ? [`Site: ${r.site}`] : []),
    '',
    'What is wrong (please describe):',
    '',
  ];
  if (r.text) {
    const t = r.text.length > MAX_REPORT_TEXT ? r.text.slice(0, MAX_REPORT_TEXT) + ' […]' : r.text;
    lines.push('Posting text (included by the user):', '', ...t.split('\n').map((l) => `> ${l}`));
  }
  return { title, body: lines.join('\n') };
}

/**
 * The URL that opens the pre-filled report: `target` is an https issue-form URL (title/body as query
 * parameters) or a `mailto:` address (subject/body).
 */
export function reportHref(target: string, r: ReportInput): string {
  const { title, body } = reportContent(r);
  if (target.startsWith('mailto:')) {
    return `${target.split('?')[0]}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(target);
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  url.searchParams.set('labels', r.kind);
  return url.toString();
}
