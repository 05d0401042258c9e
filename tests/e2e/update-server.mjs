// Hostile indicator-list update server for tests/e2e/updates.spec.ts, on 127.0.0.1 only.
// The test sets what GET /list.json answers next (setMode); every request is logged.
// Modes: body (any status/body/headers), huge (5 MB streamed), never-ends, truncated, slow.
// Also serves /page.html: a job posting that only the test's updated list warns on.
// Every stream it starts is bounded in size and time, and close() ends them all.
import { createServer } from 'node:http';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'if-none-match, accept',
  'access-control-expose-headers': 'etag',
};

/** Invented posting: ordinary apart from the made-up token the test list flags ("qorvexa"). */
export const PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Openings — Brightwater Logistics</title></head>
<body><main>
<article id="post" class="job">
<h1>Warehouse Team Member</h1>
<p>Brightwater Logistics is hiring warehouse team members for our Eastfield depot. You will pick and pack orders,
load vans and keep the aisles tidy. Full training is given. Before your first shift you must pay the Qorvexa
registration deposit to secure your place. Salary paid monthly. Apply today: send your CV to our hiring team.</p>
</article>
</main></body></html>`;

/**
 * Start the server.
 * @param {number} port 0 = any free port
 * @returns {Promise<{ url: string, origin: string, setMode: (m: object) => void, log: object[], close: () => Promise<void> }>}
 */
export async function startUpdateServer(port = 0) {
  let mode = { kind: 'body', status: 404, body: 'no list yet' };
  const log = [];
  const open = new Set();

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
    if (path === '/health') return void res.end('ok');
    if (path === '/page.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE_HTML);
    if (path !== '/list.json') return void res.writeHead(404, CORS).end('not found');
    log.push({ at: Date.now(), mode: mode.kind, ifNoneMatch: req.headers['if-none-match'] ?? null });
    const m = mode;
    const headers = { ...CORS, 'content-type': m.contentType ?? 'application/json', 'cache-control': 'no-store', ...(m.headers ?? {}) };
    switch (m.kind) {
      case 'body': {
        if (m.etag && req.headers['if-none-match'] === m.etag) return void res.writeHead(304, { ...CORS, etag: m.etag }).end();
        return void res.writeHead(m.status ?? 200, { ...headers, ...(m.etag ? { etag: m.etag } : {}) }).end(m.body ?? '');
      }
      case 'huge': {
        // 5 MB, streamed without Content-Length so only a streaming cap can stop it.
        res.writeHead(200, headers);
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        const total = 5 * 1024 * 1024;
        const pump = () => {
          while (sent < total) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => (sent = total));
        return void pump();
      }
      case 'never-ends': {
        // Headers and the first bytes, then silence until the client gives up (bounded to 60 s).
        res.writeHead(200, headers);
        res.write('{"format":"lurelens-signed-list/1","keyId":"');
        open.add(res);
        const t = setTimeout(() => res.destroy(), 60_000);
        res.on('close', () => {
          clearTimeout(t);
          open.delete(res);
        });
        return;
      }
      case 'truncated': {
        // Announces the full length, sends half, then drops the connection.
        const body = Buffer.from(m.body ?? '');
        res.writeHead(200, { ...headers, 'content-length': String(body.length) });
        res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => res.destroy(), 50));
        return;
      }
      case 'slow': {
        // The whole body, in `parts` pieces spread over `ms` milliseconds.
        const body = Buffer.from(m.body ?? '');
        const parts = m.parts ?? 10;
        const step = Math.ceil(body.length / parts);
        res.writeHead(200, { ...headers, 'content-length': String(body.length) });
        open.add(res);
        let i = 0;
        const timer = setInterval(() => {
          if (res.destroyed) return clearInterval(timer);
          res.write(body.subarray(i * step, (i + 1) * step));
          if (++i >= parts) {
            clearInterval(timer);
            res.end();
          }
        }, Math.max(10, Math.floor((m.ms ?? 5000) / parts)));
        res.on('close', () => {
          clearInterval(timer);
          open.delete(res);
        });
        return;
      }
      default:
        return void res.writeHead(500).end('unknown mode');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const addr = server.address();
  const origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : port}`;
  return {
    origin,
    url: `${origin}/list.json`,
    log,
    setMode(m) {
      mode = m;
    },
    async close() {
      for (const r of open) r.destroy();
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

// `node tests/e2e/update-server.mjs [port] [signed.json]` runs it standalone, serving that file
// (with an ETag) as /list.json — a maintainer's local try-out of a signed list.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync } = await import('node:fs');
  const s = await startUpdateServer(Number(process.argv[2] ?? 4194));
  if (process.argv[3]) {
    const body = readFileSync(process.argv[3], 'utf8');
    s.setMode({ kind: 'body', body, etag: `"${body.length}"` });
  }
  console.log(`update server on ${s.url}${process.argv[3] ? ` serving ${process.argv[3]}` : ' (404 until a list is given)'}`);
}
