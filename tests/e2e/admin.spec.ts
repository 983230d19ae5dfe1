import { expect, test, type Page } from '@playwright/test';
import { enrolmentQrCode } from '@/lib/auth/totp-qr';
import { groupSecret } from '@/lib/auth/totp';
import {
  createAccount,
  createTestProject,
  E2E_PASSWORD,
  expectNoHorizontalScroll,
  freshTotpCode,
  queryDatabase,
  signIn,
  signInAs,
} from './admin-helpers';
import { expectNoAxeViolations } from './helpers';

// Each test signs in, creates records and runs axe: generous time on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

// One admin and one viewer per worker, made with `npm run user:create` (the sign-in tests make their own).
const accounts = { admin: '', viewer: '' };
test.beforeAll(({}, workerInfo) => {
  accounts.admin = createAccount(workerInfo, 'admin', 'admin');
  accounts.viewer = createAccount(workerInfo, 'viewer', 'viewer');
});

test('without a session the workspace sends you to sign in; admin pages are noindex', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL('/admin/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作人员登录');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.goto('/en/admin/sign-in');
  await expect(page).toHaveURL('/admin/sign-in');
});

test('an admin updates a project status: shown at once, recorded as a revision with reason and evidence', async ({
  page,
}, testInfo) => {
  await signInAs(page, accounts.admin);
  const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;
  const slug = await createTestProject(page, suffix);

  await page.getByRole('link', { name: '修改项目信息' }).click();
  await page.getByLabel('状态', { exact: true }).selectOption('underConstruction');
  await page.getByLabel('状态生效日期').fill('2023-05-08');
  await page.getByLabel('总投资（万元）').fill('-3');
  await page.getByLabel('改动原因').fill('调度会通报开工');
  await page.getByRole('button', { name: '保存' }).click();

  // Refused: error summary linking to the field, message beside it, input kept.
  const summary = page.getByRole('alert').filter({ hasText: '出现问题' });
  await expect(summary.getByRole('link', { name: '总投资不能为负数' })).toHaveAttribute(
    'href',
    '#project-totalInvestment',
  );
  await expect(summary.getByRole('link', { name: '请填写来源或依据' })).toBeVisible();
  await expect(page.getByLabel('状态生效日期')).toHaveValue('2023-05-08');
  await expect(page.getByLabel('改动原因')).toHaveValue('调度会通报开工');
  await expectNoAxeViolations(page);

  await page.getByLabel('总投资（万元）').fill('25000');
  await page.getByLabel('来源或依据').fill('区发改局调度通报第5期');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(`/admin/projects/${slug}?saved=project`);
  await expect(page.getByRole('status')).toContainText('项目已保存');
  const facts = page.getByTestId('project-summary');
  await expect(facts).toContainText('已开工·在建（2023-05-08起）');
  await expect(facts).toContainText('2.5亿元');

  const [revision] = queryDatabase<{
    before: string;
    after: string;
    reason: string;
    sourceRef: string;
    actorName: string;
    actorRole: string;
  }>(
    `SELECT "before", "after", "reason", "sourceRef", "actorName", "actorRole" FROM "Revision"
      WHERE "entityType" = 'project' AND "entityId" = ? AND "action" = 'update' ORDER BY "id" DESC LIMIT 1`,
    slug,
  );
  expect(revision).toMatchObject({
    reason: '调度会通报开工',
    sourceRef: '区发改局调度通报第5期',
    actorName: '测试admin',
    actorRole: 'admin',
  });
  expect(JSON.parse(revision.before)).toMatchObject({ status: 'preparation', totalInvestment: null, version: 1 });
  expect(JSON.parse(revision.after)).toMatchObject({
    status: 'underConstruction',
    statusDate: '2023-05-08',
    totalInvestment: 25000,
    version: 2,
  });

  await page.goto('/admin');
  await expect(page.getByTestId('recent-changes')).toContainText('调度会通报开工；依据：区发改局调度通报第5期');
  await expect(
    page
      .getByTestId('recent-changes')
      .getByRole('link', { name: `修改 · 项目：浏览器测试项目 ${suffix}` })
      .first(),
  ).toHaveAttribute('href', `/admin/projects/${slug}`);
});

test('two officials editing at once: the second save is refused with a conflict message', async ({
  browser,
  page,
}, testInfo) => {
  const admin = accounts.admin;
  await signInAs(page, admin);
  const slug = await createTestProject(page, `conflict-${testInfo.project.name}-${Date.now().toString(36)}`);
  const other = await browser.newPage();
  await signInAs(other, admin);
  await page.goto(`/admin/projects/${slug}/edit`);
  await other.goto(`/admin/projects/${slug}/edit`);
  const save = async (tab: Page, percent: string) => {
    await tab.getByLabel('形象进度（%）').fill(percent);
    await tab.getByLabel('改动原因').fill(`进度 ${percent}`);
    await tab.getByLabel('来源或依据').fill('现场核查');
    await tab.getByRole('button', { name: '保存' }).click();
  };
  // The first save must land before the second is sent, or the two race and either may win.
  await save(other, '40');
  await expect(other).toHaveURL(`/admin/projects/${slug}?saved=project`);
  await save(page, '55');
  await expect(page.getByRole('alert').filter({ hasText: '其他人已修改了这个项目' })).toBeVisible();
  await expect(page.getByLabel('形象进度（%）')).toHaveValue('55');
  await page.goto(`/admin/projects/${slug}`);
  await expect(page.getByTestId('project-summary')).toContainText('40%');
  await other.close();
});

test('a viewer reads but cannot edit', async ({ page }) => {
  await signInAs(page, accounts.viewer);
  await page.goto('/admin/projects');
  await expect(page.locator('tr[data-project="beichen-phase-ii-workshop"]')).toContainText('只读');
  await page.goto('/admin/projects/beichen-phase-ii-workshop');
  await expect(page.getByRole('link', { name: '修改项目信息' })).toHaveCount(0);
  await expect(page.locator('form[id^="responsibility-"], #milestone-new, #problem-new')).toHaveCount(0);
  await page.goto('/admin/projects/beichen-phase-ii-workshop/edit');
  await expect(page).toHaveURL('/admin/forbidden');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有权限');
  await page.goto('/admin/import');
  await expect(page).toHaveURL('/admin/forbidden');
});

test('failed sign-ins throttle the account (429 with Retry-After), with the same message as for unknown names, and never lock it', async ({
  page,
}, testInfo) => {
  const official = createAccount(testInfo, 'throttle', 'editor');
  await signIn(page, `nobody-${official}`, 'whatever password');
  await expect(page.locator('#sign-in').getByRole('alert')).toHaveText('用户名或密码不正确。');
  await expect(page.getByLabel('用户名')).toHaveValue(`nobody-${official}`);
  await signIn(page, official, 'wrong password');
  await expect(page.locator('#sign-in').getByRole('alert')).toHaveText('用户名或密码不正确。');
  await expect(page.getByLabel('密码', { exact: true })).toHaveValue('');
  // Wrong passwords until 8 are counted: 5 free, then waits of 1, 2 and 4 s (a try during a wait
  // is refused and not counted); after the 8th the next try must wait 8 s.
  const post = (password: string) =>
    page.request.post('/admin/session', { form: { username: official, password }, maxRedirects: 0 });
  for (let counted = 1; counted < 8;) {
    const response = await post('wrong password');
    if (response.status() === 303) counted += 1;
    else await page.waitForTimeout(Number(response.headers()['retry-after']) * 1_000);
  }
  const refused = await post(E2E_PASSWORD);
  const refusedAt = Date.now();
  expect(refused.status()).toBe(429);
  const retryAfter = Number(refused.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  // In the browser: the form again, saying how long to wait, the user name kept.
  await signIn(page, official);
  await expect(page).toHaveURL(/\/admin\/sign-in\?n=/);
  await expect(page.locator('#sign-in').getByRole('alert')).toContainText('登录尝试失败次数过多，请');
  await expect(page.getByLabel('用户名')).toHaveValue(official);
  // A refused try is not counted: once the wait is over, the right password works.
  await page.waitForTimeout(Math.max(0, refusedAt + retryAfter * 1_000 + 500 - Date.now()));
  await signInAs(page, official);
});

test('a 2 MB form sent to sign in is answered 413 with a plain page, never 500; so is a 100 KB one, then the form says why', async ({
  page,
}) => {
  const file = (bytes: number) => ({
    name: 'big.bin',
    mimeType: 'application/octet-stream',
    buffer: Buffer.alloc(bytes),
  });
  for (const path of ['/admin/sign-in', '/admin/session']) {
    const response = await page.request.post(path, {
      multipart: { username: 'nobody', password: 'x', padding: file(2 * 1024 * 1024) },
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(413);
    expect(await response.text(), path).toContain('提交的内容太大');
  }
  // Under the server's 1 MB but over the sign-in form's 16 KB: the route's own 413, which leads back to the form.
  const medium = await page.request.post('/admin/session', {
    multipart: { username: 'nobody', password: 'x', padding: file(100 * 1024) },
    maxRedirects: 0,
  });
  expect(medium.status()).toBe(413);
  const refresh = /content="0;url=([^"]+)"/.exec(await medium.text())?.[1];
  expect(refresh).toMatch(/^\/admin\/sign-in\?n=/);
  await page.goto(refresh!);
  await expect(page.locator('#sign-in').getByRole('alert')).toHaveText(
    '提交的内容太大，无法处理。请只填写用户名和密码，再登录一次。',
  );
});

test('a new admin enrols an authenticator app before the workspace opens, then signs in with its codes', async ({
  page,
}, testInfo) => {
  const admin = createAccount(testInfo, 'enrol', 'admin', { enrol: false });
  await signIn(page, admin);
  await expect(page).toHaveURL('/admin/two-factor');
  await expect(page.getByText('管理员账户必须先开启两步验证')).toBeVisible();
  await page.goto('/admin');
  await expect(page).toHaveURL('/admin/sign-in'); // no session yet
  await page.goto('/admin/two-factor');
  const secret = (await page.locator('[data-totp-secret]').getAttribute('data-totp-secret'))!;
  // The key as a QR code drawn on the server, named for what it is (never the key), beside the typed key.
  const qrCode = page.locator('svg[role="img"]');
  await expect(qrCode).toHaveCount(1);
  await expect(qrCode).toHaveAccessibleName('两步验证二维码：用身份验证器应用扫描，添加本账户');
  await expect(qrCode.locator('path')).toHaveAttribute('d', enrolmentQrCode(secret, admin).path);
  await expect(qrCode.locator('xpath=..').locator('[data-totp-secret]')).toHaveText(groupSecret(secret));
  await expectNoAxeViolations(page);
  await page.getByLabel('验证码').fill('000000');
  await page.getByRole('button', { name: '开启两步验证' }).click();
  await expect(page.locator('#two-factor').getByRole('alert').first()).toContainText('验证码不正确或已使用过。');
  await page.getByLabel('验证码').fill(await freshTotpCode(admin, secret));
  await page.getByRole('button', { name: '开启两步验证' }).click();
  await expect(page).toHaveURL('/admin/two-factor/recovery-codes');
  const codes = await page.getByRole('list', { name: '恢复码' }).getByRole('listitem').allTextContents();
  expect(codes).toHaveLength(10);
  await page.reload();
  await expect(page.getByText('恢复码已经显示过')).toBeVisible();
  // Signing in again: password, then a recovery code (single use) instead of the app's code.
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, admin);
  await expect(page).toHaveURL('/admin/sign-in/code');
  await page.getByLabel('验证码').fill(codes[0]!);
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page).toHaveURL('/admin');
});

test('sign-out ends the session', async ({ page }) => {
  await signInAs(page, accounts.viewer);
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL('/admin/sign-in?signedOut=1');
  await page.goto('/admin');
  await expect(page).toHaveURL('/admin/sign-in');
});

test('axe finds no violations on the admin pages, and nothing scrolls sideways', async ({ page }) => {
  test.setTimeout(240_000); // nine full axe runs
  await page.goto('/admin/sign-in');
  await expectNoAxeViolations(page);
  await signInAs(page, accounts.admin);
  const paths = [
    '/admin',
    '/admin/projects',
    '/admin/projects/beichen-phase-ii-workshop',
    '/admin/projects/beichen-phase-ii-workshop/edit',
    '/admin/projects/new',
    '/admin/import',
    '/admin/initiatives',
    '/admin/users',
  ];
  for (const path of paths) {
    await page.goto(path);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  }
  // Open every disclosure on the project page, so the 包挂 / milestone / problem forms are checked too.
  await page.goto('/admin/projects/beichen-phase-ii-workshop');
  for (const summary of await page.locator('details > summary').all()) await summary.click();
  await expectNoAxeViolations(page);
});

test('an unpublished project and results area leave no trace in /changes or /feed.xml', async ({ page }, testInfo) => {
  await signInAs(page, accounts.admin);
  const suffix = `hidden-${testInfo.project.name}-${Date.now().toString(36)}`;
  const slug = await createTestProject(page, suffix);
  await page.goto('/admin/initiatives');
  const form = page.locator('form#area-new');
  await form.getByLabel('名称', { exact: true }).fill(`浏览器测试领域 ${suffix}`);
  await form.getByLabel('英文名称').fill(`Browser test area ${suffix}`);
  await expect(form.getByLabel('在公开网站上显示')).not.toBeChecked();
  await form.getByLabel('改动原因').fill(`浏览器测试 ${suffix}`);
  await form.getByRole('button', { name: '新增领域' }).click();
  await expect(page).toHaveURL('/admin/initiatives?saved=initiative');
  await expect(page.getByRole('heading', { level: 2, name: `浏览器测试领域 ${suffix}（未公开）` })).toBeVisible();
  // Both are the newest writes: before the fix they led page 1 of each listing and the feed.
  for (const path of ['/changes', '/changes?type=initiative', '/changes?type=project', '/feed.xml']) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    for (const trace of [suffix, slug]) expect(body, path).not.toContain(trace);
  }
});

test('an update shows at once on the cached public pages, /changes, the feeds and the downloads, in every language', async ({
  page,
}, testInfo) => {
  await signInAs(page, accounts.admin);
  const suffix = `public-${testInfo.project.name}-${Date.now().toString(36)}`;
  const slug = await createTestProject(page, suffix, true);
  // Visited before the edit, so that the old versions are in the server's cache.
  const before = [
    '/',
    `/projects/${slug}`,
    `/en/projects/${slug}`,
    '/changes',
    '/feed.xml',
    `/projects/${slug}/feed.xml`,
    '/data/projects.json',
  ];
  for (const path of before) expect((await page.request.get(path)).status(), path).toBe(200);
  expect(await (await page.request.get(`/projects/${slug}`)).text()).not.toContain('竣工（自2023年11月30日起）');

  await page.goto(`/admin/projects/${slug}/edit`);
  await page.getByLabel('状态', { exact: true }).selectOption('completed');
  await page.getByLabel('状态生效日期').fill('2023-11-30');
  await page.getByLabel('改动原因').fill(`竣工验收 ${suffix}`);
  await page.getByLabel('来源或依据').fill('竣工验收备案表');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(`/admin/projects/${slug}?saved=project`);

  await page.goto(`/projects/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`浏览器测试项目 ${suffix}`);
  const status = page.locator('dl').first().locator('div').filter({ hasText: /^状态/ }).locator('dd');
  // The latest update's evidence and reason stand beside the status (the day is today's, in Beijing).
  await expect(status).toHaveText(
    new RegExp(
      `^竣工（自2023年11月30日起）依据：竣工验收备案表原因：竣工验收 ${suffix}（\\d{4}年\\d{1,2}月\\d{1,2}日更新）$`,
    ),
  );
  const history = page.getByTestId('history-section');
  await expect(history).toContainText(`竣工验收 ${suffix}`);
  await expect(history).toContainText('竣工验收备案表');
  await page.goto(`/en/projects/${slug}`);
  await expect(
    page
      .locator('dl')
      .first()
      .locator('div')
      .filter({ hasText: /^Status/ })
      .locator('dd'),
  ).toHaveText(
    new RegExp(
      `^Completed \\(since 30 November 2023\\)Evidence: 竣工验收备案表Reason: 竣工验收 ${suffix} \\(updated \\d{1,2} \\w+ \\d{4}\\)$`,
    ),
  );

  await page.goto('/changes');
  await expect(page.locator('main')).toContainText(`竣工验收 ${suffix}`);
  for (const feed of ['/feed.xml', `/projects/${slug}/feed.xml`])
    expect(await (await page.request.get(feed)).text(), feed).toContain(`竣工验收 ${suffix}`);
  const download = JSON.parse(await (await page.request.get('/data/projects.json')).text()) as {
    data: { slug: string; status: string }[];
  };
  expect(download.data.find((row) => row.slug === slug)?.status).toBe('completed');
});
