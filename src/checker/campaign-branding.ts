/**
 * Build-time lookup of the checker's branding: LureLens defaults, or the campaign named by LURELENS_CAMPAIGN.
 * (Node only: used by vite.config.ts.)
 */
import { DEFAULT_BRANDING, type CheckerBranding } from './branding';

/**
 * @param repo repository root
 * @param campaign campaign id, or undefined for the LureLens defaults
 * @throws Error naming the campaign when it is set but cannot be read
 */
export async function resolveBranding(repo: string, campaign: string | undefined): Promise<CheckerBranding> {
  void repo;
  if (!campaign) return DEFAULT_BRANDING;
  throw new Error(`campaign "${campaign}": campaign configs are not readable by the checker build yet`);
}
