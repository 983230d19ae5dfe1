import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test('the Traditional Chinese home is converted throughout, data included', async ({ page }) => {
  await page.goto('/zh-hant');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('長清區重點項目');
  await expect(page.locator('tr[data-figure="launch2023.totalInvestment"] td')).toContainText('98.8億元');
  await expect(page.locator('#set-key-projects-2023')).toHaveText('2023年省、市、區三級重點項目');
  // Characters that exist only in Simplified must not appear in the headline.
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/[长区项]/);
});

test('the English interface explains units and keeps Chinese data where no translation exists', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changqing District key projects');
  await expect(page.locator('tr[data-figure="keyProjects2023.totalInvestment"] td')).toContainText(
    '128.36 billion yuan',
  );
  await page
    .locator('tr[data-figure="keyProjects2023.totalInvestment"]')
    .getByRole('link', { name: /Source, paragraph/ })
    .click();
  await expect(page).toHaveURL('/en/sources/launch-report-2023-01-29?figure=keyProjects2023.totalInvestment#p-12');
  await expect(page.getByTestId('cited-sentence')).toContainText('1283.6亿元');
  await expectNoAxeViolations(page);
});

test('the language switch keeps the current page and query', async ({ page }) => {
  await page.goto('/sources/launch-report-2023-01-29?figure=launch2023.projectCount');
  await page.getByRole('link', { name: '繁體中文' }).click();
  await expect(page).toHaveURL('/zh-hant/sources/launch-report-2023-01-29?figure=launch2023.projectCount');
  await expect(page.getByTestId('cited-sentence')).toHaveText(
    '長清區此次開工的19個項目涉及工業、農業、康養、民生等多個領域,計劃總投資98.8億元。',
  );
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/sources/launch-report-2023-01-29?figure=launch2023.projectCount');
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL('/sources/launch-report-2023-01-29?figure=launch2023.projectCount');
});

test('each page declares its alternates in the other languages', async ({ page }) => {
  await page.goto('/en/sources');
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant"]')).toHaveAttribute(
    'href',
    /\/zh-hant\/sources$/,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute('href', /:\d+\/sources$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/sources$/);
});

test('project pages are served in all three languages', async ({ page }) => {
  await page.goto('/zh-hant/projects/beichen-phase-ii-workshop');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('二期車間項目');
  await expect(page.locator('dl').first()).toContainText('節能環保與壓力容器');
  await expect(page.locator('dl').first()).toContainText('未公開');
  await page.goto('/en/projects/beichen-phase-ii-workshop');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page
      .locator('dl')
      .first()
      .locator('div')
      .filter({ hasText: /^Total investment/ })
      .locator('dd'),
  ).toHaveText('Not published');
  await expect(
    page
      .locator('dl')
      .first()
      .locator('div')
      .filter({ hasText: /^Status/ })
      .locator('dd'),
  ).toContainText('Under construction (since 29 January 2023)');
  await expect(page.getByRole('link', { name: 'Projects', exact: true }).first()).toHaveAttribute(
    'href',
    '/en/projects',
  );
});
