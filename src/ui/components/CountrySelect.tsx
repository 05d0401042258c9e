/** A country picker: countries that have channels (names in the UI language), plus "international only". */
import { useId } from 'preact/hooks';
import { regionNamer } from '../country';
import type { T } from '../use-ui';

export function CountrySelect(props: { t: T; locale: string; countries: string[]; value: string | undefined; onChange: (c: string | undefined) => void; label: string; help?: string }) {
  const id = useId();
  const name = regionNamer(props.locale);
  const list = props.value && props.value !== 'INT' && !props.countries.includes(props.value) ? [props.value, ...props.countries] : props.countries;
  return (
    <div class="ll-field">
      <label for={id}>{props.label}</label>
      {props.help && <p class="ll-small" id={`${id}-help`}>{props.help}</p>}
      <select id={id} aria-describedby={props.help ? `${id}-help` : undefined} value={props.value ?? 'INT'} onChange={(e) => {
        const v = (e.target as HTMLSelectElement).value;
        props.onChange(v === 'INT' ? undefined : v);
      }}>
        <option value="INT">{props.t('channels_no_country')}</option>
        {list.map((c) => (
          <option key={c} value={c}>
            {name(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
