import { browser } from 'wxt/browser';
import { PageController } from '@/src/content/controller';
import { loadStates, saveState } from '@/src/content/posting-state';

// Keep this entry small: no engine, no compromise, no locale bundles (the background sends texts).
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
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
