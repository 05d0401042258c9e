/**
 * Module worker that runs the engine for the checker page (see engine-protocol.ts).
 * It announces the list once ready, then answers each AnalyzeRequest.
 */
import { assess, listInfo } from './engine-core';
import type { AnalyzeRequest, WorkerMessage } from './engine-protocol';

const post = (msg: WorkerMessage): void => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(msg);

self.addEventListener('message', (e: MessageEvent<AnalyzeRequest>) => {
  const req = e.data;
  if (!req || req.type !== 'analyze' || typeof req.id !== 'number') return;
  const r = assess(typeof req.text === 'string' ? req.text : '');
  post('assessment' in r ? { type: 'result', id: req.id, assessment: r.assessment } : { type: 'error', id: req.id, error: r.error });
});

post({ type: 'ready', list: listInfo() });
