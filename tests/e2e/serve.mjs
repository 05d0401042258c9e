// Static server for e2e fixture pages (tests/e2e/fixtures), on 127.0.0.1 only. `npm run dev` also uses it:
// /checker/ serves the built web checker ($LURELENS_OUT/checker, written by `npm run build`).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./fixtures/', import.meta.url));
const checkerRoot = join(process.cwd(), process.env.LURELENS_OUT ?? '.output', 'checker') + '/';
const port = Number(process.argv[2] ?? 4173);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };

createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/health') return res.end('ok');
  const [base, rel] = path.startsWith('/checker/') ? [checkerRoot, path.slice('/checker/'.length)] : [root, path];
  const file = normalize(join(base, rel === '/' || rel === '' ? 'index.html' : rel));
  if (!file.startsWith(base)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1');
