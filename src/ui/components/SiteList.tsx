/** An editable list of hostnames (trusted sites, sites to scan): add by typing, remove with a button. */
import { useId, useState } from 'preact/hooks';
import { normalizeSite } from '../../settings/sites';
import type { T } from '../use-ui';

export function SiteList(props: { t: T; label: string; sites: string[]; onChange: (sites: string[]) => void; testId: string; disabled?: boolean }) {
  const { t } = props;
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const add = (e: Event) => {
    e.preventDefault();
    const site = normalizeSite(value);
    if (!site) return setError(t('opt_site_invalid', [value.trim() || '…']));
    setError(undefined);
    setValue('');
    if (!props.sites.includes(site)) props.onChange([...props.sites, site].sort());
  };
  return (
    <div data-testid={props.testId}>
      {props.sites.length === 0 ? (
        <p class="ll-small">{t('opt_sites_empty')}</p>
      ) : (
        <ul class="ll-sites">
          {props.sites.map((s) => (
            <li key={s}>
              <bdi dir="ltr">{s}</bdi>
              <button type="button" class="ll-link-button" onClick={() => props.onChange(props.sites.filter((x) => x !== s))} aria-label={t('opt_site_remove', [s])}>
                {t('opt_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="ll-row" onSubmit={add}>
        <div class="ll-grow">
          <label for={`${id}-in`}>{props.label}</label>
          <input id={`${id}-in`} type="text" dir="ltr" inputMode="url" autoComplete="off" placeholder="example.com" value={value} disabled={props.disabled}
            aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : undefined}
            onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit" class="ll-button ll-button-secondary" disabled={props.disabled}>{t('opt_site_add')}</button>
      </form>
      {error && <p class="ll-error" id={`${id}-err`} role="alert">{error}</p>}
    </div>
  );
}
