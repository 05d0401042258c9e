/**
 * Build-time glue for campaigns and locales, called from wxt.config.ts (runs in Node):
 *   - which campaign to build: `npm run build -- --campaign <id>` (src/campaigns/run-wxt.mjs turns the flag
 *     into the environment variable LURELENS_CAMPAIGN) or LURELENS_CAMPAIGN=<id> directly;
 *   - `_locales/<dir>/messages.json` for every UI locale, with the campaign's name and description;
 *   - the campaign logo as the toolbar and store icon;
 *   - manifest fields (name/description through __MSG_…__, default_locale).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCampaign, type Campaign } from './schema';
import { DEFAULT_CAMPAIGN, campaignText } from './defaults';
import { localeMessageFiles } from '../i18n/chrome-messages';

/** A loaded campaign and its folder (undefined folder = the default LureLens build). */
export interface LoadedCampaign {
  campaign: Campaign;
  dir?: string;
}

/**
 * Load the campaign named by `id` (or LURELENS_CAMPAIGN) from `<root>/src/campaigns/<id>/campaign.json`.
 * @throws with a clear message when the folder, the file or the logo is missing, or the config is invalid.
 */
export function loadCampaign(root: string, id = process.env.LURELENS_CAMPAIGN): LoadedCampaign {
  if (!id) return { campaign: DEFAULT_CAMPAIGN };
  if (!/^[a-z0-9-]{2,40}$/.test(id)) throw new Error(`campaign name "${id}" must be 2–40 characters a-z, 0-9 or "-"`);
  const dir = resolve(root, 'src/campaigns', id);
  const file = resolve(dir, 'campaign.json');
  if (!existsSync(file)) throw new Error(`no campaign "${id}": ${file} does not exist`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const campaign = parseCampaign(json);
  if (campaign.id !== id) throw new Error(`${file}: "id" is "${campaign.id}" but the folder is "${id}"`);
  if (campaign.logo && !existsSync(resolve(dir, campaign.logo))) throw new Error(`${file}: logo ${campaign.logo} not found`);
  return { campaign, dir };
}

interface PublicFile {
  relativeDest: string;
  absoluteSrc?: string;
  contents?: string;
}

/**
 * Adjust WXT's public files: add the `_locales` messages; for a campaign with a logo, replace the
 * default icons by the logo. Mutates `files` (WXT's hook contract).
 */
export function addPublicFiles(files: PublicFile[], loaded: LoadedCampaign): void {
  const { campaign, dir } = loaded;
  const branded = campaign.id !== DEFAULT_CAMPAIGN.id;
  files.push(
    ...localeMessageFiles((locale): Record<string, string> =>
      branded ? { extName: campaignText(campaign.name, locale), extDescription: campaignText(campaign.description, locale) } : {},
    ),
  );
  if (branded && campaign.logo && dir) {
    const logo = resolve(dir, campaign.logo);
    for (let i = files.length - 1; i >= 0; i--) if (/^icons?\/\d+\.png$/.test(files[i]!.relativeDest)) files.splice(i, 1);
    for (const size of [16, 32, 48, 128]) files.push({ relativeDest: `icon/${size}.png`, absoluteSrc: logo });
  }
}

/** Manifest fields owned by the i18n/campaign work. */
export function manifestFields(): { name: string; description: string; default_locale: string } {
  return { name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' };
}

/** Package file names: campaign builds carry the campaign id ("lure-lens-example-0.1.0-chrome.zip"). */
export function zipConfig(loaded: LoadedCampaign): { artifactTemplate?: string; sourcesTemplate?: string } {
  if (loaded.campaign.id === DEFAULT_CAMPAIGN.id) return {};
  return {
    artifactTemplate: `{{name}}-${loaded.campaign.id}-{{version}}-{{browser}}.zip`,
    sourcesTemplate: `{{name}}-${loaded.campaign.id}-{{version}}-sources.zip`,
  };
}
