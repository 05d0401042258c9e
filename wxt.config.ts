import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox MV2 needs a stable id and the data-collection declaration (LureLens collects nothing).
const GECKO_ID = 'lure-lens@lurelens.org';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
  // Parallel work (and CI) can build into its own folder: LURELENS_OUT=.output-x npm run build
  outDir: process.env.LURELENS_OUT ?? '.output',
  manifest: ({ browser }) => ({
    name: 'LureLens',
    description: 'Warns you when a job listing or recruitment post looks like a recruitment lure.',
    permissions: ['storage', 'tabs', 'alarms'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
