/**
 * Managed policy (storage.managed): what an organisation or campaign deploying LureLens may set.
 * Schema shipped in the build: public/managed_schema.json (manifest storage.managed_schema, Chrome).
 * Firefox reads the same keys from an enterprise policy's "3rdparty" section.
 *
 *   updateUrls          string[]   where to fetch the signed list, tried in order (https only)
 *   trustedKeys         {keyId, publicKey, label?}[]   extra Ed25519 keys whose lists are accepted
 *   updatesEnabled      boolean    false = never fetch (the bundled/stored list stays in use)
 *   updateIntervalHours number     1..168, default 6
 *   defaultCountry      string     ISO 3166-1 alpha-2, for reporting channels
 *   settings            object     values for user settings (see src/settings/settings.ts)
 *   lockedSettings      string[]   settings the user may not change in the options page
 *
 * Invalid fields are dropped one by one (a broken policy must never disable the extension).
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { parseTrustedKeys } from '../list/trusted-keys';
import type { TrustedKey } from '../list/signing';

export interface ManagedPolicy {
  updateUrls?: string[];
  trustedKeys?: TrustedKey[];
  updatesEnabled?: boolean;
  updateIntervalHours?: number;
  defaultCountry?: string;
  settings?: Record<string, unknown>;
  lockedSettings?: string[];
}

const fields = {
  updateUrls: z.array(z.string().max(2000)).max(10),
  updatesEnabled: z.boolean(),
  updateIntervalHours: z.number().min(1).max(168),
  defaultCountry: z.string().regex(/^[A-Z]{2}$/),
  settings: z.record(z.string(), z.unknown()),
  lockedSettings: z.array(z.string().max(60)).max(50),
} as const;

/**
 * Keep the valid fields of a raw managed-storage object.
 * @returns the policy and one reason per dropped field
 */
export function parsePolicy(raw: unknown): { policy: ManagedPolicy; dropped: string[] } {
  const policy: ManagedPolicy = {};
  const dropped: string[] = [];
  if (!raw || typeof raw !== 'object') return { policy, dropped };
  const r = raw as Record<string, unknown>;
  for (const [name, schema] of Object.entries(fields)) {
    if (r[name] === undefined) continue;
    const p = schema.safeParse(r[name]);
    if (p.success) (policy as Record<string, unknown>)[name] = p.data;
    else dropped.push(`policy ${name}: ${p.error.issues[0]?.message ?? 'invalid'}`);
  }
  if (r.trustedKeys !== undefined) {
    const k = parseTrustedKeys(r.trustedKeys);
    policy.trustedKeys = k.keys;
    dropped.push(...k.skipped.map((s) => `policy ${s}`));
  }
  return { policy, dropped };
}

/** The managed policy, or {} when none is set or the browser has no managed storage (never rejects). */
export async function getPolicy(): Promise<ManagedPolicy> {
  try {
    const managed = (browser.storage as { managed?: { get(k?: null): Promise<Record<string, unknown>> } }).managed;
    if (!managed) return {};
    return parsePolicy(await managed.get(null)).policy;
  } catch {
    // Firefox rejects when no policy exists; Chrome may reject without a schema.
    return {};
  }
}

/** Call `cb` when the managed policy changes. Returns an unsubscribe function. */
export function watchPolicy(cb: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
