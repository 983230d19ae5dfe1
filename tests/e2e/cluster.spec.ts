import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createAccount, createTestProject, signInAs } from './admin-helpers';

// `npm run cluster`: two instances behind HAProxy on the e2e database, beside the suite's own server.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const STATE = path.resolve('tmp', `cluster-${PORT}`, 'cluster.json');
type ClusterState = { port: number; haproxy: number; instances: { name: string; port: number; pid: number }[] };

test.describe.configure({ mode: 'serial', timeout: 180_000 });
// One cluster serves both layouts alike: run it once.
test.skip(({ isMobile }) => isMobile, 'the cluster has no layout to check on a phone');

let cluster: ChildProcess;
let state: ClusterState;
const instanceUrl = (i: number) => `http://127.0.0.1:${state.instances[i].port}`;

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.use.isMobile) return;
  testInfo.setTimeout(240_000);
  cluster = spawn(
    path.resolve('node_modules/.bin/node'),
    ['scripts/cluster.mjs', '--instances', '2', '--port', String(PORT)],
    {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'file:./data/e2e.db', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  cluster.stdout?.on('data', (chunk) => (output += chunk));
  await expect.poll(() => output, { timeout: 200_000 }).toContain('through HAProxy, 2 instances');
  state = JSON.parse(readFileSync(STATE, 'utf8'));
});

test.afterAll(async () => {
  if (!cluster || cluster.exitCode !== null) return;
  cluster.kill('SIGTERM');
  await once(cluster, 'exit');
});

test('answers through the balancer, which asks each instance /api/health', async ({ request }) => {
  const health = await request.get(`${instanceUrl(1)}/api/health`);
  expect(health.status()).toBe(200);
  expect((await health.json()).migrations.missing).toEqual([]);
  expect((await request.get(`http://127.0.0.1:${PORT}/projects`)).status()).toBe(200);
});

test('a project published through one instance is on the other instance’s pages at once', async ({
  browser,
}, testInfo) => {
  const official = await browser.newPage({ baseURL: instanceUrl(0) });
  await signInAs(official, createAccount(testInfo, 'cluster', 'admin'));
  const suffix = `cluster-${Date.now().toString(36)}`;
  const slug = `e2e-${suffix}`;
  // The other instance answers (and keeps) "Page not found" for it first.
  const other = `${instanceUrl(1)}/projects/${slug}`;
  expect((await fetch(other)).status).toBe(404);

  expect(await createTestProject(official, suffix, true)).toBe(slug);
  // It learns of the write from the revision log, which it reads every 500 ms.
  await expect.poll(async () => (await fetch(other)).status, { timeout: 5_000 }).toBe(200);
  expect(await (await fetch(other)).text()).toContain(`浏览器测试项目 ${suffix}`);
  await official.close();
});

test('an instance stopped under load: every request is answered 200 by the others', async () => {
  const paths = [
    '/',
    '/projects',
    '/projects?sort=investment',
    '/sets',
    '/figures',
    '/en/projects',
    '/api/v1/projects',
  ];
  const statuses = new Map<string, number>();
  // Counted in requests, not seconds, so that a slow machine tests the same thing: the stop is sent
  // with 8 requests at a time under way, and the load goes on for 40 answers after it.
  const [BEFORE, AFTER] = [30, 40];
  let answered = 0;
  let stopSentAt: number | null = null;
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (stopSentAt === null || answered < stopSentAt + AFTER) {
        const address = `http://127.0.0.1:${PORT}${paths[next++ % paths.length]}`;
        const status = await fetch(address).then(
          async (response) => (await response.arrayBuffer(), String(response.status)),
          (error: Error) => `failed: ${error.cause ?? error.message}`,
        );
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        answered += 1;
        if (answered === BEFORE) {
          process.kill(state.instances[0].pid, 'SIGTERM');
          stopSentAt = answered;
        }
      }
    }),
  );
  expect([...statuses.keys()]).toEqual(['200']);
  expect(statuses.get('200')).toBeGreaterThanOrEqual(BEFORE + AFTER);
  // The stopped instance finished what it had and exited on its own: the balancer no longer finds it.
  await expect
    .poll(() =>
      fetch(`${instanceUrl(0)}/api/health`).then(
        () => 'answering',
        () => 'gone',
      ),
    )
    .toBe('gone');
});
