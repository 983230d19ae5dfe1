import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test('/changes hides the initial load by default, and shows it and filters by type with a GET form', async ({
  page,
}) => {
  // Six page loads and axe on a list of 20 entries: more than the default on two busy cores.
  test.setTimeout(120_000);
  await page.goto('/changes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('更新记录');
  await expect(page.getByRole('status').first()).toHaveText(
    /^共 \d+ 条记录 首次按来源载入的 80 条“新建”记录未显示。 显示这些记录$/,
  );
  // None of the ~80 "新建" entries of the first load opens the page.
  await expect(
    page.locator('li[data-change]').filter({ hasText: /^新建/ }).filter({ hasText: '操作角色：来源数据导入' }),
  ).toHaveCount(0);
  await expect(page.getByLabel('显示首次按来源载入的记录')).not.toBeChecked();

  await page.getByLabel('类型').selectOption('set');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL('/changes?type=set');
  await expect(page.getByRole('status').first()).toHaveText(
    '共 0 条记录 首次按来源载入的 2 条“新建”记录未显示。 显示这些记录',
  );
  await page.getByRole('link', { name: '显示这些记录' }).click();
  await expect(page).toHaveURL('/changes?type=set&initial=show');
  await expect(page.getByRole('status').first()).toHaveText('共 2 条记录');
  await expect(page.getByLabel('显示首次按来源载入的记录')).toBeChecked();
  await expect(page.locator('li[data-change]')).toHaveCount(2);
  await expect(page.locator('li[data-change]').first()).toContainText('来源数据导入');

  // The same through the form: the checkbox is a GET parameter.
  await page.goto('/changes');
  await page.getByLabel('显示首次按来源载入的记录').check();
  await page.getByRole('button', { name: '筛选' }).click();
  // An empty type is sent as "type=" (all types).
  await expect(page).toHaveURL('/changes?type=&initial=show');
  await expect(page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' })).toHaveAttribute(
    'href',
    '/changes?initial=show&page=2',
  );
  await expectNoAxeViolations(page);
});

test('/changes survives bad parameters', async ({ page }) => {
  for (const query of ['?type=%27%22*&page=-5', '?page=99999999999', `?type=${'x'.repeat(2000)}`]) {
    const response = await page.goto(`/changes${query}`);
    expect(response?.status()).toBe(200);
  }
});

test('every page shows when the data was last updated', async ({ page }) => {
  for (const path of ['/', '/figures', '/data', '/changes']) {
    await page.goto(path);
    await expect(page.getByTestId('data-updated')).toHaveText(/^数据更新于 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$/);
  }
});

test('/data documents every dataset and passes axe', async ({ page }) => {
  await page.goto('/data');
  for (const name of ['项目', '项目集', '数据', '工作事项', '来源'])
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  await expect(page.getByText('CC BY 4.0').first()).toBeVisible();
  await expect(page.getByText('oc4ids-changqing-').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('/api documents the endpoints and passes axe', async ({ page }) => {
  await page.goto('/api');
  await expect(page.getByRole('heading', { level: 3, name: /GET \/api\/v1\/projects — / })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the CSV download has the BOM and Chinese intact', async ({ request }) => {
  const response = await request.get('/data/projects.csv?sector=industry');
  expect(response.status()).toBe(200);
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.subarray(3).toString('utf8');
  expect(text.split('\r\n')[0]).toMatch(/^slug,name,nameEn,enterpriseId,enterpriseName,enterpriseNameEn,/);
  expect(text).toContain('智能家居及高档红木家具标准车间建设项目');
  expect(text).toContain('节能环保与压力容器');
});

test('feeds and the API answer through the server', async ({ request }) => {
  const feed = await request.get('/feed.xml');
  expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const api = await request.get('/api/v1/figures/launch2023.totalInvestment');
  expect(api.headers()['access-control-allow-origin']).toBe('*');
  expect((await api.json()).data.value).toBe('988000');
  const again = await request.get('/api/v1/figures/launch2023.totalInvestment', {
    headers: { 'If-None-Match': api.headers().etag },
  });
  expect(again.status()).toBe(304);
});

test('the feature pages fit a phone without sideways scrolling and pass axe', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [
    '/figures',
    '/figures/keyProjects2023.projectCount',
    '/figures/keyProjects2024.totalInvestmentMirror',
    '/changes',
    '/changes?type=source',
    '/data',
    '/api',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto('/figures');
  await expectNoAxeViolations(page);
});
