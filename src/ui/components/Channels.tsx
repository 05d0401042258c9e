/**
 * Reporting and help channels for the chosen country, then international ones. Phone numbers are
 * tel: links (tappable on phones); websites open in a new tab.
 */
import type { ReportingChannel } from '../../list/schema';
import { channelsFor, countriesWithChannels, telHref } from '../country';
import { campaign } from '../../campaigns/active';
import { CountrySelect } from './CountrySelect';
import type { T } from '../use-ui';

function ChannelItem({ c, t }: { c: ReportingChannel; t: T }) {
  const tel = telHref(c.phone);
  const kindKey = `kind_${c.kind.replace(/-/g, '_')}`;
  return (
    <li class="ll-channel" data-channel={c.id}>
      <bdi class="ll-channel-name">{c.name}</bdi> <span class="ll-kind">({t(kindKey)})</span>
      <span class="ll-channel-links">
        {tel && (
          <a class="ll-tel" href={tel} aria-label={t('channels_call', [`${c.name}, ${c.phone}`])}>
            <bdi dir="ltr">{c.phone}</bdi>
          </a>
        )}
        {c.url && (
          <a href={c.url} target="_blank" rel="noopener noreferrer" aria-label={`${t('channels_website')}: ${c.name}`}>
            {t('channels_website')}
          </a>
        )}
      </span>
    </li>
  );
}

export function Channels(props: { t: T; locale: string; channels: ReportingChannel[]; country: string | undefined; onCountry: (c: string | undefined) => void }) {
  const { t } = props;
  // "INT" is the explicit choice "no country, international channels only".
  const country = props.country === 'INT' ? undefined : props.country;
  const { national, international } = channelsFor(props.channels, country, campaign.channels);
  const countries = countriesWithChannels([...campaign.channels, ...props.channels], props.locale, campaign.defaultCountry ? [campaign.defaultCountry] : []);
  return (
    <section class="ll-section" aria-labelledby="ll-channels-h">
      <h2 id="ll-channels-h">{t('channels_heading')}</h2>
      <CountrySelect t={t} locale={props.locale} countries={countries} value={props.country} onChange={props.onCountry} label={t('channels_country_label')} />
      {country && national.length === 0 && <p class="ll-small">{t('channels_none')}</p>}
      {national.length > 0 && <ul class="ll-channels" data-testid="channels-national">{national.map((c) => <ChannelItem key={c.id} c={c} t={t} />)}</ul>}
      {international.length > 0 && (
        <>
          <h3>{t('channels_international')}</h3>
          <ul class="ll-channels" data-testid="channels-international">{international.map((c) => <ChannelItem key={c.id} c={c} t={t} />)}</ul>
        </>
      )}
    </section>
  );
}
