/**
 * Build-time lookup of the checker's branding: LureLens defaults, or the campaign named by LURELENS_CAMPAIGN
 * (or `--campaign <id>`), read and validated by the extension's own campaign loader (src/campaigns/build.ts),
 * so one campaign.json brands both the extension packages and the checker. Node only: used by vite.config.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCampaign } from '../campaigns/build';
import type { Campaign } from '../campaigns/schema';
import { fromBase64, keyIdOf, type TrustedKey } from '../list/signing';
import { DEFAULT_BRANDING, type CheckerBranding } from './branding';

/** File name of a campaign logo inside the built checker. */
export const CAMPAIGN_LOGO = 'icons/campaign-logo.png';

/** Width of a PNG from its IHDR chunk (bytes 16–19, big-endian); 0 when the file is not a PNG. */
export function pngWidth(bytes: Uint8Array): number {
  const sig = [0x89, 0x50, 0x4e, 0x47];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return 0;
  return ((bytes[16]! << 24) | (bytes[17]! << 16) | (bytes[18]! << 8) | bytes[19]!) >>> 0;
}

/**
 * A square SVG icon around a campaign's PNG logo (embedded as a data URI): the logo centred on the brand colour
 * inside the maskable safe zone. Gives browsers a scalable icon (sizes "any") when the logo is smaller than the
 * 192/512 px a home-screen icon needs.
 */
export function logoSvg(png: Uint8Array, background: string): string {
  const b64 = Buffer.from(png).toString('base64');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 512 512">` +
    `<rect width="512" height="512" fill="${background}"/>` +
    `<image x="106" y="106" width="300" height="300" href="data:image/png;base64,${b64}" xlink:href="data:image/png;base64,${b64}"/></svg>`
  );
}

/** A home-screen label of at most 12 characters, cut at a word boundary when possible. */
export function shortLabel(name: string): string {
  if (name.length <= 12) return name;
  let out = '';
  for (const w of name.split(/\s+/)) {
    const next = out ? `${out} ${w}` : w;
    if (next.length > 12) break;
    out = next;
  }
  return out || name.slice(0, 12);
}

const text = (t: Campaign['name'], locale: string): string => (typeof t === 'string' ? t : (t[locale] ?? t.en ?? Object.values(t)[0] ?? ''));

/**
 * The project's published signed list, as in the extension (src/background/update-config.ts DEFAULT_UPDATE_URLS;
 * that module needs the extension API, so the address is repeated here).
 */
export const PROJECT_LIST_URLS = ['https://lurelens.github.io/lure-lens/lists/v1/indicators.signed.json'];

/**
 * Where the checker looks for list updates: LURELENS_CHECKER_LIST_URLS (comma-separated, or "none" for the
 * bundled list only), else the campaign's list, else the project's. Non-https URLs are dropped.
 */
export function listUrls(env: string | undefined, campaignUrl: string | undefined): string[] {
  if (env?.trim().toLowerCase() === 'none') return [];
  const urls = env?.trim() ? env.split(',').map((u) => u.trim()) : campaignUrl ? [campaignUrl] : PROJECT_LIST_URLS;
  return urls.filter((u) => /^https:\/\/[^/]+/.test(u));
}

async function campaignKey(c: Campaign): Promise<TrustedKey | undefined> {
  const pk = c.list?.publicKey;
  if (!pk) return undefined;
  const raw = fromBase64(pk);
  if (raw.length !== 32) throw new Error(`campaign "${c.id}": list.publicKey is not a 32-byte Ed25519 key`);
  return { keyId: await keyIdOf(raw), publicKey: pk, label: `campaign ${c.id}` };
}

export interface ResolvedBranding {
  branding: CheckerBranding;
  /** The validated campaign (for `__LURELENS_CAMPAIGN__`), undefined for the LureLens build. */
  campaign?: Campaign;
  /** Logo bytes to emit at CAMPAIGN_LOGO. */
  logo?: Uint8Array;
}

/**
 * @param repo repository root
 * @param id campaign id, or undefined for the LureLens defaults
 * @throws Error naming the campaign when it is set but missing or invalid (from loadCampaign), or its list key is bad
 */
export async function resolveBranding(repo: string, id: string | undefined): Promise<ResolvedBranding> {
  const appVersion = (JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')) as { version: string }).version;
  const envUrls = process.env.LURELENS_CHECKER_LIST_URLS;
  if (!id) {
    return {
      branding: { ...DEFAULT_BRANDING, checkerUrl: process.env.LURELENS_CHECKER_URL || undefined, list: { urls: listUrls(envUrls, undefined) }, appVersion },
    };
  }
  const { campaign, dir } = loadCampaign(repo, id);
  const first = campaign.locales[0] ?? 'en';
  const names = typeof campaign.name === 'string' ? undefined : { ...campaign.name };
  const name = text(campaign.name, first);
  let logo: Uint8Array | undefined;
  let logoInfo: CheckerBranding['logo'];
  if (campaign.logo && dir) {
    logo = readFileSync(resolve(dir, campaign.logo));
    logoInfo = { src: CAMPAIGN_LOGO, size: pngWidth(logo) };
  }
  return {
    campaign,
    logo,
    branding: {
      name,
      names,
      shortName: shortLabel(name),
      description: text(campaign.description, first),
      themeColor: campaign.colors.brand,
      onThemeColor: campaign.colors.onBrand,
      backgroundColor: '#ffffff',
      defaultCountry: campaign.defaultCountry,
      languages: campaign.locales,
      channels: campaign.channels,
      logo: logoInfo,
      checkerUrl: process.env.LURELENS_CHECKER_URL || undefined,
      campaign: campaign.id,
      list: { urls: listUrls(envUrls, campaign.list?.url), campaignKey: await campaignKey(campaign) },
      appVersion,
    },
  };
}
