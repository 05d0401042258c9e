/** One line about the indicator list: version and age, or why the last update failed. */
import { relativeTime, type ListStatusView } from '../list-status';
import type { T } from '../use-ui';

export function ListStatusLine({ status, t, locale }: { status: ListStatusView | undefined; t: T; locale: string }) {
  if (!status) return <p class="ll-status" data-testid="list-status">{t('footer_loading')}</p>;
  // Version numbers and (often English) error texts are isolated (FSI … PDI) so they do not scramble
  // the sentence around them in right-to-left languages.
  const iso = (s: string) => `\u2068${s}\u2069`;
  const version = iso(status.listVersion ?? '?');
  const age = status.updated ? relativeTime(status.updated, locale) : undefined;
  return (
    <p class="ll-status" data-testid="list-status">
      {status.error ? t('footer_failed', [iso(status.error), version]) : age ? t('footer_updated', [version, age]) : t('footer_version', [version])}
      {status.expired && <> {t('footer_expired')}</>}
    </p>
  );
}
