import { expect, test } from '@playwright/test';
import { createAccount, queryDatabase, signInAs } from './admin-helpers';
import { expectNoAxeViolations } from './helpers';

const count = () => queryDatabase<{ projects: number; revisions: number }>('SELECT (SELECT COUNT(*) FROM Project) AS projects, (SELECT COUNT(*) FROM Revision) AS revisions')[0];

test.describe.configure({ timeout: 120_000 });

let importer = '';
test.beforeAll(({}, workerInfo) => {
  importer = createAccount(workerInfo, 'importer', 'admin');
});

test.beforeEach(async ({ page }) => {
  await signInAs(page, importer);
  await page.goto('/admin/import');
});

test('a file with errors lists them by row and column and writes nothing', async ({ page }) => {
  const before = count();
  const csv = ['项目编码,项目名称,总投资（万元）,开工日期', 'code,name,totalInvestment,startDate', 'E2E-1,浏览器测试 导入甲,-20,2023-01-01', 'E2E-2,浏览器测试 导入乙,100,2023-02-30', ''].join('\n');
  await page.getByLabel('第一步：选择文件（CSV 或 XLSX）并试导入').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: '试导入', exact: true }).click();
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('文件有 2 处问题，未写入任何内容');
  await expect(errors.locator('tbody tr').nth(0)).toHaveText(['3', '总投资（万元）', '总投资不能为负数'].join(''));
  await expect(errors.locator('tbody tr').nth(1)).toHaveText(['4', '开工日期', '开工日期不是一个真实的日期'].join(''));
  await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(count()).toEqual(before);
});

test('the downloaded template imports as “no change”, twice', async ({ page }) => {
  const response = await page.request.get('/admin/import/template?format=csv');
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const template = await response.body();
  expect(template.toString('utf8')).toContain('二期车间项目');
  const before = count();
  for (let i = 0; i < 2; i += 1) {
    await page.goto('/admin/import');
    await page.getByLabel('第一步：选择文件（CSV 或 XLSX）并试导入').setInputFiles({ name: 'template.csv', mimeType: 'text/csv', buffer: template });
    await page.getByRole('button', { name: '试导入', exact: true }).click();
    await expect(page.getByTestId('import-preview')).toContainText('新增 0 个，更新 0 个，无变化 3 个');
    await page.getByLabel('导入原因').fill('核对模板');
    await page.getByLabel('来源或依据').fill('模板示例');
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByTestId('import-applied')).toContainText('新增 0 个，更新 0 个，无变化 3 个');
  }
  expect(count()).toEqual(before);
});
