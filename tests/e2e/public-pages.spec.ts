import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoPinyin } from './helpers';

const ZHICHENG = '/projects/zhicheng-huijia-smart-home-rosewood-furniture-workshop';

test('a project page shows its key facts, says plainly what is not published, and links its source', async ({
  page,
}) => {
  await page.goto(ZHICHENG);
  await expect(page).toHaveTitle('智能家居及高档红木家具标准车间建设项目 - 长清区重点项目公开平台');
  await expect(page.getByRole('navigation', { name: '您的位置' })).toContainText(
    '首页›项目›智能家居及高档红木家具标准车间建设项目',
  );
  const facts = page.locator('dl').first();
  await expect(facts.locator('div').filter({ hasText: /^企业/ }).locator('dd')).toHaveText(
    '智诚慧家(山东)科技有限公司',
  );
  await expect(
    facts
      .locator('div')
      .filter({ hasText: /^总投资/ })
      .locator('dd'),
  ).toHaveText('未公开');
  await expect(facts.locator('div').filter({ hasText: /^状态/ }).locator('dd')).toContainText(
    '已开工·在建（自2023年1月29日起）来源第1段',
  );
  const startDate = facts.locator('div').filter({ hasText: /^开工日期/ });
  await expect(startDate.getByRole('link', { name: /^来源第1段/ })).toHaveAttribute(
    'href',
    '/sources/launch-report-2023-01-29?figure=launch2023.date#p-1',
  );
  await expect(startDate.getByTestId('figure-detail-link')).toHaveAttribute('href', '/figures/launch2023.date');
  await expect(
    facts
      .locator('div')
      .filter({ hasText: /^产业链/ })
      .locator('dd'),
  ).toHaveText('智能制造与高端装备');
  await expect(page.getByRole('link', { name: '来源原句（第21段）' })).toHaveAttribute(
    'href',
    '/sources/launch-report-2023-01-29#p-21',
  );
  await expect(page.getByRole('link', { name: '2023年春季重点项目集中开工（1月29日）' })).toHaveAttribute(
    'href',
    '/sets/launch-2023-01-29',
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    '智能家居及高档红木家具标准车间建设项目',
  );
});

test('projects of the same industry chain link to each other', async ({ page }) => {
  await page.goto('/projects/beichen-phase-ii-workshop');
  await expect(page.getByRole('heading', { name: '同一产业链（节能环保与压力容器）的其他项目' })).toBeVisible();
  await expect(page.getByRole('link', { name: '垃圾处理设备及环保产品研发与制造项目' })).toHaveAttribute(
    'href',
    '/projects/runfeng-waste-equipment-environmental-products',
  );
});

test('the launch batch page says how many of the 19 are named', async ({ page }) => {
  await page.goto('/sets/launch-2023-01-29');
  await expect(page.getByTestId('gap')).toHaveText(
    '报道称共 19 个项目，其中已公开名称 3 个，其余 16 个（19 − 3）未公开名称。',
  );
  await expect(page.locator('tr[data-figure="launch2023.totalInvestment"] td')).toContainText('98.8亿元');
  await expect(page.getByRole('link', { name: '二期车间项目' })).toHaveAttribute(
    'href',
    '/projects/beichen-phase-ii-workshop',
  );
});

test('/sets lists every batch and programme, and a set page leads back to it', async ({ page }) => {
  await page.goto('/sets/launch-2023-01-29');
  await page.getByRole('navigation', { name: '您的位置' }).getByRole('link', { name: '批次与计划' }).click();
  await expect(page).toHaveURL('/sets');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('批次与计划');
  await expect(page.getByRole('heading', { level: 2 }).getByRole('link')).toHaveText([
    '2023年春季重点项目集中开工（1月29日）',
    '2023年省、市、区三级重点项目',
  ]);
});

test('the programme page charts its composition with the same numbers in a table', async ({ page }) => {
  await page.goto('/sets/key-projects-2023');
  await expect(page.getByRole('img', { name: '2023年重点项目构成' })).toBeVisible();
  const table = page.getByTestId('composition-table');
  await expect(table.locator('tbody tr')).toHaveText([/续建项目62/, /新建项目71/, /重点项目总数133/, /计划竣工投产48/]);
  await expect(page.getByTestId('sum-check')).toHaveText('续建与新建之和为 133 个，与报道总数 133 个一致。');
  // The source's words, with the portal's reading of 上半年 only as a note.
  await expect(page.getByTestId('deadline')).toHaveText(
    '来源原话：“71个新建项目原则上上半年全部开工”。（本平台把“上半年”理解为2023年6月30日前。）',
  );
  await expect(page.getByTestId('gap')).toHaveText(
    '报道称共 133 个项目，其中已公开名称 0 个，其余 133 个（133 − 0）未公开名称。',
  );
});

test('the work line page shows the 1+4 line, the four batches, the mechanisms and their targets', async ({ page }) => {
  await page.goto('/work-line');
  for (const id of [
    'work-line',
    'project-push',
    'investment-promotion',
    'business-environment',
    'open-thinking',
    'talent-innovation',
    'four-batches',
    'sign-batch',
    'project-mechanisms',
    'project-sponsor',
    'dispatching',
    'level-resolution',
    'inspection-assessment',
    'three-maps-four-databases',
  ]) {
    await expect(page.locator(`[data-initiative="${id}"]`)).toHaveCount(1);
  }
  await expect(page.locator('tr[data-figure="investmentPromotion2023.outsideInvestmentGrowth"] td')).toContainText(
    '7%以上',
  );
  await expect(page.locator('[data-initiative="dispatching"]')).toContainText('无事勿扰、重点盯靠、务实高效');
  await page.getByRole('link', { name: '项目包挂机制' }).click();
  await expect(page).toHaveURL('/work-line/project-sponsor');
  await expect(
    page.getByText('每个重点项目设立总协调人、总调度人、协调责任人、调度责任人', { exact: true }),
  ).toBeVisible();
});

test('the areas page lists the four named areas and six unpublished ones, never invented', async ({ page }) => {
  await page.goto('/areas');
  await expect(page.getByTestId('area-count')).toHaveText(
    '来源称共 10 个方面，列出了其中 4 个；其余 6 个（10 − 4）未公开。',
  );
  const items = page.getByTestId('area-list').locator('li');
  await expect(items).toHaveCount(10);
  await expect(items.locator('a')).toHaveText([
    '黄河重大国家战略走深走实',
    '项目建设突破',
    '招商引资精准发力',
    '实体经济做大做强',
  ]);
  await expect(page.locator('[data-unpublished="true"]')).toHaveCount(6);
  await page.getByRole('link', { name: '项目建设突破' }).click();
  await expect(page).toHaveURL('/areas/project-breakthrough');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('项目建设突破');
});

test('an enterprise page shows what the source says of it', async ({ page }) => {
  await page.goto('/enterprises/guochen-industrial');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('山东国辰实业集团有限公司');
  await expect(page.getByText('来源没有将该企业的项目列为开工项目。')).toBeVisible();
  await expect(page.locator('blockquote')).toContainText('着手布局海水淡化产业');
});

test('unknown items are 404 pages', async ({ page }) => {
  for (const path of [
    '/projects/no-such-project',
    "/projects/'%22*",
    '/sets/nope',
    '/work-line/two-year-results',
    '/areas/work-line',
    '/enterprises/x',
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

for (const path of [
  '/',
  '/sources',
  ZHICHENG,
  '/projects',
  '/sets/key-projects-2023',
  '/work-line',
  '/work-line/project-sponsor',
  '/areas',
  '/areas/project-breakthrough',
  '/enterprises/guochen-industrial',
]) {
  test(`${path} has Open Graph and canonical tags, no pinyin, no axe violations and no horizontal scroll`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', '长清区重点项目公开平台');
    // The home page's canonical URL is the bare origin.
    const canonicalPath = path === '/' ? '' : path;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `http://localhost:${process.env.E2E_PORT ?? 3100}${canonicalPath}`,
    );
    await expectNoPinyin(page);
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the sitemap index, its parts and robots list the public pages in three languages', async ({ request }) => {
  const index = await (await request.get('/sitemap.xml')).text();
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  expect(parts).toEqual(['/sitemap/pages-0.xml', '/sitemap/enterprises-0.xml', '/sitemap/projects-0.xml']);
  const sitemap = (await Promise.all(parts.map(async (part) => (await request.get(part)).text()))).join('');
  expect(sitemap).toContain('/projects/beichen-phase-ii-workshop</loc>');
  expect(sitemap).toContain(
    `hreflang="zh-Hant" href="http://localhost:${process.env.E2E_PORT ?? 3100}/zh-hant/areas/project-breakthrough"`,
  );
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /admin');
  expect(robots).toContain(`Sitemap: http://localhost:${process.env.E2E_PORT ?? 3100}/sitemap.xml`);
});
