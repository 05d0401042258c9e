/**
 * The toolbar popup: warnings on this page (or a clear "nothing found"), check-a-message, what to do
 * now, reporting and help channels for the user's country, and the indicator list's status.
 */
import { useEffect, useState } from 'preact/hooks';
import type { GetTabResponse, TabEntry } from '@/src/messaging/protocol';
import type { ReportingChannel } from '@/src/list/schema';
import { useUi, type T } from '@/src/ui/use-ui';
import { getChannels, getListStatus, getTab, openOptions, tabUrl, targetTabId } from '@/src/ui/api';
import { ScanThisSite } from '@/src/ui/components/ScanSite';
import { normalizeListStatus, type ListStatusView } from '@/src/ui/list-status';
import { levelWarns } from '@/src/settings/sites';
import { Header } from '@/src/ui/components/Header';
import { LevelBadge } from '@/src/ui/components/LevelBadge';
import { FindingList } from '@/src/ui/components/FindingList';
import { ReportWrong } from '@/src/ui/components/ReportWrong';
import { CheckMessage } from '@/src/ui/components/CheckMessage';
import { WhatToDo } from '@/src/ui/components/WhatToDo';
import { Channels } from '@/src/ui/components/Channels';
import { ListStatusLine } from '@/src/ui/components/ListStatus';

/** Message key of a named pattern's explanation ("P-T1" → "pattern_t1"). */
export const patternKey = (id: string) => `pattern_${id.replace(/^P-/i, '').toLowerCase().replace(/[^a-z0-9]/g, '_')}`;

const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
};

function WarningCard({ entry, t, listVersion, site, index }: { entry: TabEntry & { text?: string }; t: T; listVersion?: string; site?: string; index: number }) {
  const headline = entry.pattern ? t(patternKey(entry.pattern)) : undefined;
  // The background keeps no posting text (only findings); without it, the report can carry the quoted words.
  const text = entry.text ?? ([...new Set(entry.findings.map((f) => f.evidence?.text).filter(Boolean))].join(' … ') || undefined);
  return (
    <li class={`ll-card ll-card-${entry.level}`} data-testid="warning" data-level={entry.level}>
      <article aria-labelledby={`ll-w-${index}`}>
        <h3 id={`ll-w-${index}`} class="ll-card-title" dir="auto">
          {entry.title || t('popup_untitled')}
        </h3>
        <LevelBadge level={entry.level} t={t} />
        {headline && headline !== patternKey(entry.pattern!) && <p class="ll-headline">{headline}</p>}
        <FindingList findings={entry.findings} t={t} />
        <ReportWrong t={t} kind="false-warning" indicators={[...new Set(entry.findings.map((f) => f.indicator))]} level={entry.level} pattern={entry.pattern} listVersion={listVersion} site={site} text={text} />
      </article>
    </li>
  );
}

function PageWarnings({ t, tab, loaded, warns, tabId, url }: { t: T; tab: GetTabResponse | undefined; loaded: boolean; warns: (l: string) => boolean; tabId?: number; url?: string }) {
  const site = hostOf(tab?.url);
  const entries = (tab?.entries ?? []).filter((e) => e.warn ?? warns(e.level));
  return (
    <section class="ll-section" aria-labelledby="ll-page-h" data-testid="page-warnings">
      <h2 id="ll-page-h">{t('popup_page_heading')}</h2>
      {!loaded ? (
        <p>{t('popup_loading')}</p>
      ) : !tab ? (
        <p data-testid="page-unavailable">{t('popup_page_unavailable')}</p>
      ) : entries.length === 0 ? (
        <div class="ll-none" data-testid="nothing-found">
          <p class="ll-result-head">
            <LevelBadge level="none" t={t} /> <span>{t('popup_page_none')}</span>
          </p>
          <p class="ll-small">{t('popup_page_none_hint')}</p>
          {tab.scanned === 0 && <ScanThisSite t={t} tabId={tabId} url={url} />}
          <ReportWrong t={t} kind="missed-lure" indicators={[]} listVersion={tab.listVersion} site={site} buttonLabel={t('wrong_missed_button')} />
        </div>
      ) : (
        <>
          <p>{t('popup_page_count', [entries.length])}</p>
          <ul class="ll-cards">
            {entries.map((e, i) => (
              <WarningCard key={e.key} entry={e} t={t} listVersion={tab.listVersion} site={site} index={i} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function App() {
  const ui = useUi();
  const { t, locale } = ui;
  const [tab, setTab] = useState<GetTabResponse | undefined>(undefined);
  const [loaded, setLoaded] = useState(false);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [url, setUrl] = useState<string | undefined>(undefined);
  const [channels, setChannels] = useState<ReportingChannel[]>([]);
  const [listVersion, setListVersion] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<ListStatusView | undefined>(undefined);

  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      setTabId(id);
      if (id !== undefined) void tabUrl(id).then(setUrl);
      const r = id === undefined ? undefined : await getTab(id);
      setTab(r && Array.isArray(r.entries) ? r : undefined);
      setLoaded(true);
    })();
    void (async () => {
      const c = await getChannels();
      setChannels(c.channels);
      setListVersion(c.listVersion);
      const s = normalizeListStatus(await getListStatus());
      setStatus({ ...s, listVersion: s.listVersion ?? c.listVersion });
    })();
  }, []);

  useEffect(() => {
    document.title = t('popup_title');
  }, [t]);

  if (!ui.settings) return <div class="ll-page ll-popup" aria-busy="true" />;
  const warns = (level: string) => levelWarns(ui.settings!, level);
  return (
    <div class="ll-page ll-popup">
      <Header t={t} locale={locale}>
        <button type="button" class="ll-icon-button" onClick={openOptions}>
          {t('options_link')}
        </button>
      </Header>
      <main>
        <h1 class="ll-visually-hidden">{t('popup_title')}</h1>
        <PageWarnings t={t} tab={tab} loaded={loaded} warns={warns} tabId={tabId} url={url ?? tab?.url} />
        <CheckMessage t={t} listVersion={tab?.listVersion ?? listVersion} warnLevels={warns} />
        <WhatToDo t={t} />
        <Channels t={t} locale={locale} channels={channels} country={ui.country} onCountry={(c) => void ui.save({ country: c ?? 'INT' })} />
      </main>
      <footer class="ll-footer">
        <ListStatusLine status={status ?? (listVersion ? { listVersion } : undefined)} t={t} locale={locale} />
      </footer>
    </div>
  );
}
