import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { base32Decode, codeForStep, STEP_SECONDS, stepAt } from '@/lib/auth/totp';
import { queryDatabase, writeDatabase } from './db';

export { queryDatabase } from './db';

export const E2E_PASSWORD = 'e2e password, long enough';
/** The second factor of every e2e admin (RFC 6238's test key), as if enrolled with an app. */
export const E2E_TOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const DATABASE_URL = process.env.DATABASE_URL ?? 'file:./data/e2e.db';

/** A fresh account in the e2e database, made the only way accounts are made: `npm run user:create`. */
export function createAccount(
  testInfo: Pick<TestInfo, 'project' | 'workerIndex'>,
  name: string,
  role: 'admin' | 'editor' | 'viewer',
  { enrol = true } = {},
): string {
  const username = `${name}-${testInfo.project.name}-${Date.now().toString(36)}${testInfo.workerIndex}`;
  execFileSync(
    path.resolve('node_modules/.bin/tsx'),
    ['scripts/user-create.ts', '--username', username, '--role', role, '--display-name', `测试${role}`],
    {
      input: `${E2E_PASSWORD}\n`,
      env: { ...process.env, DATABASE_URL },
      stdio: ['pipe', 'ignore', 'inherit'],
    },
  );
  // Admins cannot sign in without a second factor: give them one already enrolled (`enrol: false` leaves it to the
  // test).
  if (role === 'admin' && enrol)
    writeDatabase(
      'UPDATE "User" SET "totpSecret" = ?, "totpEnabled" = TRUE WHERE "username" = ?',
      E2E_TOTP_SECRET,
      username,
    );
  return username;
}

/**
 * A code the server has not accepted yet: each step's code works once, so a second sign-in of
 * the same admin within 30 seconds takes the next step's code (accepted one step early), or
 * waits for the step to turn.
 */
export async function freshTotpCode(username: string, secret = E2E_TOTP_SECRET): Promise<string> {
  const [row] = queryDatabase<{ totpLastStep: number | null }>(
    'SELECT "totpLastStep" FROM "User" WHERE "username" = ?',
    username,
  );
  let now = stepAt(Date.now());
  const wanted = Math.max(now, (row?.totpLastStep ?? -1) + 1);
  if (wanted > now + 1) {
    await new Promise((resolve) => setTimeout(resolve, (wanted - 1) * STEP_SECONDS * 1_000 - Date.now() + 200));
    now = stepAt(Date.now());
  }
  return codeForStep(base32Decode(secret), Math.max(wanted, now));
}

export async function signIn(page: Page, username: string, password = E2E_PASSWORD): Promise<void> {
  await page.goto('/admin/sign-in');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Signs in (with the app's code when the account has a second factor) and waits for the dashboard. */
export async function signInAs(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await page.waitForURL(/\/admin(\/sign-in\/code)?$/);
  if (new URL(page.url()).pathname === '/admin/sign-in/code') {
    await page.getByLabel('验证码').fill(await freshTotpCode(username));
    await page.getByRole('button', { name: '继续' }).click();
  }
  await expect(page).toHaveURL('/admin');
}

/** Assigns a project to an editor, as an admin would on the users page. */
export function assignProject(username: string, slug: string): void {
  writeDatabase(
    'INSERT INTO "ProjectAssignment" ("userId", "projectId") SELECT u."id", p."id" FROM "User" u, "Project" p WHERE u."username" = ? AND p."slug" = ?',
    username,
    slug,
  );
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A test project made through the form; unpublished unless asked, so public pages and other suites are untouched. */
export async function createTestProject(page: Page, suffix: string, publish = false): Promise<string> {
  const slug = `e2e-${suffix}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  await page.goto('/admin/projects/new');
  await page.getByLabel('网址标识（可选）').fill(slug);
  await page.getByLabel('项目名称').fill(`浏览器测试项目 ${suffix}`);
  await page.getByLabel('状态', { exact: true }).selectOption('preparation');
  if (!publish) await page.getByLabel('在公开网站上显示').uncheck();
  await page.getByLabel('改动原因').fill('浏览器测试');
  await page.getByLabel('来源或依据').fill('测试数据');
  await page.getByRole('button', { name: '创建项目' }).click();
  await expect(page).toHaveURL(`/admin/projects/${slug}?saved=project`);
  return slug;
}
