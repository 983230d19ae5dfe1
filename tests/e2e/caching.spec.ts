import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const PROJECT = '/projects/beichen-phase-ii-workshop';
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=60';

test('public pages are served from the cache in every language, with validators a CDN can use', async ({ request }) => {
  for (const path of [
    PROJECT,
    `/en${PROJECT}`,
    `/zh-hant${PROJECT}`,
    '/sources/launch-report-2023-01-29?figure=launch2023.projectCount',
  ]) {
    // Pages come from the front door's copy (server/page-cache.mts), with a query string or
    // without. Tests running beside this one write, and each write expires the copies, so the
    // second answer is a hit once no write came between.
    await expect
      .poll(async () => (await request.get(path)).headers()['x-cache'], {
        message: path,
        timeout: 10_000,
        intervals: [0, 100, 250, 500],
      })
      .toBe('HIT');
    const cached = await request.get(path);
    expect(cached.headers()['cache-control'], path).toBe(PUBLIC_CACHE_CONTROL);
    expect(cached.headers().etag, path).toMatch(/^"[0-9a-z]+"$/);
    const revalidated = async () => {
      const etag = (await request.get(path)).headers().etag;
      return (await request.get(path, { headers: { 'If-None-Match': etag } })).status();
    };
    await expect.poll(revalidated, { message: path, timeout: 10_000, intervals: [0, 100, 250, 500] }).toBe(304);
  }
});

test('the workspace is never cached and the internal language segment is not a second address', async ({ request }) => {
  const signIn = await request.get('/admin/sign-in');
  expect(signIn.headers()['cache-control']).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
  const internal = await request.get('/zh-hans/projects?sort=date', { maxRedirects: 0 });
  expect(internal.status()).toBe(308);
  expect(internal.headers().location).toBe('/projects?sort=date');
  // Rewrites are the router's, not a proxy's: nothing internal is echoed to the client.
  expect((await request.get('/projects?q=%E7%BA%A2%E6%9C%A8')).headers()['x-middleware-rewrite']).toBeUndefined();
});

test("another process's write (the import command) reaches the cached pages within a second", async ({
  request,
}, testInfo) => {
  const slug = `e2e-cli-${testInfo.project.name}-${Date.now().toString(36)}`;
  // The "not found" answer is cached too: without invalidation it would stay.
  // Tests running beside this one write, and each write expires it, so poll until a hit.
  expect((await request.get(`/projects/${slug}`)).status()).toBe(404);
  await expect
    .poll(async () => (await request.get(`/projects/${slug}`)).headers()['x-nextjs-cache'], {
      timeout: 10_000,
      intervals: [0, 100, 250, 500],
    })
    .toBe('HIT');

  const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-import-')), 'one.csv');
  writeFileSync(file, `网址标识,项目名称,状态\nslug,name,status\n${slug},命令行导入测试项目 ${slug},前期\n`);
  execFileSync(
    path.resolve('node_modules/.bin/tsx'),
    ['scripts/import.ts', file, '--reason', '缓存测试', '--evidence', '测试文件'],
    {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'file:./data/e2e.db' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );

  await expect
    .poll(async () => (await request.get(`/projects/${slug}`)).status(), { timeout: 1_500, intervals: [100] })
    .toBe(200);
  expect(await (await request.get(`/projects/${slug}`)).text()).toContain(`命令行导入测试项目 ${slug}`);
});
