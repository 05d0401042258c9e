/** Language picker: each language named in itself ("العربية", "Français"); the campaign's languages first. */
import { useId } from 'preact/hooks';
import { UI_LOCALES } from '../../i18n';
import { campaign } from '../../campaigns/active';
import type { T } from '../use-ui';

/** A locale's name written in that language, e.g. "zh_CN" → "中文（中国）". */
export function nativeName(code: string): string {
  const tag = code === 'tl' ? 'fil' : code.replace('_', '-');
  try {
    const n = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    return n ? n.charAt(0).toLocaleUpperCase(tag) + n.slice(1) : code;
  } catch {
    return code;
  }
}

/** UI locales in menu order: the campaign's first (in its order), then the rest. */
export function orderedLocales(): string[] {
  const first = campaign.locales.filter((l) => (UI_LOCALES as readonly string[]).includes(l));
  return [...first, ...UI_LOCALES.filter((l) => !first.includes(l))];
}

export function LanguageSelect({ t, value, onChange }: { t: T; value: string | undefined; onChange: (v: string | undefined) => void }) {
  const id = useId();
  return (
    <div class="ll-field">
      <label for={id}>{t('opt_language_label')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange((e.target as HTMLSelectElement).value || undefined)}>
        <option value="">{t('opt_language_auto')}</option>
        {orderedLocales().map((l) => (
          <option key={l} value={l} lang={l.replace('_', '-')}>
            {nativeName(l)}
          </option>
        ))}
      </select>
    </div>
  );
}
