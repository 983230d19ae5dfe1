import { expect, test } from '@playwright/test';
import { createAccount, signInAs } from './admin-helpers';
import { expectNoAxeViolations } from './helpers';

const SOURCE = '/sources/launch-report-2023-01-29';
const nav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: '主导航' });

test('the navigation marks the current section, and the section’s own page as the page', async ({ page }) => {
  await page.goto('/projects');
  await expect(nav(page).getByRole('link', { name: '项目' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/sets/launch-2023-01-29');
  await expect(nav(page).locator('[aria-current]')).toHaveCount(1);
  await expect(nav(page).getByRole('link', { name: '项目' })).toHaveAttribute('aria-current', 'true');
  await page.goto('/figures/launch2023.projectCount');
  await expect(nav(page).getByRole('link', { name: '开放数据' })).toHaveAttribute('aria-current', 'true');
  await page.goto('/search?q=%E7%BA%A2%E6%9C%A8');
  await expect(nav(page).locator('[aria-current]')).toHaveCount(0);
});

test('the primary report is listed first, and its mirror address is a link', async ({ page }) => {
  await page.goto('/sources');
  await expect(page.locator('main ul > li').first().getByRole('link')).toHaveAttribute('href', SOURCE);
  await page.goto(SOURCE);
  await expect(
    page.getByRole('link', { name: 'http://www.bizip.cn/art/2023/1/30/art_52_4937463.html' }),
  ).toHaveAttribute('href', 'http://www.bizip.cn/art/2023/1/30/art_52_4937463.html');
  await page.goto('/sources/subaoxw-2024-01-04-key-projects-2023-result');
  await expect(page.getByRole('link', { name: 'http://jinan.subaoxw.com/quxian/2024/0104/146889.html' })).toBeVisible();
});

test('paragraphs are referred to one way (第21段), never ¶', async ({ page }) => {
  await page.goto(`${SOURCE}?figure=launch2023.projectCount`);
  await expect(page.getByRole('note').getByRole('link', { name: '第4段' })).toHaveAttribute('href', '#p-4');
  await expect(page.locator('#p-21 > a')).toHaveText('第21段');
  for (const path of [
    SOURCE,
    '/work-line',
    '/projects/zhicheng-huijia-smart-home-rosewood-furniture-workshop',
    '/enterprises/guochen-industrial',
  ]) {
    await page.goto(path);
    expect(await page.locator('main').textContent(), path).not.toContain('¶');
  }
  await page.goto('/work-line');
  await expect(page.getByRole('link', { name: /^来源第\d+段$/ }).first()).toBeVisible();
});

test('the footer links to the officials’ workspace, which signs you in or shows the workspace', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const workspace = page.getByRole('contentinfo').getByRole('link', { name: '工作人员工作台' });
  await expect(workspace).toHaveAttribute('href', '/admin');
  await workspace.click();
  await expect(page).toHaveURL('/admin/sign-in');
  await signInAs(page, createAccount(testInfo, 'footer', 'editor'));
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '工作人员工作台' }).click();
  await expect(page).toHaveURL('/admin');
});

test('an empty listing says what the sources report, with a link to the sentence', async ({ page }) => {
  await page.goto('/projects?sector=healthCare');
  const empty = page.getByTestId('empty-listing');
  await expect(empty.getByRole('heading', { level: 2 })).toHaveText('没有逐项公开的项目符合这些条件');
  // Tests running beside this one add projects to the same database, so the count varies here.
  await expect(empty).toContainText(/本平台逐项列出的项目共\d+个（来源点名的，和工作人员录入的）。/);
  const quote = empty.locator('li').filter({ hasText: '19个项目' });
  await expect(quote.locator('q')).toHaveText(
    '长清区此次开工的19个项目涉及工业、农业、康养、民生等多个领域,计划总投资98.8亿元。',
  );
  await expect(quote.locator('mark')).toHaveText('康养');
  await expect(quote.getByRole('link')).toHaveAttribute('href', `${SOURCE}#p-4`);
  await expect(empty.getByRole('link', { name: '各批次与计划的报道总数' })).toHaveAttribute('href', '/sets');
  await page.goto('/en/projects?kind=new');
  await expect(page.getByTestId('empty-listing').locator('li').first().getByRole('link')).toHaveAttribute(
    'href',
    `/en${SOURCE}#p-9`,
  );
  await expectNoAxeViolations(page);
});

test('the glossary explains the terms in three languages, linked from the pages that use them', async ({ page }) => {
  await page.goto('/work-line');
  await page.getByTestId('terms-on-page').getByRole('link', { name: '包挂' }).click();
  await expect(page).toHaveURL('/glossary#baogua');
  await expect(page.locator('#baogua dt')).toHaveText('包挂');
  await expect(page.locator('#baogua').getByRole('link', { name: '来源第11段' })).toHaveAttribute(
    'href',
    `${SOURCE}#p-11`,
  );
  await expect(page.locator('#money-units dd p').first()).toContainText('1亿元 = 10,000万元');
  await expect(page.locator('#not-published')).toContainText('本平台的用语，来源中没有。');
  await expectNoAxeViolations(page);
  await page.goto('/en/glossary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  await expect(page.locator('#continuing-new dt')).toHaveText('continuing / new project 续建 / 新建');
  await page.goto('/zh-hant/glossary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('術語表');
  await expect(page.locator('#three-maps-four-databases dd p').first()).toContainText('項目“信息庫”');
  for (const path of ['/', '/areas', '/sets/launch-2023-01-29', '/projects/beichen-phase-ii-workshop']) {
    await page.goto(path);
    await expect(page.getByTestId('terms-on-page').getByRole('link').first(), path).toHaveAttribute(
      'href',
      /^\/glossary#/,
    );
  }
});

test('Traditional pages keep the report’s own words and use Taiwan interface terms', async ({ page }) => {
  await page.goto('/zh-hant/projects/zhicheng-huijia-smart-home-rosewood-furniture-workshop');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('智能家居及高檔紅木家具標準車間建設項目');
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).not.toMatch(/傢俱|數據|鏈接/);
  await expect(page.getByRole('navigation', { name: '主導航' }).getByRole('link', { name: '開放資料' })).toBeVisible();
});
