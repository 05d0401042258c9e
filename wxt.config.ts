import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { addPublicFiles, loadCampaign, manifestFields, zipConfig } from './src/campaigns/build';
import { OPTIONAL_HOST_PATTERNS, SITE_HOST_PATTERNS } from './src/sites/permissions';

// Campaign build (npm run build -- --campaign <id>, or LURELENS_CAMPAIGN=<id>); default: LureLens itself.
const campaign = loadCampaign(import.meta.dirname ?? process.cwd());

// Firefox MV2 needs a stable id and the data-collection declaration (LureLens collects nothing).
const GECKO_ID = 'lure-lens@lurelens.org';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()], define: { __LURELENS_CAMPAIGN__: JSON.stringify(campaign.campaign) } }),
  // _locales/<locale>/messages.json from src/locales, and the campaign's logo as icon.
  hooks: {
    'build:publicAssets': (_wxt, files) => addPublicFiles(files, campaign),
    // The content script also runs on the supported sites; added here so the site list stays out of its bundle.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const cs of manifest.content_scripts ?? []) if (cs.js?.some((f) => f.includes('content-scripts/content'))) cs.matches = [...SITE_HOST_PATTERNS, ...(cs.matches ?? [])];
      // Store packages (npm run zip) leave out the local demo/test origins the content script declares.
      if (process.env.LURELENS_STORE) for (const cs of manifest.content_scripts ?? []) cs.matches = cs.matches?.filter((m) => !/^https?:\/\/(127\.0\.0\.1|localhost)\//.test(m));
    },
  },
  zip: zipConfig(campaign),
  webExt: { disabled: true },
  // Parallel work (and CI) can build into its own folder: LURELENS_OUT=.output-x npm run build
  outDir: process.env.LURELENS_OUT ?? '.output',
  manifest: ({ browser }) => ({
    ...manifestFields(),
    permissions: ['storage', 'tabs', 'alarms', ...(browser === 'firefox' ? [] : ['scripting'])],
    // Supported sites are read by default; any other site only after "Scan this site" (src/sites/permissions.ts).
    // Firefox MV2 has no optional_host_permissions: origins go in optional_permissions there.
    host_permissions: SITE_HOST_PATTERNS,
    ...(browser === 'firefox' ? { optional_permissions: OPTIONAL_HOST_PATTERNS } : { optional_host_permissions: OPTIONAL_HOST_PATTERNS }),
    // Managed policy schema (src/background/policy.ts); Firefox takes policy from enterprise policies instead.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // Firefox for Android: declaring its minimum version makes `web-ext lint` check every manifest key,
            // permission and API against Android (142 is the first to read data_collection_permissions).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
