import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The tests on PostgreSQL (issue 12): `npm run test:postgres`, and `npm test` after the SQLite run. One
// throwaway server for the run (tests/postgres/global-setup.ts), one migrated database per file.
// The portal's integration suites that run on PostgreSQL too: the data layer, search, writes and
// imports. Left out: those about SQLite itself (its file, write lock, backup, query plans, WAL), and
// cache-invalidation.test.ts, whose fake timers stop pg's sockets (tests/postgres/revision-watch.test.ts
// covers the watch on PostgreSQL).
const POSTGRES_SUITES = [
  'tests/integration/accountability.test.ts',
  'tests/integration/admin-guards.test.ts',
  'tests/integration/api-search.test.ts',
  'tests/integration/api.test.ts',
  'tests/integration/audit.test.ts',
  'tests/integration/dashboard-changes.test.ts',
  'tests/integration/data-projects.test.ts',
  'tests/integration/data-sets.test.ts',
  'tests/integration/download-cache.test.ts',
  'tests/integration/downloads-town.test.ts',
  'tests/integration/downloads.test.ts',
  'tests/integration/english-names.test.ts',
  'tests/integration/enterprise-names.test.ts',
  'tests/integration/feeds.test.ts',
  'tests/integration/import-status-date.test.ts',
  'tests/integration/import-template.test.ts',
  'tests/integration/import-town.test.ts',
  'tests/integration/import-transaction.test.ts',
  'tests/integration/import-upload.test.ts',
  'tests/integration/import.test.ts',
  'tests/integration/kind-counts.test.ts',
  'tests/integration/listing-direction.test.ts',
  'tests/integration/listing-outline.test.ts',
  'tests/integration/loader.test.ts',
  'tests/integration/project-list-keyword.test.ts',
  'tests/integration/project-list.test.ts',
  'tests/integration/project-ownership.test.ts',
  'tests/integration/project-town.test.ts',
  'tests/integration/project-update.test.ts',
  'tests/integration/revisions.test.ts',
  'tests/integration/search-download.test.ts',
  'tests/integration/search-rank.test.ts',
  'tests/integration/search-sync.test.ts',
  'tests/integration/search.test.ts',
  'tests/integration/sign-in-route.test.ts',
  'tests/integration/sign-in.test.ts',
  'tests/integration/sitemap.test.ts',
  'tests/integration/two-factor.test.ts',
  'tests/integration/unpublished-history.test.ts',
];

// Not merged with the default config: vitest's mergeConfig would add its include patterns to these.
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ['tests/postgres/**/*.test.ts', ...POSTGRES_SUITES],
    environment: 'node',
    pool: 'forks',
    globalSetup: ['tests/postgres/global-setup.ts'],
    setupFiles: ['tests/postgres/temp-database.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
