/**
 * The web checker page: paste a job offer or message → the same assessment as the extension (level, findings
 * with their evidence highlighted in the text, why each matters, what to do, reporting channels for the chosen
 * country), in the 12 UI languages, with a "share this warning" text that leaves the message out by default.
 * The message only ever goes to the engine worker (postMessage inside the browser); nothing is fetched with it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translator, type UiLocale } from '../i18n';
import type { Assessment } from '../engine/types';
import type { ReportingChannel } from '../list/schema';
import type { EngineClient } from './engine-client';
import { MAX_CHARS, type ListInfo } from './engine-protocol';
import { groupFindings, highlightSegments, type IndicatorGroup } from './highlight';
import { buildShareText, explain, type Translate } from './share';
import { LevelIcon } from './LevelIcon';
import { WhatToDo } from '../ui/components/WhatToDo';
import { channelsFor, countriesWithChannels, countryFromLocales, regionNamer, telHref } from '../ui/country';
import { LOCALE_NAMES, bcp47, dirOf, menuLocales } from './locale';
import { brandName, type CheckerBranding } from './branding';

const STORE_LOCALE = 'lurelens-checker-locale';
const STORE_COUNTRY = 'lurelens-checker-country';

/** localStorage that never throws (private modes and file:// can refuse it). */
const store = {
  get(k: string): string | null {
    try {
      return localStorage.getItem(k);
    } catch {
      return null;
    }
  },
  set(k: string, v: string): void {
    try {
      localStorage.setItem(k, v);
    } catch {
      /* choice is simply not remembered */
    }
  },
};
export { store as checkerStore, STORE_LOCALE };

interface Result {
  text: string;
  assessment: Assessment;
  groups: IndicatorGroup[];
}

export interface AppProps {
  engine: EngineClient;
  branding: CheckerBranding;
  initialLocale: UiLocale;
  /** Address recommended in the share text (no query string). */
  shareUrl: string;
}

export function App({ engine, branding, initialLocale, shareUrl }: AppProps) {
  const [locale, setLocale] = useState<UiLocale>(initialLocale);
  const t = useMemo(() => translator(locale), [locale]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [result, setResult] = useState<Result | undefined>();
  const [list, setList] = useState<ListInfo | undefined>();
  const [announce, setAnnounce] = useState('');
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    engine.ready.then(setList, () => setError(t('checker_engine_error')));
    return engine.onList(setList);
  }, [engine]);

  useEffect(() => {
    const html = document.documentElement;
    html.lang = bcp47(locale);
    html.dir = dirOf(locale);
    document.title = `${t('checker_title')} · ${brandName(branding, locale)}`;
  }, [locale, t]);

  const changeLocale = (l: UiLocale) => {
    setLocale(l);
    store.set(STORE_LOCALE, l);
  };

  const check = async (e?: Event) => {
    e?.preventDefault();
    const pasted = text.slice(0, MAX_CHARS);
    if (!pasted.trim()) {
      setError(t('checker_empty_input'));
      setResult(undefined);
      return;
    }
    setBusy(true);
    setError('');
    // The previous result belongs to another text: never show it while the new one is computed.
    setResult(undefined);
    setAnnounce(t('checker_loading'));
    try {
      const assessment = await engine.analyze(pasted);
      setResult({ text: pasted, assessment, groups: groupFindings(assessment.findings) });
      setAnnounce(t(`checker_level_${assessment.level}`));
      requestAnimationFrame(() => resultHeading.current?.focus());
    } catch {
      setError(t('checker_engine_error'));
      setAnnounce('');
    } finally {
      setBusy(false);
    }
  };

  const clear = () => {
    setText('');
    setResult(undefined);
    setError('');
    setAnnounce('');
  };

  return (
    <div class="page">
      <header class="topbar">
        <div class="brand">
          <img src={branding.logo?.src ?? 'icons/icon.svg'} alt="" width={32} height={32} />
          <span>{brandName(branding, locale)}</span>
        </div>
        <label class="lang">
          <span class="visually-hidden">{t('checker_language_label')}</span>
          <select data-testid="language" value={locale} onChange={(e) => changeLocale(e.currentTarget.value as UiLocale)}>
            {menuLocales(branding.languages).map((l) => (
              <option key={l} value={l} lang={bcp47(l)}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </header>

      <main>
        <h1>{t('checker_title')}</h1>
        <p class="intro">{t('checker_intro')}</p>

        <form class="check" onSubmit={check} data-testid="check-form">
          <label for="message" class="field-label">
            {t('checker_input_label')}
          </label>
          <textarea
            id="message"
            data-testid="message"
            dir="auto"
            rows={8}
            maxLength={MAX_CHARS}
            placeholder={t('checker_input_placeholder')}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            aria-describedby="privacy-note"
          />
          <p id="privacy-note" class="note">
            {t('checker_privacy')}
          </p>
          <div class="actions">
            <button type="submit" class="primary" data-testid="check" disabled={busy}>
              {busy ? t('checker_loading') : t('checker_check_button')}
            </button>
            <button type="button" class="secondary" data-testid="clear" onClick={clear}>
              {t('checker_clear_button')}
            </button>
          </div>
          {error && (
            <p class="error" role="alert" data-testid="error">
              {error}
            </p>
          )}
        </form>

        <div class="visually-hidden" role="status" aria-live="polite">
          {announce}
        </div>

        {result && <ResultView result={result} t={t} headingRef={resultHeading} branding={branding} shareUrl={shareUrl} />}

        <Channels list={list} t={t} locale={locale} branding={branding} />
      </main>

      <footer class="footer">
        <p>{t('checker_footer_privacy')}</p>
        {list && (
          <p data-testid="list-version" data-source={list.source}>
            {t('checker_list_version', [list.listVersion])}
          </p>
        )}
      </footer>
    </div>
  );
}

function ResultView(props: { result: Result; t: Translate; headingRef: { current: HTMLHeadingElement | null }; branding: CheckerBranding; shareUrl: string }) {
  const { result, t, headingRef } = props;
  const { assessment, groups } = result;
  const segments = useMemo(() => highlightSegments(result.text, assessment.findings), [result]);
  return (
    <section class="result" aria-labelledby="result-heading" data-testid="result" data-level={assessment.level}>
      <div class={`level level-${assessment.level}`} data-testid="level">
        <LevelIcon level={assessment.level} />
        <div>
          <h2 id="result-heading" tabIndex={-1} ref={headingRef}>
            {t(`checker_level_${assessment.level}`)}
          </h2>
          <p>{t(`checker_level_${assessment.level}_detail`)}</p>
        </div>
      </div>

      {groups.length > 0 && (
        <>
          <h3>{t('checker_findings_heading')}</h3>
          <ul class="findings" data-testid="findings">
            {groups.map((g) => (
              <li key={g.indicator} data-indicator={g.indicator}>
                <p class="why">{explain(t, g.explanationKey, g.indicator)}</p>
                {g.quotes.length > 0 && (
                  <p class="quotes">
                    <span class="quotes-label">{t('checker_evidence_label')} </span>
                    {g.quotes.map((q, i) => (
                      <q key={i} dir="auto">
                        {q}
                      </q>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ul>

          <h3>{t('checker_highlight_heading')}</h3>
          <div class="message" dir="auto" data-testid="highlighted">
            {segments.map((s) =>
              s.indicators.length ? (
                <mark key={s.start} data-indicators={s.indicators.join(' ')}>
                  {s.text}
                </mark>
              ) : (
                s.text
              ),
            )}
          </div>
        </>
      )}

      {/* The extension's own "what to do now" (same advice as the popup), see src/ui/components/WhatToDo.tsx. */}
      <WhatToDo t={t} headingLevel={3} />

      <ShareBox {...props} />
    </section>
  );
}

function ShareBox({ result, t, shareUrl, branding }: { result: Result; t: Translate; shareUrl: string; branding: CheckerBranding }) {
  const [include, setInclude] = useState(false);
  const [status, setStatus] = useState('');
  const shareText = buildShareText({ level: result.assessment.level, groups: result.groups, t, url: shareUrl, includeMessage: include, message: result.text });

  const share = async () => {
    setStatus('');
    const nav = navigator as Navigator & { share?: (d: ShareData) => Promise<void>; canShare?: (d: ShareData) => boolean };
    const data: ShareData = { title: branding.name, text: shareText };
    if (nav.share && (!nav.canShare || nav.canShare(data))) {
      try {
        await nav.share(data);
        setStatus(t('checker_share_shared'));
        return;
      } catch (err) {
        if (err instanceof DOMException && err.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(shareText);
      setStatus(t('checker_share_copied'));
    } catch {
      setStatus(t('checker_share_failed'));
    }
  };

  return (
    <div class="share" data-testid="share">
      <h3>{t('checker_share_heading')}</h3>
      <label class="checkbox">
        <input type="checkbox" data-testid="share-include" checked={include} onChange={(e) => setInclude(e.currentTarget.checked)} />
        <span>{t('checker_share_include')}</span>
      </label>
      <p class="share-preview-label" id="share-preview-label">
        {t('checker_share_preview')}
      </p>
      <pre class="share-preview" dir="auto" data-testid="share-preview">
        {shareText}
      </pre>
      <button type="button" class="primary" data-testid="share-button" onClick={share}>
        {t('checker_share_button')}
      </button>
      <p class="share-status" role="status" data-testid="share-status">
        {status}
      </p>
    </div>
  );
}

function Channels({ list, t, locale, branding }: { list: ListInfo | undefined; t: Translate; locale: UiLocale; branding: CheckerBranding }) {
  const extra = branding.channels ?? [];
  const channels = list?.channels ?? [];
  const regionName = useMemo(() => regionNamer(locale), [locale]);
  const countries = useMemo(
    () => countriesWithChannels([...extra, ...channels], locale, branding.defaultCountry ? [branding.defaultCountry] : []),
    [channels, locale],
  );
  const [country, setCountry] = useState<string | undefined>();
  const chosen =
    country ?? store.get(STORE_COUNTRY) ?? branding.defaultCountry ?? countryFromLocales([...(navigator.languages ?? []), navigator.language]) ?? '';
  const { national, international } = channelsFor(channels, chosen || undefined, extra);
  const options = chosen && !countries.includes(chosen) ? [chosen, ...countries] : countries;

  const pick = (c: string) => {
    setCountry(c);
    store.set(STORE_COUNTRY, c);
  };

  return (
    <section class="channels" aria-labelledby="channels-heading" data-testid="channels">
      <h2 id="channels-heading">{t('checker_channels_heading')}</h2>
      <label class="field-label" for="country">
        {t('checker_country_label')}
      </label>
      <select id="country" data-testid="country" value={chosen} onChange={(e) => pick(e.currentTarget.value)}>
        <option value="">{t('checker_country_none')}</option>
        {options.map((c) => (
          <option key={c} value={c}>
            {regionName(c)}
          </option>
        ))}
      </select>
      {list && chosen && national.length === 0 && <p class="note">{t('checker_channels_none')}</p>}
      <ul class="channel-list" data-testid="channel-list">
        {[...national, ...international].map((c) => (
          <ChannelItem key={c.id} channel={c} t={t} />
        ))}
      </ul>
    </section>
  );
}

function ChannelItem({ channel, t }: { channel: ReportingChannel; t: Translate }) {
  const tel = telHref(channel.phone);
  // Kind labels are the extension's shared texts (kind_hotline, kind_police…); left out if a locale lacks one.
  const kindKey = `kind_${channel.kind.replace(/-/g, '_')}`;
  const kind = t(kindKey);
  return (
    <li data-channel={channel.id} data-country={channel.country}>
      <span class="channel-name">
        <bdi>{channel.name}</bdi>
        {kind !== kindKey && <span class="channel-kind"> ({kind})</span>}
      </span>
      <span class="channel-links">
        {tel && (
          <a class="button-link" href={tel}>
            {/* First-strong isolates keep "+1-888…" left-to-right inside an Arabic sentence. */}
            {t('checker_channel_call', [`\u2068${channel.phone!}\u2069`])}
          </a>
        )}
        {channel.url && (
          <a class="button-link" href={channel.url} target="_blank" rel="noopener noreferrer" aria-label={`${t('checker_channel_open')}: ${channel.name}`}>
            {t('checker_channel_open')}
          </a>
        )}
      </span>
    </li>
  );
}
