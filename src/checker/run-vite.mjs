#!/usr/bin/env node
// Builds or serves the web checker with Vite: `node src/checker/run-vite.mjs build|dev [--campaign <id>] [vite flags…]`.
//   build → $LURELENS_OUT/checker (default .output/checker; with a campaign and no LURELENS_OUT,
//           .output-campaign-<id>/checker, beside that campaign's extension packages)
//   dev   → Vite dev server on http://127.0.0.1:$LURELENS_CHECKER_PORT (default 5174)
// `--campaign <id>` is passed on as LURELENS_CAMPAIGN (as src/campaigns/run-wxt.mjs does for the extension).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { takeCampaignArg } from '../campaigns/campaign-arg.mjs';

const [mode, ...args] = process.argv.slice(2);
if (mode !== 'build' && mode !== 'dev') {
  console.error('usage: node src/checker/run-vite.mjs build|dev [--campaign <id>] [vite flags…]');
  process.exit(2);
}
const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
takeCampaignArg(args, env);

const root = fileURLToPath(new URL('../..', import.meta.url));
const viteBin = resolve(root, 'node_modules/vite/bin/vite.js');
const config = resolve(root, 'src/checker/vite.config.ts');
const viteArgs = mode === 'build' ? ['build', '--configLoader', 'bundle', '--config', config, ...args] : ['--configLoader', 'bundle', '--config', config, ...args];
const run = spawnSync(process.execPath, [viteBin, ...viteArgs], { stdio: 'inherit', env, cwd: root });
process.exit(run.status ?? 1);
