import { browser } from 'wxt/browser';
import { PageController } from '@/src/content/controller';
import { loadStates, saveState } from '@/src/content/posting-state';
/**
 * Where the content script runs without asking: the supported sites (src/sites/permissions.ts; wxt.config.ts
 * adds them to these matches at build time, keeping the list out of this bundle), and pages served from
 * this computer (the demo pages of `npm run dev` and the end-to-end tests). Any other site only after the
 * user grants it ("Scan this site"; the background then registers this script there).
 */
const LOCAL_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];

// Keep this entry small: no engine, no compromise, no locale bundles (the background sends texts).
export default defineContentScript({
  matches: LOCAL_PATTERNS,
  runAt: 'document_idle',
  async main(ctx) {
    // LureLens's own web checker already shows the assessment; warning boxes inside its results would only confuse.
    if (document.querySelector('meta[name="lurelens"][content="no-scan"]')) return;
    const controller = new PageController({
      doc: document,
      url: () => new URL(location.href),
      send: (msg) => browser.runtime.sendMessage(msg),
      loadStates,
      saveState,
      idle: (cb, timeout) => {
        if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(cb, { timeout });
        else ctx.setTimeout(cb, 16);
      },
      extensionVersion: browser.runtime.getManifest?.().version,
    });
    ctx.onInvalidated(() => controller.stop());
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.onNavigate());
    const onMessage = (msg: unknown) => {
      if ((msg as { type?: string })?.type === 'list-changed') void controller.onListChanged();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    await controller.start();
  },
});
