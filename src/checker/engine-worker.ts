/**
 * Module worker that runs the engine for the checker page (see engine-protocol.ts).
 * It announces the bundled list at once, answers each AnalyzeRequest, and meanwhile looks for a newer verified
 * list (list-update.ts); when it finds one it switches to it and tells the page.
 */
import { activeList, assess, listInfo, useList } from './engine-core';
import type { AnalyzeRequest, WorkerMessage } from './engine-protocol';
import { browserListIo, refreshList } from './list-update';
import { bundledTrustedKeys, mergeTrustedKeys } from '../list/trusted-keys';
import type { CheckerBranding } from './branding';

declare const __CHECKER_BRANDING__: CheckerBranding;

const post = (msg: WorkerMessage): void => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(msg);

self.addEventListener('message', (e: MessageEvent<AnalyzeRequest>) => {
  const req = e.data;
  if (!req || req.type !== 'analyze' || typeof req.id !== 'number') return;
  const r = assess(typeof req.text === 'string' ? req.text : '');
  post('assessment' in r ? { type: 'result', id: req.id, assessment: r.assessment } : { type: 'error', id: req.id, error: r.error });
});

post({ type: 'ready', list: listInfo() });

async function update(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const b = __CHECKER_BRANDING__;
  const { fetchListBody } = await import('../background/list-fetch');
  const r = await refreshList(
    activeList(),
    { urls: b.list.urls, keys: mergeTrustedKeys(bundledTrustedKeys, b.list.campaignKey ? [b.list.campaignKey] : []), appVersion: b.appVersion, intervalHours: 6 },
    browserListIo((url) => fetchListBody(url)),
    async () => (await import('../list/validate')).acceptSignedList,
  );
  for (const n of r.notes) console.info(`LureLens list: ${n}`);
  if (r.list !== activeList()) {
    useList(r.list, r.source);
    post({ type: 'list', list: listInfo() });
  }
}
void update().catch((e: unknown) => console.info(`LureLens list: ${(e as Error).message}`));
