import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { AGRICULTURE_PROVINCIAL, PAGES_OF_20, PROVINCIAL_COUNT, SYNTHETIC_URL, TOTAL_PROJECTS } from './synthetic';

test.use({ baseURL: SYNTHETIC_URL, javaScriptEnabled: false });

const investments = (page: import('@playwright/test').Page) =>
  page.getByTestId('project-results').locator('dd[data-field="investment"]');

test('the listing pages through every project with numbered links, without JavaScript', async ({ page }) => {
  await page.goto('/projects');
  await expect(page).toHaveTitle(`项目（第 1 页，共 ${PAGES_OF_20} 页） - 长清区重点项目公开平台`);
  await expect(page.getByTestId('result-count')).toHaveText(`共 ${TOTAL_PROJECTS} 个项目`);
  await expect(page.getByTestId('project-results').locator('li')).toHaveCount(20);
  await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL('/projects?page=2');
  await expect(page).toHaveTitle(`项目（第 2 页，共 ${PAGES_OF_20} 页） - 长清区重点项目公开平台`);
  await page
    .getByRole('navigation', { name: '分页' })
    .getByRole('link', { name: String(PAGES_OF_20) })
    .click();
  await expect(page.getByTestId('project-results').locator('li')).toHaveCount(TOTAL_PROJECTS - 20 * (PAGES_OF_20 - 1));
});

test('filters apply from a plain form, keep every choice in the URL and start again at page 1', async ({ page }) => {
  await page.goto('/projects?page=3');
  // No filter chosen yet: the filters wait behind their disclosure, which opens without JavaScript.
  await expect(page.getByLabel('领域')).toBeHidden();
  await page.getByText('筛选和排序', { exact: true }).click();
  await page.getByLabel('领域').selectOption('agriculture');
  await page.getByLabel('级别').selectOption('provincial');
  await page.getByRole('button', { name: '应用筛选' }).click();
  await expect(page).toHaveURL(
    '/projects?q=&set=&sector=agriculture&chain=&level=provincial&kind=&status=&town=&sort=name',
  );
  await expect(page.getByTestId('result-count')).toHaveText(`共 ${AGRICULTURE_PROVINCIAL.length} 个项目`);
  // Each name under its enterprise's (synthetic project n belongs to 示例企业 n, up to 500).
  await expect(page.getByTestId('project-results').getByRole('heading')).toHaveText(
    AGRICULTURE_PROVINCIAL.map((name) => `示例企业 ${name.slice(-3)} ${name}`),
  );
  await expect(page.getByTestId('filters')).toHaveAttribute('open', '');
  await expect(page.getByTestId('filters').locator('summary')).toHaveText('筛选和排序（已选 2 项）');
  await expect(page.getByLabel('领域')).toHaveValue('agriculture');
  const downloads = page.getByTestId('downloads');
  await expect(downloads.getByRole('link', { name: 'CSV' })).toHaveAttribute(
    'href',
    '/data/projects.csv?sector=agriculture&level=provincial',
  );
  await expect(downloads.getByRole('link', { name: 'JSON' })).toHaveAttribute(
    'href',
    '/data/projects.json?sector=agriculture&level=provincial',
  );
  // The download holds the same rows as the filtered listing: a header and one line per project.
  const csv = await (await page.request.get('/data/projects.csv?sector=agriculture&level=provincial')).text();
  const lines = csv.trim().split('\n');
  expect(lines).toHaveLength(1 + AGRICULTURE_PROVINCIAL.length);
  expect(lines.slice(1).map((line) => AGRICULTURE_PROVINCIAL.find((name) => line.includes(name)))).toEqual(
    AGRICULTURE_PROVINCIAL,
  );
});

test('says how many projects have no published 镇街, lists them with the town filter, and names the units in three languages', async ({
  page,
}) => {
  // The synthetic projects have no town: officials record it, nothing guesses it.
  await page.goto('/projects?page=2');
  const coverage = page.getByTestId('town-coverage');
  await expect(coverage).toHaveText(`在全部已公开项目中，有 ${TOTAL_PROJECTS} 个暂无所在镇街的公开记录。查看这些项目`);
  await coverage.getByRole('link', { name: '查看这些项目' }).click();
  await expect(page).toHaveURL('/projects?town=none');
  await expect(page.getByTestId('result-count')).toHaveText(`共 ${TOTAL_PROJECTS} 个项目`);
  await expect(page.getByTestId('town-coverage')).toHaveCount(0);
  await expect(page.getByLabel('镇街')).toHaveValue('none');
  await expect(page.getByLabel('镇街').locator('option')).toHaveText([
    '全部',
    '文昌街道',
    '崮云湖街道',
    '平安街道',
    '五峰山街道',
    '归德街道',
    '张夏街道',
    '万德街道',
    '孝里街道',
    '马山镇',
    '双泉镇',
    '暂无公开记录',
  ]);
  await page.getByLabel('镇街').selectOption('370113008');
  await page.getByRole('button', { name: '应用筛选' }).click();
  await expect(page).toHaveURL('/projects?q=&set=&sector=&chain=&level=&kind=&status=&town=370113008&sort=name');
  await expect(page.getByTestId('result-count')).toHaveText('共 0 个项目');
  await expect(page.getByTestId('filters').locator('summary')).toHaveText('筛选和排序（已选 1 项）');

  await page.goto('/zh-hant/projects?town=370113008');
  await expect(page.getByLabel('鎮街').locator('option:checked')).toHaveText('孝里街道');
  await page.goto('/en/projects');
  await expect(page.getByTestId('town-coverage')).toHaveText(
    `Of all published projects, ${TOTAL_PROJECTS} have no published town or subdistrict. Show those projects`,
  );
  await page.goto('/en/projects?town=370113003');
  await expect(page.getByLabel('Town or subdistrict').locator('option:checked')).toHaveText("Ping'an Subdistrict");
});

test('pagination links keep the filters', async ({ page }) => {
  await page.goto('/projects?level=provincial');
  await expect(page.getByTestId('result-count')).toHaveText(`共 ${PROVINCIAL_COUNT} 个项目`);
  await page.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL('/projects?level=provincial&page=2');
  await expect(page.getByTestId('project-results').locator('li')).toHaveCount(PROVINCIAL_COUNT - 20);
});

test('sorting by investment puts unpublished amounts last', async ({ page }) => {
  await page.goto(`/projects?sort=investment&page=${PAGES_OF_20}`);
  await expect(investments(page).last()).toHaveText('未公开');
  await page.goto('/projects?sort=investment');
  await expect(investments(page).first()).toHaveText(/^\d+(\.\d+)?(亿元|万元)$/);
});

test('bad listing parameters fall back to defaults instead of failing', async ({ page }) => {
  for (const query of [
    'page=-1',
    'page=abc',
    'page=1e99',
    'sort=drop',
    'sector=%27%22*',
    `chain=${'x'.repeat(2000)}`,
    'pageSize=100000',
    'status=%E0%A4%A',
    'town=370112001',
  ]) {
    const response = await page.goto(`/projects?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('项目');
  }
  await page.goto('/projects?page=999');
  await expect(page.getByText('这一页没有项目。')).toBeVisible();
});

test.describe('with JavaScript', () => {
  test.use({ javaScriptEnabled: true });
  test('the listing has no axe violations', async ({ page }) => {
    await page.goto('/projects?level=provincial&page=2');
    await expectNoAxeViolations(page);
  });
});
