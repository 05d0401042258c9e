/** The brand bar on every page: the campaign's (or LureLens's) logo and name. */
import { campaign } from '../../campaigns/active';
import { campaignText } from '../../campaigns/defaults';
import type { ComponentChildren } from 'preact';
import type { T } from '../use-ui';

export function Header({ t, locale, children, as = 'p' }: { t: T; locale: string; children?: ComponentChildren; as?: 'p' | 'h1' }) {
  const name = campaign.id === 'lurelens' ? t('extName') : campaignText(campaign.name, locale);
  const Tag = as;
  return (
    <header class="ll-header">
      <img class="ll-logo" src="/icon/48.png" alt="" width={24} height={24} />
      <Tag class="ll-brand">{name}</Tag>
      <span class="ll-header-extra">{children}</span>
    </header>
  );
}
