/**
 * Campaign values needed at run time, without the validator (so the extension pages do not bundle zod):
 * the default LureLens "campaign" and the per-locale text lookup. Validation lives in ./schema.ts.
 */
import type { Campaign } from './schema';

/** The values of a build without a campaign (LureLens itself). */
export const DEFAULT_CAMPAIGN: Campaign = {
  id: 'lurelens',
  name: 'LureLens',
  description: 'Warns you when a job listing or recruitment post looks like a recruitment lure.',
  colors: { brand: '#1b4965', onBrand: '#ffffff' },
  channels: [],
  locales: [],
  reportUrl: 'https://github.com/lurelens/lure-lens/issues/new',
};

/** The campaign text for `locale` (falls back to "en", then to any text). */
export function campaignText(text: Campaign['name'], locale: string): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en ?? Object.values(text)[0] ?? '';
}
