import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The browser tests run again on PostgreSQL (issue 12), by `npm test` after the SQLite run: the
 * public pages, search, the history and open data, and officials' edits through the workspace,
 * against one server on the PostgreSQL database DATABASE_URL names; and two instances behind
 * HAProxy on that database (cluster.spec.ts). Desktop only: the phone
 * layout does not depend on the engine.
 */
const POSTGRES_SPECS = [
  'public-pages.spec.ts',
  'search.spec.ts',
  'history-and-data.spec.ts',
  'officials.spec.ts',
  'admin.spec.ts',
  'cluster.spec.ts',
];

const [server] = Array.isArray(base.webServer) ? base.webServer : [base.webServer!];

export default defineConfig({
  ...base,
  testMatch: POSTGRES_SPECS,
  projects: base.projects!.filter((project) => project.name === 'desktop'),
  webServer: [server],
});
