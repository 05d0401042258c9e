/**
 * "This is wrong": opens a pre-filled report (issue form or e-mail) with the indicator ids and list
 * version; the posting text only when the box is ticked. The user sees the report before sending it.
 */
import { useState } from 'preact/hooks';
import { useId } from 'preact/hooks';
import { campaign } from '../../campaigns/active';
import { DEFAULT_CAMPAIGN } from '../../campaigns/defaults';
import { reportHref, type ReportInput } from '../report';
import { extensionVersion } from '../api';
import type { T } from '../use-ui';

export function ReportWrong(props: { t: T; kind: ReportInput['kind']; indicators: string[]; level?: string; pattern?: string; listVersion?: string; site?: string; text?: string; buttonLabel?: string }) {
  const { t } = props;
  const [open, setOpen] = useState(false);
  const [include, setInclude] = useState(false);
  const id = useId();
  const target = campaign.reportUrl ?? DEFAULT_CAMPAIGN.reportUrl!;
  const href = reportHref(target, {
    kind: props.kind,
    indicators: props.indicators,
    level: props.level,
    pattern: props.pattern,
    listVersion: props.listVersion,
    extensionVersion: extensionVersion(),
    site: props.site,
    text: include ? props.text : undefined,
  });
  return (
    <div class="ll-wrong">
      <button type="button" class="ll-link-button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        {props.buttonLabel ?? t('wrong_button')}
      </button>
      {open && (
        <div class="ll-wrong-panel" id={`${id}-panel`} role="group" aria-label={t('wrong_heading')}>
          <p class="ll-small">{t('wrong_privacy')}</p>
          {props.text && (
            <label class="ll-check">
              <input type="checkbox" checked={include} onChange={(e) => setInclude((e.target as HTMLInputElement).checked)} />
              <span>{t('wrong_include_text')}</span>
            </label>
          )}
          <a class="ll-button ll-button-secondary" href={href} target="_blank" rel="noopener noreferrer" data-testid="report-link">
            {t('wrong_open')}
          </a>
        </div>
      )}
    </div>
  );
}
