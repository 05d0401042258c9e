/**
 * "Check a message": the user pastes any text (a WhatsApp or Telegram offer) and gets the same analysis
 * as a posting on a page. The text goes to the background worker of this browser only.
 */
import { useId, useState } from 'preact/hooks';
import type { Assessment } from '../../engine/types';
import { checkText } from '../api';
import { LevelBadge } from './LevelBadge';
import { FindingList } from './FindingList';
import { ReportWrong } from './ReportWrong';
import type { T } from '../use-ui';

/** Longest pasted text analysed (the engine's own cap is larger; this keeps the popup responsive). */
const MAX_TEXT = 20000;

export function CheckMessage({ t, listVersion, warnLevels }: { t: T; listVersion?: string; warnLevels: (level: string) => boolean }) {
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Assessment | 'empty' | 'error' | undefined>(undefined);
  const run = async (e: Event) => {
    e.preventDefault();
    const value = text.trim();
    if (!value) return setResult('empty');
    setBusy(true);
    setResult(undefined); // the previous result belongs to another text
    const r = await checkText(value.slice(0, MAX_TEXT));
    setBusy(false);
    setResult(r && typeof r === 'object' && 'level' in r ? r : 'error');
  };
  const summary = (a: Assessment) => (warnLevels(a.level) ? t('check_result_warn', [t(`level_${a.level}`)]) : a.level === 'none' ? t('check_result_none') : t('check_result_low'));
  return (
    <section class="ll-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('check_heading')}</h2>
      <form onSubmit={run}>
        <label for={`${id}-text`}>{t('check_label')}</label>
        <textarea id={`${id}-text`} rows={4} value={text} maxLength={MAX_TEXT} aria-describedby={`${id}-hint`} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        <p class="ll-small" id={`${id}-hint`}>{t('check_hint')}</p>
        <button type="submit" class="ll-button" disabled={busy}>{t('check_button')}</button>
      </form>
      <div class="ll-check-result" aria-live="polite" data-testid="check-result">
        {result === 'empty' && <p>{t('check_empty')}</p>}
        {result === 'error' && <p>{t('check_error')}</p>}
        {result && typeof result === 'object' && (
          <div class={`ll-result ll-result-${result.level}`} data-level={result.level}>
            <p class="ll-result-head">
              <LevelBadge level={result.level} t={t} /> <span>{summary(result)}</span>
            </p>
            <FindingList findings={result.findings} t={t} />
            <ReportWrong
              t={t}
              kind={warnLevels(result.level) ? 'false-warning' : 'missed-lure'}
              indicators={[...new Set(result.findings.map((f) => f.indicator))]}
              level={result.level}
              pattern={result.pattern}
              listVersion={listVersion}
              text={text}
            />
          </div>
        )}
      </div>
    </section>
  );
}
