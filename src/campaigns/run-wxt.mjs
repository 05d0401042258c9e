#!/usr/bin/env node
// Runs a wxt command with campaign support: `node src/campaigns/run-wxt.mjs build [--campaign <id>] [wxt flags…]`.
// wxt's own CLI rejects unknown flags, so `--campaign` is taken out here and passed on as LURELENS_CAMPAIGN
// (which wxt.config.ts reads). With a campaign, the default output folder becomes .output-campaign-<id>.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const env = { ...process.env };
for (let i = 0; i < args.length; i++) {
  const m = /^--campaign(?:=(.*))?$/.exec(args[i]);
  if (!m) continue;
  const value = m[1] ?? args[i + 1];
  if (!value || value.startsWith('-')) {
    console.error('--campaign needs a campaign name (a folder in src/campaigns/)');
    process.exit(2);
  }
  args.splice(i, m[1] === undefined ? 2 : 1);
  env.LURELENS_CAMPAIGN = value;
  i--;
}
if (env.LURELENS_CAMPAIGN && !env.LURELENS_OUT) env.LURELENS_OUT = `.output-campaign-${env.LURELENS_CAMPAIGN}`;

const root = fileURLToPath(new URL('../..', import.meta.url));
const wxtBin = resolve(root, 'node_modules/wxt/bin/wxt.mjs');
const run = spawnSync(process.execPath, [wxtBin, ...args], { stdio: 'inherit', env, cwd: root });
process.exit(run.status ?? 1);
