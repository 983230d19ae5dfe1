import { expect, test } from '@playwright/test';

// Downloads on /figures and search results, /summary in the navigation, the Chinese /api page
// and a mirror copy's date on its figures' pages (issue 10), on the shipped data.
const NAV_NAMES: Record<string, string> = { '': '主导航', '/zh-hant': '主導航', '/en': 'Main navigation' };
const nav = (page: import('@playwright/test').Page, prefix = '') =>
  page.getByRole('navigation', { name: NAV_NAMES[prefix] });

test('the navigation links /summary in every language and marks it on its page', async ({ page }) => {
  for (const [prefix, name] of [
    ['', '数字概览'],
    ['/zh-hant', '數字概覽'],
    ['/en', 'At a glance'],
  ]) {
    await page.goto(`${prefix}/summary`);
    const link = nav(page, prefix).getByRole('link', { name, exact: true });
    await expect(link).toHaveAttribute('href', `${prefix}/summary`);
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(nav(page, prefix).locator('[aria-current]')).toHaveCount(1);
  }
  await page.goto('/projects');
  await expect(nav(page).getByRole('link', { name: '数字概览' })).not.toHaveAttribute('aria-current');
});

test('/figures links the figures as CSV and JSON', async ({ page, request }) => {
  await page.goto('/figures');
  const downloads = page.getByTestId('downloads');
  await expect(downloads).toHaveText('下载全部数据：CSV · JSON');
  await expect(downloads.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', '/data/figures.csv');
  await expect(downloads.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', '/data/figures.json');
  expect((await request.get('/data/figures.csv')).status()).toBe(200);
});

test('search results link the same results as CSV and JSON, stating the cap', async ({ page, request }) => {
  await page.goto('/search?q=%E7%BA%A2%E6%9C%A8');
  const downloads = page.getByTestId('downloads');
  await expect(downloads).toHaveText('下载这些结果（每类最多前 200 条）：CSV · JSON');
  await expect(downloads.getByRole('link', { name: 'CSV' })).toHaveAttribute(
    'href',
    '/search/results.csv?q=%E7%BA%A2%E6%9C%A8',
  );
  const csv = await request.get('/search/results.csv?q=%E7%BA%A2%E6%9C%A8');
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(await csv.text()).toContain(
    'project,zhicheng-huijia-smart-home-rosewood-furniture-workshop,智能家居及高档红木家具标准车间建设项目,',
  );
  const json = await (await request.get('/search/results.json?q=%E7%BA%A2%E6%9C%A8')).json();
  expect(json.meta.capPerKind).toBe(200);
});

test('the Chinese /api page describes the parameters in Chinese', async ({ page }) => {
  await page.goto('/api');
  const pageSize = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'pageSize' }) })
    .first();
  await expect(pageSize.getByRole('cell').first()).toHaveText('每页行数，最多 100');
  await expect(
    page.getByRole('heading', { level: 3, name: 'GET /api/v1/projects — 项目（可筛选、分页）' }),
  ).toBeVisible();
  expect(await page.locator('main').textContent()).not.toContain('Rows per page');
  await page.goto('/zh-hant/api');
  await expect(
    page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'pageSize' }) })
      .first()
      .getByRole('cell')
      .first(),
  ).toHaveText('每頁行數，最多 100');
});

test('a figure read from a mirror copy shows the copy’s date, labelled as such', async ({ page }) => {
  await page.goto('/figures/keyProjects2024.totalInvestmentMirror');
  await expect(page.getByTestId('copy-date')).toHaveText('2024年8月22日');
  await expect(page.locator('main dl').first().getByText('镜像副本日期', { exact: true })).toBeVisible();
  await expect(page.locator('main dl').first().getByText('截至日期', { exact: true })).toHaveCount(0);
  // Its timeline says so too, for this figure only (the 2024-02-20 report gives its own date).
  await expect(page.getByTestId('timeline-copy-date')).toHaveCount(1);
  await expect(
    page.locator('tr[data-figure="keyProjects2024.totalInvestmentMirror"]').getByTestId('timeline-copy-date'),
  ).toHaveText('镜像副本日期');
  await page.goto('/figures/launch2023.projectCount');
  await expect(page.getByTestId('copy-date')).toHaveText('2023年1月30日');
  await expect(page.locator('main dl').first().getByText('截至日期', { exact: true })).toHaveCount(1);
});
