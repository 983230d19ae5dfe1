import { expect, test } from '@playwright/test';
import { readFormContext } from '../../scripts/fuzz/form-context';
import { runFuzz } from '../../scripts/fuzz/run';
import { describeRequest, unexpected } from '../../scripts/fuzz/summary';
import { readTargets } from '../../scripts/fuzz/targets';
import { createAccount, signInAs } from './admin-helpers';

/**
 * A fixed sample of `npm run fuzz` (scripts/fuzz.ts): the same generators and oracles, 300
 * requests from a fixed seed, against the test server. The desktop project sends the first
 * half, the mobile project the second (HTTP only: the viewport changes nothing here), so the
 * sample runs once, on both workers. Imports are never applied: the test database is shared.
 * Defects listed in scripts/fuzz/known-open.ts are left out until their fixes are merged.
 */
const SEED = 20261129;
const SAMPLE = 300;
const CONCURRENCY = 2;

test.describe.configure({ timeout: 300_000 });

test('a seeded sample of fuzzed requests: no server error, stack trace, internal path or unescaped reflection', async ({
  baseURL,
  page,
}, testInfo) => {
  const half = SAMPLE / 2;
  const admin = createAccount(testInfo, 'fuzz', 'admin');
  await signInAs(page, admin);
  const session = (await page.context().cookies()).find((cookie) => cookie.name === 'portal_session');
  const results = await runFuzz({
    baseUrl: baseURL!,
    targets: readTargets(process.env.DATABASE_URL ?? 'file:./data/e2e.db'),
    forms: await readFormContext(baseURL!, admin, `portal_session=${session?.value}`),
    seed: SEED,
    first: testInfo.project.name === 'desktop' ? 0 : half,
    runs: half,
    concurrency: CONCURRENCY,
    writes: false,
    root: process.cwd(),
  });
  expect(results).toHaveLength(half);
  const failures = unexpected(results).map(
    (result) => `${describeRequest(result)}\n${result.findings.map((f) => `  ! ${f.oracle}: ${f.detail}`).join('\n')}`,
  );
  expect(failures).toEqual([]);
});
