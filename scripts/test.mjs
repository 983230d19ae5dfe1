// `npm test`: every test. Prettier and ESLint, unit and integration tests (vitest), then browser tests (Playwright on
// Debian's Chromium) against the production build serving a fresh test database; then the same portal on
// PostgreSQL: its own suites, the engine-neutral integration suites, and a browser smoke test.
// Nothing is skipped: without Chromium, HAProxy or PostgreSQL this installs them (as root with apt) or stops with the
// command.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildIfStale } from './lib/build.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { ensureHaproxy } from './lib/haproxy-config.mjs';
import { fileUrl, prepareDatabase } from './lib/database.mjs';
import { ensurePostgres, startPostgres } from './lib/postgres.mjs';
import { ROOT, run } from './lib/run.mjs';

// tests/e2e/synthetic.ts states the counts this number gives.
const SYNTHETIC_PROJECTS = 120;

const chromium = ensureChromium();
ensureHaproxy();
ensurePostgres();
// Layout and lint first: they take seconds and name the line (`npm run format` fixes the layout).
await run('prettier', ['--check', '.']);
await run('eslint', ['--max-warnings', '0', '.']);
await run('vitest', ['run']);

const e2eDatabase = 'data/e2e.db';
// With the file go its WAL and shared-memory files, which a fresh file must not inherit.
for (const suffix of ['', '-wal', '-shm']) rmSync(path.join(ROOT, `${e2eDatabase}${suffix}`), { force: true });
const databaseUrl = fileUrl(e2eDatabase);
await prepareDatabase(databaseUrl);
// Pagination and filter tests run on plainly synthetic projects, in a database of their own.
const syntheticDatabase = 'data/e2e-synthetic.db';
await run('tsx', ['scripts/db-synthetic.ts', '--projects', String(SYNTHETIC_PROJECTS), '--out', syntheticDatabase]);
await buildIfStale();
await run('playwright', ['test', ...process.argv.slice(2)], {
  DATABASE_URL: databaseUrl,
  SYNTHETIC_DATABASE_URL: fileUrl(syntheticDatabase),
  CHROMIUM_PATH: chromium,
});

// PostgreSQL (issue 12): a throwaway server for the vitest run (tests/postgres/global-setup.ts), one for the browsers.
await run('vitest', ['run', '--config', 'vitest.postgres.config.ts']);
const postgres = await startPostgres({ database: 'portal_e2e' });
try {
  await prepareDatabase(postgres.url);
  await run('playwright', ['test', '--config', 'playwright.postgres.config.ts'], {
    DATABASE_URL: postgres.url,
    CHROMIUM_PATH: chromium,
  });
} finally {
  postgres.stop();
}
