import { browser } from 'wxt/browser';
import type { AnalyzeResponse } from '@/src/messaging/protocol';

export default defineContentScript({
  matches: ['<all_urls>'],
  async main() {
    const text = document.body?.innerText ?? '';
    if (!text.trim()) return;
    const res = (await browser.runtime.sendMessage({ type: 'analyze', postings: [{ key: 'page', posting: { text: text.slice(0, 20000) } }] })) as AnalyzeResponse;
    const level = res?.results[0]?.assessment.level;
    if (level === 'medium' || level === 'high') document.documentElement.dataset.lurelens = level;
  },
});
