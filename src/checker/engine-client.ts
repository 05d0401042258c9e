/**
 * Page-side handle on the engine. The engine (indicator list, zod, analyze and compromise) runs in a module
 * worker, started at page load so it loads while the user pastes; the page's main thread stays free and the
 * first paint does not wait for the engine. Module workers exist in every browser the extension supports
 * (Firefox ≥ 114, Chromium ≥ 80, Safari ≥ 15); where one cannot start, the page says the check cannot run.
 */
import type { Assessment } from '../engine/types';
import type { AnalyzeRequest, ListInfo, WorkerMessage } from './engine-protocol';

export interface EngineClient {
  /** Resolves with the list in use once the engine has loaded; rejects if the engine cannot start. */
  ready: Promise<ListInfo>;
  /** Assess a pasted message; rejects with an Error if the engine cannot run or threw. */
  analyze(text: string): Promise<Assessment>;
  /** Call `cb` when the worker switches to a newer verified list. Returns an unsubscribe function. */
  onList(cb: (l: ListInfo) => void): () => void;
}

type Pending = { resolve: (a: Assessment) => void; reject: (e: Error) => void };

export function startEngine(): EngineClient {
  let nextId = 1;
  let failed: Error | undefined;
  const pending = new Map<number, Pending>();
  const listeners = new Set<(l: ListInfo) => void>();
  let readyResolve!: (l: ListInfo) => void;
  let readyReject!: (e: Error) => void;
  const ready = new Promise<ListInfo>((res, rej) => {
    readyResolve = res;
    readyReject = rej;
  });
  ready.catch(() => undefined);

  const fail = (e: Error): void => {
    failed = e;
    readyReject(e);
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };

  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'lurelens-engine' });
    worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => {
      const msg = e.data;
      if (msg.type === 'ready') return readyResolve(msg.list);
      if (msg.type === 'list') {
        for (const cb of listeners) cb(msg.list);
        return;
      }
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.type === 'result') p.resolve(msg.assessment);
      else p.reject(new Error(msg.error));
    });
    worker.addEventListener('error', (e) => {
      fail(new Error(e.message || 'engine worker failed to load'));
      worker?.terminate();
    });
  } catch (err) {
    fail(err instanceof Error ? err : new Error(String(err)));
  }

  return {
    ready,
    onList(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    analyze(text: string): Promise<Assessment> {
      if (failed || !worker) return Promise.reject(failed ?? new Error('engine worker unavailable'));
      return new Promise<Assessment>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        const req: AnalyzeRequest = { type: 'analyze', id, text };
        worker!.postMessage(req);
      });
    },
  };
}
