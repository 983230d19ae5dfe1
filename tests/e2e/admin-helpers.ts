import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, type Page, type TestInfo } from '@playwright/test';

export const E2E_PASSWORD = 'e2e password, long enough';
const DATABASE_URL = process.env.DATABASE_URL ?? 'file:./data/e2e.db';

/** A fresh account in the e2e database, made the only way accounts are made: `npm run user:create`. */
export function createAccount(testInfo: Pick<TestInfo, 'project' | 'workerIndex'>, name: string, role: 'admin' | 'editor' | 'viewer'): string {
  const username = `${name}-${testInfo.project.name}-${Date.now().toString(36)}${testInfo.workerIndex}`;
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/user-create.ts', '--username', username, '--role', role, '--display-name', `测试${role}`], {
    input: `${E2E_PASSWORD}\n`,
    env: { ...process.env, DATABASE_URL },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  return username;
}

export async function signIn(page: Page, username: string, password = E2E_PASSWORD): Promise<void> {
  await page.goto('/admin/sign-in');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Signs in and waits for the dashboard: the session cookie is set from here on. */
export async function signInAs(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await expect(page).toHaveURL('/admin');
}

/** Read-only look into the e2e database, for what the pages do not show (revisions, counts). */
export function queryDatabase<T>(sql: string, ...params: unknown[]): T[] {
  const database = new Database(path.resolve(DATABASE_URL.slice('file:'.length)), { readonly: true });
  try {
    return database.prepare(sql).all(...params) as T[];
  } finally {
    database.close();
  }
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
