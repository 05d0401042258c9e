#!/usr/bin/env node
/**
 * `npm run dev`: build the extension, serve the demo pages (tests/e2e/fixtures) and open Chromium with
 * LureLens loaded on a job board that holds a lure listing.
 *
 * With a display (DISPLAY or WAYLAND_DISPLAY set) the browser window stays open until you close it.
 * Without one (a server, CI, a container) it says so and runs a headless demo instead: it visits the demo
 * pages, prints what the warnings say, and saves screenshots under out/demo/.
 *
 * Options: --headless (force the headless demo), --no-build (use the existing build).
 * Environment: LURELENS_OUT (build folder, default .output), LURELENS_PORT (default 4173),
 * CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const args = new Set(process.argv.slice(2));
const OUT = process.env.LURELENS_OUT ?? '.output';
const DIST = resolve(OUT, 'chrome-mv3');
const PORT = Number(process.env.LURELENS_PORT ?? 4173);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE = `http://127.0.0.1:${PORT}`;
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !args.has('--headless');

const say = (s) => process.stdout.write(`${s}\n`);

if (!existsSync(CHROMIUM)) {
  say(`lure-lens dev: Chromium not found at ${CHROMIUM}.`);
  say('Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.');
  process.exit(1);
}

if (!args.has('--no-build')) {
  say(`Building the extension into ${OUT}/chrome-mv3 …`);
  const b = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env: { ...process.env, LURELENS_OUT: OUT } });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
if (!existsSync(resolve(DIST, 'manifest.json'))) {
  say(`lure-lens dev: no build in ${DIST}; run without --no-build.`);
  process.exit(1);
}

const server = spawn(process.execPath, ['tests/e2e/serve.mjs', String(PORT)], { stdio: 'ignore' });
const stopServer = () => server.kill();
process.on('exit', stopServer);
process.on('SIGINT', () => process.exit(130));

async function waitForServer() {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${BASE}/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the demo page server did not start on port ${PORT} (is the port in use? set LURELENS_PORT)`);
}

const { chromium } = await import('@playwright/test');
await waitForServer();

const launchArgs = [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-first-run', '--disable-sync'];

if (hasDisplay) {
  say(`Opening Chromium with LureLens on ${BASE}/job-board.html — close the window to stop.`);
  const context = await chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless: false, viewport: null, args: launchArgs });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${BASE}/job-board.html`);
  const index = await context.newPage();
  await index.goto(`${BASE}/`);
  await page.bringToFront();
  say(`Web checker (same engine, for phones): ${BASE}/checker/`);
  await new Promise((r) => context.on('close', r));
  process.exit(0);
}

say('No display found (DISPLAY/WAYLAND_DISPLAY not set): running the headless demo instead.');
say('On a desktop, `npm run dev` opens a Chromium window with the extension and the demo pages.');
const shots = resolve('out/demo');
mkdirSync(shots, { recursive: true });
const context = await chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless: true, args: [...launchArgs, '--no-sandbox', '--disable-gpu'] });
let failures = 0;
try {
  for (const [name, path] of [['job-board', '/job-board.html'], ['feed', '/feed.html'], ['arabic-board', '/ar-board.html']]) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(`${BASE}${path}`);
    const host = page.locator('lurelens-warning').first();
    try {
      await host.waitFor({ state: 'attached', timeout: 8000 });
    } catch {
      say(`  ${path}: no warning appeared`);
      failures++;
      await page.close();
      continue;
    }
    await host.scrollIntoViewIfNeeded();
    const summary = await host.evaluate((h) => {
      const r = h.shadowRoot;
      return { title: r?.querySelector('.title')?.textContent ?? '', reasons: Array.from(r?.querySelectorAll('li') ?? []).map((li) => li.textContent ?? '') };
    });
    say(`  ${path}: ${summary.title}`);
    for (const r of summary.reasons) say(`      - ${r}`);
    await page.screenshot({ path: resolve(shots, `${name}.png`) });
    await host.screenshot({ path: resolve(shots, `${name}-warning.png`) });
    await page.close();
  }
} finally {
  await context.close();
}
say(`Screenshots saved in ${shots}/ (page and warning for each demo page).`);
say(`The web checker is built in ${OUT}/checker; serve it with \`node tests/e2e/serve.mjs ${PORT}\` at ${BASE}/checker/ or \`npm run dev:checker\`.`);
process.exit(failures ? 1 : 0);
