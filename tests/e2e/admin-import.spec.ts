import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, queryDatabase, signInAs } from './admin-helpers';
import { expectNoAxeViolations } from './helpers';

// What this worker's importer wrote (projects it created, revisions it caused): tests running
// beside these write other things, so whole-table counts would race.
const count = () =>
  queryDatabase<{ projects: number; revisions: number }>(
    `SELECT (SELECT COUNT(*) FROM "Revision" AS r JOIN "User" AS u ON u."id" = r."actorId"
              WHERE u."username" = ? AND r."entityType" = 'project' AND r."action" = 'create') AS "projects",
            (SELECT COUNT(*) FROM "Revision" AS r JOIN "User" AS u ON u."id" = r."actorId" WHERE u."username" = ?) AS "revisions"`,
    importer,
    importer,
  )[0];
const MB = 1024 * 1024;
const FILE_LABEL = '第一步：选择文件（CSV 或 XLSX）并试导入';

test.describe.configure({ timeout: 120_000 });

let importer = '';
let template: Buffer = Buffer.alloc(0);
test.beforeAll(({}, workerInfo) => {
  importer = createAccount(workerInfo, 'importer', 'admin');
});

test.beforeEach(async ({ page }) => {
  await signInAs(page, importer);
  if (template.length === 0) template = await (await page.request.get('/admin/import/template?format=csv')).body();
  await page.goto('/admin/import');
});

async function dryRun(page: Page, file: { name: string; mimeType: string; buffer: Buffer } | string) {
  await page.getByLabel(FILE_LABEL).setInputFiles(file);
  const answer = page.waitForResponse((response) => response.url().endsWith('/admin/import/check'));
  await page.getByRole('button', { name: '试导入', exact: true }).click();
  expect((await answer).status()).toBe(303);
}

async function apply(page: Page) {
  await page.getByLabel('导入原因').fill('核对模板');
  await page.getByLabel('来源或依据').fill('模板示例');
  await page.getByRole('button', { name: '确认导入' }).click();
}

/** The template (three named projects, nothing to change) padded with empty rows to `size` bytes. */
const paddedTemplate = (size: number) =>
  Buffer.concat([template, Buffer.from(',,,,,,,,,,,,,,,,\r\n'.repeat(Math.ceil((size - template.length) / 18)))]);

test('a file with errors lists them by row and column and writes nothing', async ({ page }) => {
  const before = count();
  const csv = [
    '项目编码,项目名称,总投资（万元）,开工日期',
    'code,name,totalInvestment,startDate',
    'E2E-1,浏览器测试 导入甲,-20,2023-01-01',
    'E2E-2,浏览器测试 导入乙,100,2023-02-30',
    '',
  ].join('\n');
  await dryRun(page, { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('文件有 2 处问题，未写入任何内容');
  await expect(errors.locator('tbody tr').nth(0)).toHaveText(['3', '总投资（万元）', '总投资不能为负数'].join(''));
  await expect(errors.locator('tbody tr').nth(1)).toHaveText(['4', '开工日期', '开工日期不是一个真实的日期'].join(''));
  await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(count()).toEqual(before);
});

test('a row that changes a status needs a new status date or the confirmation column: the dry run says so in plain words', async ({
  page,
}) => {
  const before = count();
  // 二期车间项目 is under construction since 2023-01-29; the row changes only its status.
  const rows = (confirmed: string) =>
    [
      '网址标识,项目名称,状态,新状态沿用原日期',
      'slug,name,status,statusDateConfirmed',
      `beichen-phase-ii-workshop,,竣工,${confirmed}`,
      '',
    ].join('\n');
  await dryRun(page, { name: 'status.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('')) });
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('文件有 1 处问题，未写入任何内容');
  await expect(errors.locator('tbody tr').nth(0)).toHaveText(
    [
      '3',
      '状态生效日期',
      '状态从“已开工·在建”改为“竣工”，但状态生效日期仍是原来的 2023-01-29。请在“状态生效日期”列填写新状态开始的日期；如果新状态确实从 2023-01-29 起生效，请在“新状态沿用原日期”列填“是”。',
    ].join(''),
  );
  await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);
  // Confirmed: the dry run accepts it (not applied here: other tests read this project's status).
  await page.goto('/admin/import');
  await dryRun(page, { name: 'status.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('是')) });
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '确认导入' })).toBeVisible();
  expect(count()).toEqual(before);
});

test('the downloaded template imports as “no change”, twice', async ({ page }) => {
  const response = await page.request.get('/admin/import/template?format=csv');
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect((await response.body()).toString('utf8')).toContain('二期车间项目');
  const before = count();
  for (let i = 0; i < 2; i += 1) {
    await page.goto('/admin/import');
    await dryRun(page, { name: 'template.csv', mimeType: 'text/csv', buffer: template });
    await expect(page.getByTestId('import-preview')).toContainText('新增 0 个，更新 0 个，无变化 3 个');
    await apply(page);
    await expect(page.getByTestId('import-applied')).toContainText('新增 0 个，更新 0 个，无变化 3 个');
  }
  expect(count()).toEqual(before);
});

test('a 4.5 MB file is checked, every row counted (the list shows the first 200)', async ({ page }) => {
  const rows = Array.from(
    { length: 1_000 },
    (_, i) => `浏览器大文件项目 ${String(i + 1).padStart(4, '0')},${'示'.repeat(1_565)}`,
  );
  const buffer = Buffer.from(['项目名称,项目简介', 'name,description', ...rows, ''].join('\r\n'));
  expect(buffer.length).toBeGreaterThan(4.5 * MB);
  await dryRun(page, { name: 'large.csv', mimeType: 'text/csv', buffer });
  await expect(page.getByTestId('import-preview')).toContainText('新增 1000 个，更新 0 个，无变化 0 个');
  await expect(page.getByTestId('import-preview')).toContainText('将新增（共 1000 个，下面列出前 200 个）');
  await expect(page.getByTestId('import-preview').locator('li')).toHaveCount(200);
});

test('a file over 5 MB gets the form’s message; a 50 MB one the 413 page, never a 500', async ({ page }) => {
  // 5.5 MB: within the front door's limit for the upload (server/front-door.mts), refused by the upload route.
  await dryRun(page, { name: 'over.csv', mimeType: 'text/csv', buffer: Buffer.alloc(5.5 * MB, 0x41) });
  await expect(page).toHaveURL('/admin/import?problem=tooLarge');
  const summary = page.getByRole('alert').filter({ hasText: '出现问题' });
  await expect(
    summary.getByRole('link', { name: '所选文件大于 5 MB。请分成几个文件导入，或用命令行 npm run import 导入' }),
  ).toHaveAttribute('href', '#import-check-file');
  await expectNoAxeViolations(page);
  // 50 MB: the front door reads it away and answers 413 with a plain page before Next sees it.
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'import-e2e-')), 'huge.csv');
  writeFileSync(file, Buffer.alloc(50 * MB, 0x41));
  await page.getByLabel(FILE_LABEL).setInputFiles(file);
  const answer = page.waitForResponse((response) => response.url().endsWith('/admin/import/check'));
  await page.getByRole('button', { name: '试导入', exact: true }).click();
  expect((await answer).status()).toBe(413);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('提交的内容太大');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a 0.9 MB file: the dry run, then the apply of the kept file', async ({ page }) => {
    const before = count();
    await dryRun(page, { name: 'padded.csv', mimeType: 'text/csv', buffer: paddedTemplate(0.9 * MB) });
    await expect(page.getByTestId('import-preview')).toContainText('新增 0 个，更新 0 个，无变化 3 个');
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '出现问题' })).toContainText('请填写导入原因');
    await apply(page);
    await expect(page.getByTestId('import-applied')).toContainText('新增 0 个，更新 0 个，无变化 3 个');
    expect(count()).toEqual(before);
  });
});
