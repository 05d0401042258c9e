// Page weight and speed of the built web checker (a benchmark that prints figures; not a test):
//   npm run build:checker && node src/checker/tools/measure.mjs [runs=5]
// Sizes: every file of $LURELENS_OUT/checker, raw and gzip. Speed, in Debian's Chromium at 360×740 over a
// local server (no network latency, so these are CPU costs): first contentful paint, engine ready (worker loaded
// the list; footer shows its version), first and warm analysis of an invented lure, and the same page reloaded
// offline from the service worker. Medians over the runs.
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, relative, resolve } from 'node:path';

const dist = resolve(process.env.LURELENS_OUT ?? '.output', 'checker');
const runs = Number(process.argv[2] ?? 5);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml' };

async function files(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    out.push(...(e.isDirectory() ? await files(p) : [p]));
  }
  return out;
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
// The install-time precache list, as written into sw.js by precache-plugin.ts.
const precached = new Set(JSON.parse(/"files":(\[[^\]]*\])/.exec(await readFile(join(dist, 'sw.js'), 'utf8'))?.[1] ?? '[]'));
const sum = { all: [0, 0], pre: [0, 0], first: [0, 0] };
console.log(`files in ${dist} (* = cached at install; others on first use):`);
for (const f of (await files(dist)).sort()) {
  const rel = relative(dist, f);
  const body = await readFile(f);
  const gz = gzipSync(body, { level: 9 }).length;
  const add = (k) => ((sum[k][0] += body.length), (sum[k][1] += gz));
  add('all');
  if (precached.has(rel)) add('pre');
  // What the first page view needs before the engine can answer: page, styles, engine worker.
  if (/^(index\.html|assets\/(index|engine-worker)-)/.test(rel)) add('first');
  console.log(`  ${(precached.has(rel) ? '* ' : '  ') + rel.padEnd(42)} ${kb(body.length).padStart(10)}  gzip ${kb(gz).padStart(9)}`);
}
for (const [k, label] of [['first', 'first view until the engine answers'], ['pre', 'cached at install (offline use)'], ['all', 'whole folder']]) {
  console.log(`  ${label.padEnd(44)} ${kb(sum[k][0]).padStart(10)}  gzip ${kb(sum[k][1]).padStart(9)}`);
}

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname.replace(/^\/checker\//, '/');
  const file = join(dist, path === '/' ? 'index.html' : path);
  try {
    await stat(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((ok) => server.once('listening', ok));
const url = `http://127.0.0.1:${server.address().port}/checker/`;
const lure =
  'URGENT HIRING! Customer service staff wanted in Sihanoukville, Cambodia. Salary USD 2,500 per month, no experience needed. ' +
  'Free flight ticket and visa paid by the company. Pay only a small processing fee of $150 before departure. Contact our HR ' +
  'manager on Telegram @example_hr_desk now, limited slots!';

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
const rows = { fcp: [], ready: [], first: [], warm: [], offlineReady: [] };
for (let i = 0; i < runs; i++) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.getByTestId('list-version').waitFor();
  rows.ready.push(await page.evaluate(() => performance.now()));
  rows.fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
  for (const key of ['first', 'warm']) {
    await page.getByTestId('message').fill(lure + (key === 'warm' ? ' ' : ''));
    const t0 = await page.evaluate(() => performance.now());
    await page.getByTestId('check').click();
    await page.locator('[data-testid=result]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=check]')?.hasAttribute('disabled') === false);
    rows[key].push((await page.evaluate(() => performance.now())) - t0);
  }
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await ctx.setOffline(true);
  await page.reload();
  await page.getByTestId('list-version').waitFor();
  rows.offlineReady.push(await page.evaluate(() => performance.now()));
  await ctx.close();
}
await browser.close();
server.close();
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`\nChromium, 360×740, local server, median of ${runs} runs (ms from navigation start, or per action):`);
console.log(`  first contentful paint          ${median(rows.fcp).toFixed(0)}`);
console.log(`  engine ready (list loaded)      ${median(rows.ready).toFixed(0)}`);
console.log(`  first analysis (click→result)   ${median(rows.first).toFixed(0)}`);
console.log(`  warm analysis                   ${median(rows.warm).toFixed(0)}`);
console.log(`  offline reload → engine ready   ${median(rows.offlineReady).toFixed(0)}`);
