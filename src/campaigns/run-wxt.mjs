#!/usr/bin/env node
// Runs wxt with campaign support (wxt's own CLI rejects unknown flags, so `--campaign` is taken out here
// and passed on as LURELENS_CAMPAIGN, which wxt.config.ts reads):
//   node src/campaigns/run-wxt.mjs build [--campaign <id>] [wxt flags…]   one build (e.g. -b firefox)
//   node src/campaigns/run-wxt.mjs package [--campaign <id>]              store packages: Chrome and Edge (MV3)
//                                                                         and Firefox zips, then `web-ext lint`
//                                                                         on the Firefox build (fails on errors)
// With a campaign and no LURELENS_OUT, output goes to .output-campaign-<id>.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { takeCampaignArg } from './campaign-arg.mjs';

const args = process.argv.slice(2);
const env = { ...process.env };
takeCampaignArg(args, env);

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (p) => resolve(root, 'node_modules', p);
const run = (file, argv) => spawnSync(process.execPath, [file, ...argv], { stdio: 'inherit', env, cwd: root }).status ?? 1;

if (args[0] !== 'package') {
  const status = run(bin('wxt/bin/wxt.mjs'), args);
  // The default (Chrome) build also builds the web checker (src/checker/run-vite.mjs) with the same campaign
  // and output folder, so `npm run build -- --campaign <id>` brands both.
  const otherBrowser = args.some((a, i) => (a === '-b' || a === '--browser') && args[i + 1] !== 'chrome');
  if (status !== 0 || args[0] !== 'build' || otherBrowser) process.exit(status);
  process.exit(run(resolve(root, 'src/checker/run-vite.mjs'), ['build']));
}

// Store packages. Edge takes the Chrome MV3 package; it is zipped separately so each store gets its own file.
// LURELENS_STORE drops the demo/test origins (127.0.0.1, localhost) from the content script (wxt.config.ts).
env.LURELENS_STORE = '1';
for (const browser of ['chrome', 'edge', 'firefox']) {
  const status = run(bin('wxt/bin/wxt.mjs'), ['zip', '-b', browser, ...args.slice(1)]);
  if (status !== 0) process.exit(status);
}
const out = resolve(root, env.LURELENS_OUT ?? '.output');
// Preact's renderer assigns innerHTML only for dangerouslySetInnerHTML, which LureLens never uses; that
// warning (UNSAFE_VAR_ASSIGNMENT) is expected. Errors fail the packaging.
const lint = run(bin('web-ext/bin/web-ext.js'), ['lint', '--source-dir', resolve(out, 'firefox-mv2'), '--no-config-discovery']);
if (lint !== 0) {
  console.error('web-ext lint found errors in the Firefox package');
  process.exit(lint);
}
console.log(`packages in ${out}:`);
spawnSync('sh', ['-c', `ls -1 "${out}"/*.zip`], { stdio: 'inherit' });
