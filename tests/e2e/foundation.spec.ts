import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoPinyin } from './helpers';

const SOURCE = '/sources/launch-report-2023-01-29';

// Each headline figure as the page must show it, with the paragraph its sentence is in.
const HEADLINE = [
  { key: 'launch2023.date', text: '2023年1月29日', anchor: 'p-1' },
  { key: 'launch2023.projectCount', text: '19个', anchor: 'p-4' },
  { key: 'launch2023.totalInvestment', text: '98.8亿元', anchor: 'p-4' },
  { key: 'keyProjects2023.projectCount', text: '133个', anchor: 'p-12' },
  { key: 'keyProjects2023.totalInvestment', text: '1283.6亿元', anchor: 'p-12' },
  { key: 'keyProjects2023.continuingCount', text: '62个', anchor: 'p-9' },
  { key: 'keyProjects2023.newCount', text: '71个', anchor: 'p-9' },
  { key: 'keyProjects2023.completionTarget', text: '48个', anchor: 'p-12' },
];

test('home shows each headline figure with its unit and a link to its sentence', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('长清区重点项目公开平台');
  for (const figure of HEADLINE) {
    const row = page.locator(`tr[data-figure="${figure.key}"]`);
    await expect(row.locator('td')).toContainText(figure.text);
    await expect(row.getByRole('link', { name: /来源第/ })).toHaveAttribute(
      'href',
      `${SOURCE}?figure=${encodeURIComponent(figure.key)}#${figure.anchor}`,
    );
  }
});

test('home shows reported totals beside what is itemised', async ({ page }) => {
  await page.goto('/');
  const notes = page.getByTestId('itemised-note');
  await expect(notes.nth(0)).toHaveText(
    '逐项公开：已公开名称 3 个项目；各项目投资额均未公开，无法与报道总额相加核对。',
  );
  await expect(notes.nth(1)).toHaveText('逐项公开：来源未列出任何项目名称。');
});

test('following a figure link lands on its sentence, highlighted', async ({ page }) => {
  await page.goto('/');
  await page
    .locator('tr[data-figure="launch2023.totalInvestment"]')
    .getByRole('link', { name: /来源第/ })
    .click();
  await expect(page).toHaveURL(`${SOURCE}?figure=launch2023.totalInvestment#p-4`);
  const mark = page.getByTestId('cited-sentence');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText('长清区此次开工的19个项目涉及工业、农业、康养、民生等多个领域,计划总投资98.8亿元。');
  await expect(page.locator('#p-4')).toContainText('98.8亿元');
  await expect(mark).toBeInViewport();
});

test('the highlight works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SOURCE}?figure=keyProjects2023.newCount#p-9`);
  await expect(page.getByTestId('cited-sentence')).toHaveText(
    '指导督促62个续建项目及时复工,71个新建项目原则上上半年全部开工;',
  );
  await context.close();
});

test('source page shows metadata, passages with anchors and the raw text as a download', async ({ page }) => {
  await page.goto(SOURCE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('长清区2023年春季重点项目集中开工仪式报道');
  await expect(page.locator('dl')).toContainText('吴晓璐');
  await expect(page.locator('dl')).toContainText('http://www.bizip.cn/art/2023/1/30/art_52_4937463.html');
  await expect(page.locator('.passage')).toHaveCount(24);
  await page.getByText('原始文本（收到时的样子）').click();
  const download = await page.request.get(`${SOURCE}/raw`);
  expect(download.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(await download.text()).toContain('長清區(qū)2023年春季重點項目集中開工儀式舉行');
});

test('no page contains a pinyin annotation or page chrome', async ({ page }) => {
  for (const path of ['/', '/sources', SOURCE, `${SOURCE}?figure=launch2023.projectCount`]) {
    await page.goto(path);
    await expectNoPinyin(page);
    await expect(page.locator('body')).not.toContainText('热点推荐');
  }
});

test('unknown pages and bad parameters get plain answers, not errors', async ({ page }) => {
  const missing = await page.goto('/sources/no-such-source');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到页面');
  expect((await page.goto(`/sources/${encodeURIComponent('\'"*')}`))?.status()).toBe(404);
  const odd = await page.goto(`${SOURCE}?figure=${'x'.repeat(2000)}`);
  expect(odd?.status()).toBe(200);
  await expect(page.getByTestId('cited-sentence')).toHaveCount(0);
});

test('"Page not found" is shown without JavaScript too, in the language of the address, with a 404', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const cases: [string, string, string][] = [
    ['/projects/no-such-project', 'zh-Hans', '未找到页面'],
    ['/en/sources/no-such-source', 'en', 'Page not found'],
    ['/zh-hant/no/such/page', 'zh-Hant', '未找到頁面'],
    ['/page-not-found', 'zh-Hans', '未找到页面'],
  ];
  for (const [path, lang, heading] of cases) {
    const response = await page.goto(path);
    expect([path, response?.status()]).toEqual([path, 404]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(new RegExp(`^${heading}`));
  }
  await context.close();
});

test('axe finds no violations on the home and source pages', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page);
  await page.goto(`${SOURCE}?figure=launch2023.totalInvestment#p-4`);
  await expectNoAxeViolations(page);
});

test('the mobile layout has no horizontal scroll', async ({ page }) => {
  for (const path of ['/', SOURCE]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }
});

test('a path with broken percent-encoding gets a plain 400 page, not an error', async ({ request }) => {
  for (const path of ['/sources/%E0%A4', '/projects/%E0%A4%A', '/en/figures/%C3']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text()).toContain('网址无效');
  }
});

test('an API or feed path with broken percent-encoding gets a 400 in its own format, not an error', async ({
  request,
}) => {
  for (const kind of ['projects', 'sets', 'figures', 'initiatives', 'sources']) {
    const response = await request.get(`/api/v1/${kind}/%E0%A4`);
    expect(response.status(), kind).toBe(400);
    expect(response.headers()['access-control-allow-origin'], kind).toBe('*');
    expect(await response.json()).toEqual({
      error: {
        status: 400,
        code: 'invalidParameter',
        parameter: 'path',
        message: 'path: the address has broken percent-encoding',
      },
    });
  }
  const feed = await request.get('/projects/%E0%A4/feed.xml');
  expect(feed.status()).toBe(400);
  expect(await feed.text()).toContain('网址无效');
});
