import { defineConfig } from '@playwright/test';

// Run through `npm test`, which prepares data/e2e.db and the production build first.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// A second server on a synthetic database (tests/e2e/synthetic.ts) for pagination and filters.
const syntheticPort = port + 1;
// scripts/lib/run.mjs SERVER_COMMAND (Playwright loads its config as CommonJS, so it can't import that module).
const SERVER = 'node_modules/.bin/node server/serve.mts';

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Flags needed on this closed network (see README, "Browser tests").
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // axe on long pages takes seconds on two busy cores.
  timeout: 60_000,
  reporter: [['list']],
  use: { baseURL, locale: 'zh-CN', launchOptions },
  projects: [
    { name: 'desktop', use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } } },
    {
      name: 'mobile',
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
    },
  ],
  webServer: [
    {
      command: SERVER,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(port),
        DATABASE_URL: process.env.DATABASE_URL ?? 'file:./data/e2e.db',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
    {
      command: SERVER,
      url: `http://127.0.0.1:${syntheticPort}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(syntheticPort),
        DATABASE_URL: process.env.SYNTHETIC_DATABASE_URL ?? 'file:./data/e2e-synthetic.db',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  ],
});
