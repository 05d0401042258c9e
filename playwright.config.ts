import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { baseURL: 'http://127.0.0.1:4173' },
  webServer: {
    command: 'node tests/e2e/serve.mjs 4173',
    url: 'http://127.0.0.1:4173/health',
    reuseExistingServer: !process.env.CI,
  },
});
