import { browser } from 'wxt/browser';
import { analyze } from '@/src/engine/analyze';
import { bundledList } from '@/src/indicators/bundled';
import type { Request } from '@/src/messaging/protocol';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(async (msg: unknown) => {
    const req = msg as Request;
    if (req?.type === 'analyze') {
      return { results: req.postings.map(({ key, posting }) => ({ key, assessment: analyze(posting, bundledList) })) };
    }
    if (req?.type === 'check-text') return analyze({ text: req.text, source: 'paste' }, bundledList);
    return undefined;
  });
});
