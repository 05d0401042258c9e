/**
 * Public keys whose signed indicator lists this build accepts.
 *
 * Sources, merged by {@link mergeTrustedKeys} (first occurrence of a keyId wins):
 *   1. src/list/trusted-keys.json — shipped with every build (the LureLens project key);
 *   2. a campaign build's extra keys (build-time env WXT_LURELENS_TRUSTED_KEYS, read by the background);
 *   3. managed policy `trustedKeys` (an organisation's own signing key).
 * Only public keys live here; private keys never enter the repository.
 */
import { z } from 'zod';
import bundledKeys from './trusted-keys.json';
import type { TrustedKey } from './signing';

const TrustedKeySchema = z.object({
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=?$/, 'publicKey must be a base64 32-byte key'),
  label: z.string().max(200).optional(),
});

/**
 * Validate a list of trusted keys from any source (JSON file, env text already parsed, managed policy).
 * Malformed entries are skipped, not fatal: a bad policy must not disable the built-in key.
 * @returns the well-formed keys and one reason per skipped entry.
 */
export function parseTrustedKeys(value: unknown): { keys: TrustedKey[]; skipped: string[] } {
  const keys: TrustedKey[] = [];
  const skipped: string[] = [];
  if (!Array.isArray(value)) return { keys, skipped: value === undefined ? [] : ['trusted keys must be an array'] };
  value.forEach((entry, i) => {
    const r = TrustedKeySchema.safeParse(entry);
    if (r.success) keys.push(r.data);
    else skipped.push(`trusted key #${i}: ${r.error.issues[0]?.message ?? 'invalid'}`);
  });
  return { keys, skipped };
}

/** Merge key sets; the first entry for a keyId wins, so the bundled keys cannot be shadowed. */
export function mergeTrustedKeys(...sets: readonly (readonly TrustedKey[])[]): TrustedKey[] {
  const seen = new Map<string, TrustedKey>();
  for (const set of sets) for (const k of set) if (!seen.has(k.keyId)) seen.set(k.keyId, k);
  return [...seen.values()];
}

/** The keys shipped in src/list/trusted-keys.json (validated at load; a bad file is a build defect). */
export const bundledTrustedKeys: TrustedKey[] = (() => {
  const r = parseTrustedKeys(bundledKeys);
  if (r.skipped.length) throw new Error(`src/list/trusted-keys.json: ${r.skipped.join('; ')}`);
  return r.keys;
})();
