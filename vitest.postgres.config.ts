import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The tests on PostgreSQL (issue 12): `npm run test:postgres`. Not part of `npm test` yet. One
// throwaway server for the run (tests/postgres/global-setup.ts), one migrated database per file.
// The portal's own suites that run unchanged on PostgreSQL too; the list grows as each passes.
const POSTGRES_SUITES = [
  'tests/integration/sign-in.test.ts',
  'tests/integration/sign-in-route.test.ts',
  'tests/integration/two-factor.test.ts',
  'tests/integration/search.test.ts',
  'tests/integration/search-rank.test.ts',
  'tests/integration/search-download.test.ts',
  'tests/integration/api-search.test.ts',
  'tests/integration/search-sync.test.ts',
  'tests/integration/project-list-keyword.test.ts',
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
