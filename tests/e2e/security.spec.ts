import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { formFields } from '../../scripts/bench/html-form';
import { assignProject, createAccount, E2E_PASSWORD, queryDatabase, signInAs } from './admin-helpers';

/**
 * The OWASP ASVS 4.0.3 level 1 requirements that apply to the portal, each proven by requests
 * to the running server; test names start with the requirement. README "Reliability and
 * security" lists them with the tests elsewhere that prove the others (throttling, second
 * factor, upload limits, zip bombs).
 */

const OWN = 'zhicheng-huijia-smart-home-rosewood-furniture-workshop';
const OTHER = 'beichen-phase-ii-workshop';
const SESSION_COOKIE = 'portal_session';

/** Collects the browser's Content-Security-Policy reports while a page is used. */
function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** An editor assigned to OWN only, signed in through the form by a bare HTTP client. */
async function editorSession(
  request: APIRequestContext,
  testInfo: TestInfo,
  name: string,
  headers: Record<string, string> = {},
) {
  const username = createAccount(testInfo, name, 'editor');
  assignProject(username, OWN);
  const response = await request.post('/admin/session', {
    form: { username, password: E2E_PASSWORD },
    headers,
    maxRedirects: 0,
  });
  const cookie =
    response
      .headersArray()
      .find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith(`${SESSION_COOKIE}=`))?.value ?? '';
  return { response, cookie, token: /^[^=]+=([^;]*)/.exec(cookie)?.[1] ?? '' };
}

/** Revisions of a project so far. */
const revisionCount = (slug: string) =>
  queryDatabase<{ n: number }>(
    'SELECT count(*) AS "n" FROM "Revision" WHERE "entityType" = \'project\' AND "entityId" = ?',
    slug,
  )[0].n;

test.describe('V2 authentication', () => {
  test('V2.1.1 an account cannot be made with a password under 12 characters', () => {
    const create = (password: string) =>
      execFileSync(
        path.resolve('node_modules/.bin/tsx'),
        ['scripts/user-create.ts', '--username', `asvs-short-${Date.now()}`, '--role', 'viewer'],
        {
          input: `${password}\n`,
          env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'file:./data/e2e.db' },
          stdio: ['pipe', 'ignore', 'pipe'],
        },
      );
    expect(() => create('elevenchars')).toThrow(/at least 12 characters/);
    expect(() => create('twelve chars')).not.toThrow();
  });
});

test.describe('V3 session management', () => {
  test('V3.2.1 V3.2.2 V3.4.2 V3.4.3 a new random session token at each sign-in, in an HttpOnly SameSite=Lax cookie', async ({
    request,
  }, testInfo) => {
    const first = await editorSession(request, testInfo, 'asvs-session');
    expect(first.response.status()).toBe(303);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits
    expect(first.cookie).toMatch(/; HttpOnly/i);
    expect(first.cookie).toMatch(/; SameSite=lax/i);
    expect(first.cookie).not.toMatch(/; Secure/i); // plain http on loopback
    const second = await editorSession(request, testInfo, 'asvs-session');
    expect(second.token).not.toBe(first.token);
  });

  test('V3.4.1 the session cookie is Secure when the site is reached over https', async ({ request }, testInfo) => {
    const { cookie } = await editorSession(request, testInfo, 'asvs-secure', { 'X-Forwarded-Proto': 'https' });
    expect(cookie).toMatch(/; Secure/i);
  });

  test('V3.1.1 the session token never appears in an address', async ({ page }, testInfo) => {
    const seen: string[] = [];
    page.on('request', (r) => seen.push(r.url()));
    await signInAs(page, createAccount(testInfo, 'asvs-url', 'viewer'));
    await page.goto('/admin/projects');
    const token = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)?.value ?? '';
    expect(token).not.toBe('');
    expect(seen.filter((url) => url.includes(token))).toEqual([]);
  });

  test('V3.3.1 signing out ends the session on the server, not only in the browser', async ({
    page,
    request,
  }, testInfo) => {
    await signInAs(page, createAccount(testInfo, 'asvs-out', 'viewer'));
    const token = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)?.value ?? '';
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL('/admin/sign-in?signedOut=1');
    const reused = await request.get('/admin', { headers: { Cookie: `${SESSION_COOKIE}=${token}` }, maxRedirects: 0 });
    expect([reused.status(), reused.headers().location]).toEqual([307, '/admin/sign-in']);
  });
});

test.describe('V4 access control', () => {
  test('V4.1.1 V4.1.3 V4.2.1 an editor cannot open or save a project they are not assigned', async ({
    request,
  }, testInfo) => {
    const { token } = await editorSession(request, testInfo, 'asvs-idor');
    const cookie = `${SESSION_COOKIE}=${token}`;
    const other = await request.get(`/admin/projects/${OTHER}/edit`, { headers: { Cookie: cookie }, maxRedirects: 0 });
    expect([other.status(), other.headers().location]).toEqual([307, '/admin/forbidden']);
    expect((await request.get(`/admin/projects/${OWN}/edit`, { headers: { Cookie: cookie } })).status()).toBe(200);
  });

  test('V4.1.2 V4.2.1 a saved form whose project was swapped for another is refused, and nothing changes', async ({
    request,
  }, testInfo) => {
    const { token } = await editorSession(request, testInfo, 'asvs-tamper');
    const cookie = `${SESSION_COOKIE}=${token}`;
    const html = await (await request.get(`/admin/projects/${OWN}/edit`, { headers: { Cookie: cookie } })).text();
    const before = revisionCount(OTHER);
    const multipart: Record<string, string> = {};
    for (const [name, value] of formFields(html, 'project')) multipart[name] = value.replaceAll(OWN, OTHER);
    Object.assign(multipart, { progressPercent: '99', reason: '篡改测试', evidence: '篡改测试' });
    const response = await request.post(`/admin/projects/${OWN}/edit`, {
      headers: { Cookie: cookie },
      multipart,
      maxRedirects: 0,
    });
    expect(response.headers().location ?? '').not.toContain(`/admin/projects/${OTHER}?saved`);
    expect(revisionCount(OTHER)).toBe(before);
  });

  test('V4.2.2 a form sent from another site is refused with 403', async ({ request }) => {
    const foreign = await request.post('/admin/session', {
      headers: { Origin: 'https://evil.example' },
      form: { username: 'a', password: 'b' },
    });
    expect(foreign.status()).toBe(403);
    expect(await foreign.text()).toContain('表单只能从本网站提交');
  });
});

test.describe('V5 validation and encoding', () => {
  test('V5.1.3 the API refuses an invalid parameter with a 400 naming it', async ({ request }) => {
    const response = await request.get('/api/v1/projects?page=-1');
    expect(response.status()).toBe(400);
    expect((await response.json()).error.parameter).toBe('page');
  });

  test('V5.3.3 what a visitor types is shown escaped, never as markup', async ({ request }) => {
    const marker = '"><svg onload=alert(1)><x-asvs>';
    for (const path of [
      `/search?q=${encodeURIComponent(marker)}`,
      `/projects?q=${encodeURIComponent(marker)}`,
      `/en/search?q=${encodeURIComponent(marker)}`,
    ]) {
      const html = await (await request.get(path)).text();
      expect(html, path).not.toContain('<svg onload');
      expect(html, path).not.toContain('<x-asvs>');
      expect(html, path).toContain('&lt;x-asvs&gt;');
    }
  });

  test('V5.3.4 quotes and SQL in a search are data, not SQL', async ({ request }) => {
    for (const q of ["' OR 1=1 --", '"))); DROP TABLE "Project"; --', '红木\' UNION SELECT * FROM "User" --']) {
      const response = await request.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
      expect(response.status(), q).toBe(200);
      expect(JSON.stringify(await response.json()), q).not.toContain('passwordHash');
    }
    expect(queryDatabase<{ n: number }>('SELECT count(*) AS "n" FROM "Project"')[0].n).toBeGreaterThan(0);
  });
});

test.describe('V7 V14 errors and configuration', () => {
  test('V7.4.1 V14.3.2 errors say what happened in plain words, with no stack trace or server path', async ({
    request,
  }) => {
    for (const path of [
      '/no-such-page',
      '/projects/no-such-project',
      '/sources/%E0%A4',
      '/api/v1/projects/%E0%A4',
      '/api/v1/nothing',
    ]) {
      const response = await request.get(path);
      const body = await response.text();
      expect([path, response.status() >= 400 && response.status() < 500]).toEqual([path, true]);
      expect(body, path).not.toMatch(/\bat .+:\d+:\d+|node_modules|\/work\/|\.next\/server/);
    }
  });

  test('V13.2.1 V14.5.1 unsupported methods answer 405 with Allow, on pages, the API, files and the workspace', async ({
    request,
  }) => {
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

  test('V14.3.3 V14.4.1 V14.4.4 V14.4.6 V14.4.7 every kind of answer has a typed body, the security headers and no server banner', async ({
    request,
  }) => {
    for (const path of [
      '/',
      '/zh-hant/projects',
      '/api/v1/sets',
      '/data/projects.csv',
      '/feed.xml',
      '/no-such-page',
      '/admin/sign-in',
      '/api/v1/nothing',
    ]) {
      const headers = (await request.get(path)).headers();
      expect([
        path,
        headers['x-content-type-options'],
        headers['x-frame-options'],
        headers['referrer-policy'],
        headers['x-powered-by'],
      ]).toEqual([path, 'nosniff', 'DENY', 'strict-origin-when-cross-origin', undefined]);
      expect(headers['content-type'], path).toMatch(/charset=utf-8/i);
      expect(headers['permissions-policy'], path).toContain('camera=()');
    }
  });

  test('V14.4.3 public pages have a fixed policy with no inline script, and run without breaking it', async ({
    page,
  }) => {
    const violations = watchPolicyViolations(page);
    const response = await page.goto('/en/projects');
    expect(response?.headers()['content-security-policy']).toMatch(/; script-src 'self'$/);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    for (const path of [
      '/',
      '/search?q=红木',
      '/projects/beichen-phase-ii-workshop',
      '/figures/launch2023.totalInvestment',
    ]) {
      await page.goto(path);
      // Next's client runtime is removed (server/client-runtime.mts); only the portal's own file may load.
      const scripts = await page
        .locator('script')
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('src')));
      expect(scripts, path).toEqual(path.startsWith('/figures/') ? ['/copy-button.js'] : []);
    }
    expect(violations).toEqual([]);
  });

  test('V14.4.3 the workspace runs only its own scripts, under a fresh nonce each time', async ({ page }, testInfo) => {
    const violations = watchPolicyViolations(page);
    await signInAs(page, createAccount(testInfo, 'csp', 'admin'));
    const response = await page.goto('/admin/projects');
    const policy = response?.headers()['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(policy).toContain("'strict-dynamic'");
    const scripts = await page
      .locator('script')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(new Set(scripts)).toEqual(new Set([nonce]));
    const again = await page.goto('/admin/projects');
    expect(again?.headers()['content-security-policy']).not.toBe(policy);
    expect(violations).toEqual([]);
  });

  test('V14.5.3 the API is open to other sites for reading only, without credentials; the workspace is not', async ({
    request,
  }) => {
    const api = await request.get('/api/v1/projects', { headers: { Origin: 'https://news.example' } });
    expect([api.headers()['access-control-allow-origin'], api.headers()['access-control-allow-credentials']]).toEqual([
      '*',
      undefined,
    ]);
    const workspace = await request.get('/admin/sign-in', { headers: { Origin: 'https://news.example' } });
    expect(workspace.headers()['access-control-allow-origin']).toBeUndefined();
  });

  test('V12.1.1 an oversized body is refused with 413 before it is read, and internal headers sent by a client change nothing', async ({
    request,
  }) => {
    const huge = await request.post('/admin/import', {
      headers: { 'Content-Type': 'text/csv' },
      data: Buffer.alloc(50 * 1024 * 1024, 97),
    });
    expect(huge.status()).toBe(413);
    expect(await huge.text()).toContain('提交的内容太大');
    const page = await request.get('/no-such-page', { headers: { 'x-portal-path': '//evil.example/phish' } });
    expect([page.status(), (await page.text()).includes('evil.example')]).toEqual([404, false]);
    const api = await request.get('/api/v1/nothing-here', { headers: { 'x-portal-path': '//evil.example/phish' } });
    expect(await api.json()).toEqual({
      error: { status: 404, code: 'notFound', message: 'API path /api/v1/nothing-here not found' },
    });
  });
});
