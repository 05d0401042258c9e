/**
 * Campaign configuration: an awareness campaign hands LureLens out under its own name, colours and
 * hotlines. One JSON file per campaign in src/campaigns/<id>/campaign.json (see the example campaign).
 * Validated with zod at build time; the validated object is compiled into the extension
 * (see src/campaigns/active.ts). Pure: no Node or browser API.
 */
import { z } from 'zod';
import { ReportingChannelSchema } from '../list/schema';
import { contrastRatio } from '../ui/contrast';

z.config({ jitless: true });

const hex = z.string().regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'colour must be #rgb or #rrggbb');
/** A text, or one text per UI locale ("en" should be present; it is the fallback). */
const localisedText = (max: number) => z.union([z.string().min(1).max(max), z.record(z.string(), z.string().min(1).max(max))]);

export const CampaignSchema = z
  .object({
    /** Folder name, also used in package file names. */
    id: z.string().regex(/^[a-z0-9-]{2,40}$/),
    /** Extension name shown in the browser and on every page (Chrome allows 75 characters). */
    name: localisedText(45),
    /** Short description for the store and the browser's extension list (Chrome allows 132 characters). */
    description: localisedText(132),
    /** PNG logo, path relative to the campaign folder; square, at least 128×128. Used for icons and headers. */
    logo: z.string().regex(/^[\w./-]+\.png$/).optional(),
    /** Brand colour (header background) and the text colour on it; must reach WCAG AA 4.5:1. */
    colors: z.object({ brand: hex, onBrand: hex }),
    /** ISO 3166-1 alpha-2 country preselected on first run. */
    defaultCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
    /** Extra reporting channels shown before the list's channels (same fields as the list's). */
    channels: z.array(ReportingChannelSchema).max(30).default([]),
    /** The campaign's own signed indicator list: HTTPS URL and its Ed25519 public key (base64). */
    list: z.object({ url: z.string().url().startsWith('https://'), publicKey: z.string().min(40).max(200) }).optional(),
    /** UI locales offered first in the language menu, in this order. */
    locales: z.array(z.string()).max(12).default([]),
    /** Where "this is wrong" reports go: an https issue-form URL or a mailto: address. */
    reportUrl: z.string().regex(/^(https:\/\/|mailto:)/).optional(),
    /** Campaign website shown in the options page's "about". */
    website: z.string().url().optional(),
  })
  .refine((c) => contrastRatio(c.colors.brand, c.colors.onBrand) >= 4.5, {
    message: 'colors.brand and colors.onBrand must have a contrast ratio of at least 4.5:1 (WCAG AA)',
    path: ['colors'],
  });

export type Campaign = z.infer<typeof CampaignSchema>;

export { DEFAULT_CAMPAIGN, campaignText } from './defaults';

/** Validate a parsed campaign.json; throws an Error naming the first bad field. */
export function parseCampaign(value: unknown): Campaign {
  const r = CampaignSchema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new Error(`campaign: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
}
