/**
 * The campaign this extension was built for. The build (wxt.config.ts, via src/campaigns/build.ts)
 * compiles the validated campaign.json in as `__LURELENS_CAMPAIGN__`; a plain build, the unit tests
 * and the CLI get {@link DEFAULT_CAMPAIGN}.
 *
 * For the list-update code: `campaign.list?.url` and `campaign.list?.publicKey` are the campaign's
 * own signed list location and key; when undefined, use LureLens's defaults.
 */
import type { Campaign } from './schema';
import { DEFAULT_CAMPAIGN } from './defaults';

declare const __LURELENS_CAMPAIGN__: Campaign | undefined;

export const campaign: Campaign = typeof __LURELENS_CAMPAIGN__ !== 'undefined' && __LURELENS_CAMPAIGN__ ? __LURELENS_CAMPAIGN__ : DEFAULT_CAMPAIGN;

/** Whether this is a campaign build (branding other than LureLens's own). */
export const isCampaignBuild = campaign.id !== DEFAULT_CAMPAIGN.id;
