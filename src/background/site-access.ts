/**
 * Runs the content script on sites the user granted with "Scan this site" (optional host permissions):
 * at start-up and whenever permissions change, the granted origins (besides the supported sites, which
 * have the static content script) get a dynamic content-script registration
 * (src/sites/permissions.ts: Chrome MV3 `scripting`, Firefox MV2 `contentScripts`).
 */
import { browser } from 'wxt/browser';
import { grantedExtraOrigins, registerScanScript, type ContentScriptsLike, type ScriptingLike } from '../sites/permissions';

/** The built content script (WXT's output name for entrypoints/content.ts). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

let firefoxHandle: { unregister(): Promise<void> } | undefined;

/**
 * Bring the dynamic registration in line with the granted origins.
 * @returns the origins it now covers (empty when none, or when the browser lacks the APIs)
 */
export async function syncGrantedSites(): Promise<string[]> {
  const b = browser as unknown as {
    permissions?: { getAll(): Promise<{ origins?: string[] }> };
    scripting?: ScriptingLike;
    contentScripts?: ContentScriptsLike;
  };
  if (!b.permissions?.getAll) return [];
  try {
    const origins = grantedExtraOrigins((await b.permissions.getAll()).origins);
    firefoxHandle = await registerScanScript({ scripting: b.scripting, contentScripts: b.contentScripts }, origins, CONTENT_SCRIPT_FILE, firefoxHandle);
    return origins;
  } catch {
    return []; // a registration error must not stop the worker; the next change retries
  }
}

/** Sync now and on every permission change. @returns a function removing the listeners */
export function watchGrantedSites(): () => void {
  void syncGrantedSites();
  const p = (browser as unknown as { permissions?: { onAdded?: Ev; onRemoved?: Ev } }).permissions;
  const on = () => void syncGrantedSites();
  const each = (f: (e: Ev) => void) => {
    for (const e of [p?.onAdded, p?.onRemoved]) {
      try {
        if (e) f(e);
      } catch {
        /* the API is missing here (tests, old browsers) */
      }
    }
  };
  each((e) => e.addListener(on));
  return () => each((e) => e.removeListener(on));
}

type Ev = { addListener(cb: () => void): void; removeListener(cb: () => void): void };
