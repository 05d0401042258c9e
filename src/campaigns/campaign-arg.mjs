/**
 * `--campaign <id>` / `--campaign=<id>` for the build launchers (run-wxt.mjs, src/checker/run-vite.mjs).
 * Removes the flag from `args` (in place), sets env.LURELENS_CAMPAIGN, and gives a campaign build its own
 * output folder (.output-campaign-<id>) unless LURELENS_OUT is set. Exits 2 when the flag has no value.
 * @param {string[]} args command-line arguments (modified)
 * @param {Record<string, string | undefined>} env environment for the child processes (modified)
 */
export function takeCampaignArg(args, env) {
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
}
