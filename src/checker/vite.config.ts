/**
 * Separate Vite build of the web checker (a static site, not part of the extension package):
 *   npx vite build --config src/checker/vite.config.ts   → $LURELENS_OUT/checker (default .output/checker)
 *   npx vite --config src/checker/vite.config.ts         → dev server
 * A campaign build (LURELENS_CAMPAIGN=<id> or `node src/checker/run-vite.mjs build --campaign <id>`) takes its name,
 * colours, logo, languages, default country and channels from src/campaigns/<id>/campaign.json.
 * Why not a WXT unlisted page: WXT emits absolute asset paths ("/chunks/…") inside the extension package, has no
 * service worker or web app manifest for a web origin, and ties the page to the extension's build; a campaign
 * needs a self-contained folder with relative paths that it can drop on any static host.
 */
import { defineConfig, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkerPwa } from './precache-plugin';
import { resolveBranding } from './campaign-branding';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');

export default defineConfig(async ({ command }): Promise<UserConfig> => {
  const { branding, campaign, logo } = await resolveBranding(repo, process.env.LURELENS_CAMPAIGN);
  return {
    root: here,
    base: './',
    publicDir: resolve(here, 'public'),
    plugins: [preact(), checkerPwa(branding, logo)],
    define: {
      __CHECKER_BRANDING__: JSON.stringify(branding),
      // Same constant as the extension build (src/campaigns/active.ts), for shared modules that read it.
      __LURELENS_CAMPAIGN__: JSON.stringify(campaign ?? null),
      __CHECKER_DEV__: JSON.stringify(command === 'serve'),
    },
    worker: { format: 'es' as const },
    // Let the dev server pre-bundle the worker's dependencies too (else it discovers them late and reloads).
    optimizeDeps: { entries: ['index.html', 'engine-worker.ts'] },
    server: { port: Number(process.env.LURELENS_CHECKER_PORT ?? 5174), strictPort: true, host: '127.0.0.1' },
    build: {
      outDir: resolve(repo, process.env.LURELENS_OUT ?? '.output', 'checker'),
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: true,
      rollupOptions: {
        input: { index: resolve(here, 'index.html'), sw: resolve(here, 'sw.ts') },
        output: {
          // The service worker must keep a fixed name at the root of the folder (its scope is its folder).
          entryFileNames: (chunk: { name: string }) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  };
});
