import { expect, test, type Page } from '@playwright/test';
import { createAccount, signInAs } from './admin-helpers';

// What the front door (server/front-door.ts) promises, through the real server.

/** Collects the browser's Content-Security-Policy reports while a page is used. */
function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('unsupported methods answer 405 with Allow, on pages, the API, files and the workspace', async ({ request }) => {
  const cases: [string, string, string][] = [
    ['TRACE', '/', 'GET, HEAD'],
    ['PUT', '/en/projects', 'GET, HEAD'],
    ['TRACE', '/api/v1/projects', 'GET, HEAD, OPTIONS'],
    ['TRACE', '/projects/x/feed.xml', 'GET, HEAD, OPTIONS'],
    ['TRACE', '/data/projects.csv', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/admin', 'GET, HEAD, POST'],
  ];
  for (const [method, path, allow] of cases) {
    const response = await request.fetch(path, { method });
    expect([method, path, response.status(), response.headers().allow]).toEqual([method, path, 405, allow]);
  }
});

test('every kind of answer carries the security headers', async ({ request }) => {
  for (const path of ['/', '/zh-hant/projects', '/api/v1/sets', '/data/projects.csv', '/feed.xml', '/no-such-page', '/admin/sign-in']) {
    const headers = (await request.get(path)).headers();
    expect([path, headers['x-content-type-options'], headers['x-frame-options'], headers['referrer-policy']]).toEqual([
      path,
      'nosniff',
      'DENY',
      'strict-origin-when-cross-origin',
    ]);
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

test('unknown API paths answer the JSON 404, and client-sent internal headers change nothing', async ({ request }) => {
  const response = await request.get('/api/v1/nothing-here', { headers: { 'x-portal-path': '//evil.example/phish' } });
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: { status: 404, code: 'notFound', message: 'API path /api/v1/nothing-here not found' } });
  const page = await request.get('/no-such-page', { headers: { 'x-portal-path': '//evil.example/phish' } });
  expect(page.status()).toBe(404);
  expect(await page.text()).not.toContain('evil.example');
});

test('a form sent from another site is refused with 403, and an oversized body with 413', async ({ request }) => {
  const foreign = await request.post('/admin/sign-in', { headers: { Origin: 'https://evil.example' }, form: { username: 'a', password: 'b' } });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain('表单只能从本网站提交');
  const huge = await request.post('/admin/import', { headers: { 'Content-Type': 'text/csv' }, data: Buffer.alloc(50 * 1024 * 1024, 97) });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toContain('提交的内容太大');
});

test('public pages have a fixed policy and run without breaking it', async ({ page }) => {
  const violations = watchPolicyViolations(page);
  const response = await page.goto('/en/projects');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
  await page.goto('/');
  await page.goto('/search?q=红木');
  expect(violations).toEqual([]);
});

test('the workspace runs only its own scripts, under a fresh nonce each time', async ({ page }, testInfo) => {
  const violations = watchPolicyViolations(page);
  await signInAs(page, createAccount(testInfo, 'csp', 'admin'));
  const response = await page.goto('/admin/projects');
  const policy = response?.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(policy).toContain("'strict-dynamic'");
  // Next put the nonce on every script it wrote, and a client-side navigation still works.
  const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));
  const again = await page.goto('/admin/projects');
  expect(again?.headers()['content-security-policy']).not.toBe(policy);
  expect(violations).toEqual([]);
});
