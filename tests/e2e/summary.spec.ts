import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test('the summary page is reached from the home page and charts each comparison with its table', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('main')
    .getByRole('link', { name: /^数字概览/ })
    .click();
  await expect(page).toHaveURL('/summary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('数字概览');
  await expect(page.locator('figure[data-testid^="chart-"] svg[role="img"]')).toHaveCount(5);
  await expect(page.getByRole('img', { name: '2023年重点项目数：1月计划与年终报道' })).toBeVisible();

  // Plan against result: the bars, the change in words, and the same numbers in the table.
  const count2023 = page.getByTestId('chart-project-count-2023');
  await expect(count2023.locator('svg g[data-bar]')).toHaveText([
    '2023年省、市、区三级重点项目数（计划，2023年1月29日）133个',
    '2023年重点项目数（年终报道）（报道，2024年1月4日）145个',
  ]);
  await expect(page.getByTestId('change-project-count-2023')).toHaveText(
    '2023年1月29日计划133个；2024年1月4日报道145个，增加12个',
  );
  await expect(count2023.locator('tbody tr [data-value]')).toHaveText(['133个', '145个']);
  await expect(page.getByTestId('chart-investment-2023').locator('tbody tr [data-value]')).toHaveText([
    '1283.6亿元',
    '223亿元',
  ]);
  await expect(page.getByTestId('chart-investment-2023').locator('tbody tr th')).toHaveText([
    /截至2023年1月29日 · 计划/,
    /截至2024年1月4日 · 完成/,
  ]);

  // The year-end composition and the two plans.
  await expect(page.getByTestId('chart-composition-2023').locator('tbody tr [data-value]')).toHaveText([
    '65个',
    '39个',
    '34个',
    '7个',
  ]);
  await expect(page.getByTestId('chart-project-count-2023-2024').locator('tbody tr [data-value]')).toHaveText([
    '133个',
    '135个',
  ]);
  await expect(page.getByTestId('chart-investment-2023-2024').locator('tbody tr [data-value]')).toHaveText([
    '1283.6亿元',
    '1140.31亿元',
  ]);

  // Every figure in every table links to its sentence.
  const rows = page.locator('figure[data-testid^="chart-"] tbody tr');
  await expect(rows).toHaveCount(12);
  for (const row of await rows.all()) {
    const key = await row.getAttribute('data-figure');
    await expect(row.locator(`a[href^="/sources/"][href*="figure=${key}"]`)).toHaveCount(1);
  }
  await count2023.locator('tbody tr').nth(1).locator('a[href^="/sources/"]').click();
  await expect(page.getByTestId('cited-sentence')).toHaveText('2023年长清区重点项目145个');
});

test('the summary page draws its charts without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/summary');
  await expect(page.locator('svg[role="img"]')).toHaveCount(5);
  await expect(page.getByTestId('change-project-count-2023')).toHaveText(
    '2023年1月29日计划133个；2024年1月4日报道145个，增加12个',
  );
  await context.close();
});

for (const [path, change] of [
  ['/en/summary', '29 January 2023, planned: 133; 4 January 2024, reported: 145, up 12'],
  ['/zh-hant/summary', '2023年1月29日計劃133個；2024年1月4日報道145個，增加12個'],
]) {
  test(`${path} tells the change in its language and passes axe`, async ({ page }) => {
    // axe on a page of five charts and tables takes long on two busy cores.
    test.setTimeout(120_000);
    await page.goto(path);
    await expect(page.getByTestId('change-project-count-2023')).toHaveText(change);
    await expectNoAxeViolations(page);
  });
}
