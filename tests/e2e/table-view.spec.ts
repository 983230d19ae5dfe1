import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { PAGES_OF_20, PROVINCIAL_COUNT, SYNTHETIC_URL } from './synthetic';

// The project table (/projects?view=table) and the pagination's targets, on the synthetic
// database (123 projects, every fifth without an amount), without JavaScript (issue 10).
test.use({ baseURL: SYNTHETIC_URL, javaScriptEnabled: false });

const table = (page: Page) => page.getByTestId('project-table');
const header = (page: Page, name: string) => table(page).locator('thead th').filter({ hasText: name });
const investments = (page: Page) => table(page).locator('td[data-label="总投资"]');
const MONEY = /^\d+(\.\d+)?(亿元|万元)$/;
/** An amount as shown (e.g. 12.3456亿元, 800万元) in 万元; NaN for anything else. */
const toWan = (text: string) =>
  MONEY.test(text) ? Number.parseFloat(text) * (text.endsWith('亿元') ? 10_000 : 1) : Number.NaN;

test.describe('on a desktop', () => {
  test.skip(({ isMobile }) => isMobile, 'the phone layout hides the header row');

  test('sorts by GET links in the column headers, toggling the direction, with aria-sort', async ({ page }) => {
    await page.goto('/projects?level=provincial');
    await page.getByTestId('view-switch').getByRole('link', { name: '表格' }).click();
    await expect(page).toHaveURL('/projects?level=provincial&view=table');
    await expect(table(page).locator('tbody tr')).toHaveCount(20);
    await expect(header(page, '项目')).toHaveAttribute('aria-sort', 'ascending');
    await expect(table(page).locator('thead th[aria-sort]')).toHaveCount(1);
    await expect(header(page, '领域').getByRole('link')).toHaveCount(0);

    await header(page, '总投资').getByRole('link', { name: '总投资' }).click();
    await expect(page).toHaveURL('/projects?level=provincial&sort=investment&view=table');
    await expect(header(page, '总投资')).toHaveAttribute('aria-sort', 'descending');
    await expect(header(page, '项目')).not.toHaveAttribute('aria-sort');
    await expect(investments(page).first()).toHaveText(MONEY);

    await header(page, '总投资').getByRole('link', { name: '总投资' }).click();
    await expect(page).toHaveURL('/projects?level=provincial&sort=investment&dir=asc&view=table');
    await expect(header(page, '总投资')).toHaveAttribute('aria-sort', 'ascending');
    // Smallest first (the 6 provincial projects without an amount come after the 24 with one, on page 2).
    const ascending = (await investments(page).allTextContents()).map(toWan);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    // The next page keeps the order, the filter and the view.
    await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL('/projects?level=provincial&sort=investment&dir=asc&page=2&view=table');
    await expect(table(page).locator('tbody tr')).toHaveCount(PROVINCIAL_COUNT - 20);
    await expect(investments(page).last()).toHaveText('未公开');

    // Back to the list, everything else kept; the filter form keeps the table view.
    await page.getByTestId('view-switch').getByRole('link', { name: '列表' }).click();
    await expect(page).toHaveURL('/projects?level=provincial&sort=investment&dir=asc&page=2');
    await expect(page.getByTestId('project-results').locator('li')).toHaveCount(PROVINCIAL_COUNT - 20);
  });

  test('keeps the table view through the filter form', async ({ page }) => {
    await page.goto('/projects?view=table&sector=agriculture');
    await page.getByRole('button', { name: '应用筛选' }).click();
    await expect(page).toHaveURL(/[?&]view=table$/);
    await expect(table(page)).toBeVisible();
  });

  test.describe('with JavaScript', () => {
    test.use({ javaScriptEnabled: true });
    test('the table has no axe violations', async ({ page }) => {
      await page.goto('/projects?view=table&sort=date');
      await expect(header(page, '开工日期')).toHaveAttribute('aria-sort', 'descending');
      await expectNoAxeViolations(page);
    });
  });
});

test('every page-number link is a target of at least 44 × 44 px', async ({ page }) => {
  await page.goto(`/projects?page=3`);
  const targets = page.getByRole('navigation', { name: '分页' }).locator('a, [aria-current="page"]');
  // ‹ previous, 1, 2, 3 (current), 4, 7, next ›
  expect(await targets.count()).toBe(7);
  for (const target of await targets.all()) {
    const box = (await target.boundingBox())!;
    const name = (await target.textContent())!.trim();
    expect(box.height, name).toBeGreaterThanOrEqual(44);
    if (/^\d+$/.test(name)) expect(box.width, name).toBeGreaterThanOrEqual(44);
  }
  await expect(
    page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: String(PAGES_OF_20) }),
  ).toBeVisible();
});

test('the table is a cacheable public page', async ({ request }) => {
  const response = await request.get('/projects?view=table&sort=investment&dir=asc');
  expect(response.status()).toBe(200);
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(response.headers()['cache-control']).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=60');
});

test.describe('on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'the mobile project runs these');

  test('each project row becomes a summary list, no wider than the screen', async ({ page }) => {
    await page.goto('/projects?view=table&sort=investment');
    const cells = table(page).locator('tbody tr').first().locator('td');
    await expect(cells).toHaveCount(4);
    for (const cell of await cells.all()) expect((await cell.boundingBox())!.width).toBeGreaterThan(300);
    await expect(cells.nth(2)).toHaveAttribute('data-label', '总投资');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The sort links stay on a phone, as one line above the rows, each a 44 px target.
    const sortLink = header(page, '总投资').getByRole('link', { name: '总投资' });
    await expect(sortLink).toBeVisible();
    expect((await sortLink.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect((await header(page, '领域').boundingBox())!.width).toBeLessThanOrEqual(1);
    await sortLink.click();
    await expect(page).toHaveURL('/projects?sort=investment&dir=asc&view=table');
  });
});
