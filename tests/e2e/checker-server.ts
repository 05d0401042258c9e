/**
 * A static server over the built web checker ($LURELENS_OUT/checker, default .output/checker), mounted at
 * /checker/ on 127.0.0.1 with an ephemeral port, that records every request it receives (method, URL, body),
 * so tests can assert that no request carried the pasted message. `offline` makes it refuse all requests
 * (a second line of defence next to Playwright's setOffline: the page must then be served by its service worker).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const CHECKER_DIST = resolve(process.env.LURELENS_OUT ?? '.output', 'checker');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface RecordedRequest {
  method: string;
  url: string;
  body: string;
}

export interface CheckerServer {
  /** Base URL of the checker, ending in "/checker/". */
  url: string;
  requests: RecordedRequest[];
  offline: boolean;
  close(): Promise<void>;
}

export async function startCheckerServer(): Promise<CheckerServer> {
  if (!existsSync(join(CHECKER_DIST, 'index.html'))) throw new Error(`no built checker in ${CHECKER_DIST}: run "npm run build:checker" first`);
  const root = CHECKER_DIST + '/';
  const state = { requests: [] as RecordedRequest[], offline: false };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      state.requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', body: Buffer.concat(chunks).toString('utf8') });
      if (state.offline) return res.destroy();
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/checker') return res.writeHead(301, { location: '/checker/' }).end();
      if (!path.startsWith('/checker/')) return res.writeHead(404).end('not found');
      const rel = path.slice('/checker/'.length) || 'index.html';
      const file = normalize(join(root, rel));
      if (!file.startsWith(root)) return res.writeHead(403).end();
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/checker/`,
    get requests() {
      return state.requests;
    },
    get offline() {
      return state.offline;
    },
    set offline(v: boolean) {
      state.offline = v;
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
