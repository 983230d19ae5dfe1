import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const ZHICHENG = '/projects/zhicheng-huijia-smart-home-rosewood-furniture-workshop';
const BEICHEN = '/projects/beichen-phase-ii-workshop';
const RUNFENG = '/projects/runfeng-waste-equipment-environmental-products';
const SOURCE = '/sources/launch-report-2023-01-29';

const results = (page: Page) => page.locator('main ol');

async function searchFromHeader(page: Page, query: string) {
  await page.locator('#site-search').fill(query);
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
}

test('the header box searches from any page and lists the match with a link and a highlight', async ({ page }) => {
  await page.goto('/');
  await searchFromHeader(page, '红木');
  await expect(page).toHaveTitle('“红木”的搜索结果 - 长清区重点项目公开平台');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“红木”的搜索结果');
  await expect(page.locator('#search-q')).toHaveValue('红木');
  const project = results(page).locator(`a[href="${ZHICHENG}"]`);
  await expect(project).toHaveText('智能家居及高档红木家具标准车间建设项目');
  await expect(project.locator('mark')).toHaveText('红木');
  await expect(results(page).locator(`a[href="${SOURCE}#p-21"]`)).toHaveText(
    '长清区2023年春季重点项目集中开工仪式报道 · 第21段',
  );
  await expect(page.locator('main').getByText('共找到 2 条结果。')).toBeVisible();
});

// Each kind of query people type, and an item it must find (linked to its exact place).
const QUERIES: { q: string; hrefs: string[]; mark: string }[] = [
  { q: '康养', hrefs: [`${SOURCE}#p-4`], mark: '康养' },
  { q: '环保', hrefs: [BEICHEN, RUNFENG, `${SOURCE}#p-22`], mark: '环保' },
  { q: '二期', hrefs: [BEICHEN], mark: '二期' },
  { q: '压力容器', hrefs: [BEICHEN, RUNFENG, '/enterprises/runfeng-pressure-vessel'], mark: '压力容器' },
  { q: '智能家居', hrefs: [ZHICHENG], mark: '智能家居' },
  { q: '紅木家具', hrefs: [ZHICHENG, `${SOURCE}#p-21`], mark: '红木家具' },
  { q: '壓力容器', hrefs: [RUNFENG], mark: '压力容器' },
  { q: 'hongmu', hrefs: [ZHICHENG], mark: '红木' },
  { q: 'beichen', hrefs: [BEICHEN, '/enterprises/beichen-electromechanical'], mark: '北辰' },
  { q: '98.8', hrefs: [`${SOURCE}#p-4`, '/figures/launch2023.totalInvestment'], mark: '98.8' },
  {
    q: '1283.6',
    hrefs: [`${SOURCE}#p-12`, '/figures/keyProjects2023.totalInvestment', '/work-line/start-batch'],
    mark: '1283.6',
  },
  { q: '133', hrefs: [`${SOURCE}#p-12`], mark: '133' },
  { q: '两年见效', hrefs: ['/areas/two-year-results'], mark: '两年见效' },
  { q: '集中开工', hrefs: ['/sets/launch-2023-01-29'], mark: '集中开工' },
];

for (const { q, hrefs, mark } of QUERIES) {
  test(`“${q}” finds ${hrefs.join(', ')}`, async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    for (const href of hrefs) await expect(results(page).locator(`a[href="${href}"]`)).toHaveCount(1);
    await expect(results(page).locator('mark').first()).toHaveText(mark);
  });
}

test('a source-sentence result opens the source at that sentence', async ({ page }) => {
  await page.goto('/search?q=98.8');
  await results(page).locator(`a[href="${SOURCE}#p-4"]`).click();
  await expect(page).toHaveURL(`${SOURCE}#p-4`);
  await expect(page.locator('#p-4')).toContainText('98.8亿元');
  await expect(page.locator('#p-4')).toBeInViewport();
});

test('searching works with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sources');
  await searchFromHeader(page, 'beichen');
  await expect(results(page).locator(`a[href="${BEICHEN}"]`)).toHaveCount(1);
  await page.locator('#search-q').fill('壓力容器');
  await page.getByRole('button', { name: '搜索', exact: true }).last().click();
  await expect(results(page).locator(`a[href="${RUNFENG}"]`)).toHaveCount(1);
  await context.close();
});

test('a group shows its first hits and a link to all of them, page by page', async ({ page }) => {
  await page.goto('/search?q=%E9%A1%B9%E7%9B%AE');
  const sentences = page.locator('section[aria-labelledby="group-passage"]');
  await expect(sentences.locator('li')).toHaveCount(5);
  await sentences.getByRole('link', { name: '查看全部 27 条“来源原文”结果' }).click();
  await expect(page).toHaveURL('/search?q=%E9%A1%B9%E7%9B%AE&type=passage');
  await expect(page.getByTestId('search-hits').locator(':scope > li')).toHaveCount(20);
  await expect(page.getByText('第 1 页，共 2 页')).toBeVisible();
  await page.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL('/search?q=%E9%A1%B9%E7%9B%AE&type=passage&page=2');
  await expect(page.getByTestId('search-hits').locator(':scope > li')).toHaveCount(7);
});

test('no results and an empty search are plain pages, not errors', async ({ page }) => {
  await page.goto('/search?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E4%B8%9C%E8%A5%BF');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('没有找到与“不存在的东西”相关的内容');
  await expect(page.getByRole('link', { name: '全部来源' })).toHaveAttribute('href', '/sources');
  await page.goto('/search');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索');
  await expect(page.getByRole('heading', { name: '搜索提示' })).toBeVisible();
});

const HOSTILE = [
  '%22',
  '*',
  'AND',
  'OR%20NOT',
  'NEAR(%E7%BA%A2%E6%9C%A8%20%E4%BA%8C%E6%9C%9F)',
  '(',
  '-',
  '%F0%9F%98%80',
  '%00%01%1F',
  '%E0%A4%A',
  '%',
  'x'.repeat(2_000),
  '%E7%BA%A2%E6%9C%A8&type=drop&page=-1',
  '%E7%BA%A2%E6%9C%A8&type=project&page=abc',
  '%E7%BA%A2%E6%9C%A8&page=99999999999999999999',
];

test('hostile input always gets a page, never a server error', async ({ page }) => {
  for (const q of HOSTILE) {
    const response = await page.goto(`/search?q=${q}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto(`/search?q=${'x'.repeat(2_000)}`);
  await expect(page.getByRole('note')).toHaveText('搜索内容过长，只按前 100 个字搜索。');
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(scroll).toBe(0);
});

test('the Traditional search page shows Traditional results and keeps the language in links', async ({ page }) => {
  await page.goto('/zh-hant/search?q=%E5%A3%93%E5%8A%9B%E5%AE%B9%E5%99%A8');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“壓力容器”的搜尋結果');
  const project = results(page).locator(`a[href="/zh-hant${RUNFENG}"]`);
  await expect(project).toHaveText('垃圾處理設備及環保產品研發與製造項目');
  await expect(results(page).locator('mark').first()).toHaveText('壓力容器');
});

test('the English search page has an English interface with Chinese data', async ({ page }) => {
  await page.goto('/en/search?q=beichen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “beichen”');
  await expect(page.getByRole('heading', { name: /^Projects/ })).toBeVisible();
  await expect(results(page).locator(`a[href="/en${BEICHEN}"]`)).toHaveText('二期车间项目');
  await page.goto('/en/search?q=zzzz');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('No results for “zzzz”');
});

test('snippets are in the reader’s language only', async ({ page }) => {
  const snippets = (p: Page) => results(p).locator('li > p');
  await page.goto('/search?q=%E5%BA%B7%E5%85%BB');
  await expect(snippets(page).first()).toContainText('康养');
  for (const text of await snippets(page).allTextContents()) expect(text).not.toMatch(/[A-Za-z]{2,}/);
  await page.goto('/search?q=2023');
  for (const text of await snippets(page).allTextContents()) expect(text).not.toMatch(/[A-Za-z]{2,}/);
  await page.goto('/en/search?q=2023');
  await expect(snippets(page).first()).toBeVisible();
  for (const text of await snippets(page).allTextContents()) expect(text).not.toMatch(/\p{Script=Han}/u);
});

for (const path of [
  '/search',
  '/search?q=%E7%BA%A2%E6%9C%A8',
  '/search?q=98.8',
  '/search?q=zzzz',
  '/zh-hant/search?q=hongmu',
  '/en/search?q=%E9%A1%B9%E7%9B%AE&type=passage',
]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
