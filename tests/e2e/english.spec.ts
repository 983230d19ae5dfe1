import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const ZHICHENG = '/projects/zhicheng-huijia-smart-home-rosewood-furniture-workshop';
const ROSEWOOD = 'Standard workshop for smart homes and high-end rosewood furniture';
const REPORT = '长清区2023年春季重点项目集中开工仪式报道';

test.describe("English names (the portal's translation)", () => {
  test("a project page names the project in English, marked as the portal's translation, with the Chinese name marked zh-Hans", async ({
    page,
  }) => {
    await page.goto(`/en${ZHICHENG}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${ROSEWOOD} (portal's translation)`);
    await expect(page.locator('main p[lang="zh-Hans"]').first()).toHaveText('智能家居及高档红木家具标准车间建设项目');
    await expect(page.getByRole('link', { name: /^Zhicheng Huijia \(Shandong\) Technology Co\., Ltd\./ })).toHaveText(
      "Zhicheng Huijia (Shandong) Technology Co., Ltd. (portal's translation) · 智诚慧家(山东)科技有限公司",
    );
    await expect(page.getByTestId('same-chain').locator('[lang="zh-Hans"]')).toHaveText('智能制造与高端装备');
    await expect(page).toHaveTitle(
      /^Standard workshop for smart homes and high-end rosewood furniture \(portal's translation\) · 智能家居/,
    );
    await expectNoAxeViolations(page);
  });

  test('Chinese pages keep the Chinese name and show no English rendering', async ({ page }) => {
    await page.goto(ZHICHENG);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('智能家居及高档红木家具标准车间建设项目');
    // (The history lists the stored English name as one of the fields loaded, like every field.)
    await expect(page.locator('[data-name-en], [data-translation-mark]')).toHaveCount(0);
    await expect(page.locator('main [lang="zh-Hans"]')).toHaveCount(0);
  });

  test('enterprise and work-line pages too', async ({ page }) => {
    await page.goto('/en/enterprises/guochen-industrial');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Shandong Guochen Industrial Group Co., Ltd. (portal's translation)",
    );
    await expect(page.locator('main p[lang="zh-Hans"]').first()).toHaveText('山东国辰实业集团有限公司');
    await page.goto('/en/work-line/project-push');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Project push (portal's translation)");
    await expect(page.locator('main p[lang="zh-Hans"]').first()).toHaveText('项目攻坚');
  });

  test('English search finds them: "rosewood" finds 智诚慧家\'s project', async ({ page }) => {
    await page.goto('/en/search?q=rosewood');
    await expect(page.locator(`main a[href="/en${ZHICHENG}"]`)).toHaveCount(1);
    await expect(page.getByTestId('search-hits').first().locator('p')).toHaveText(`${ROSEWOOD} (portal's translation)`);
  });
});

test.describe('The history in English', () => {
  test("the loader's reason is in English and its evidence is the source's title, linked, on /changes?initial=show", async ({
    page,
  }) => {
    await page.goto('/en/changes?initial=show&type=project');
    const first = page.locator('[data-change]').filter({ hasText: 'Loaded from the source report' }).first();
    await expect(first.locator('p.text-sm')).toContainText(
      `Reason: Loaded from the source report; Evidence: ${REPORT}`,
    );
    const evidence = first.getByRole('link', { name: REPORT });
    await expect(evidence).toHaveAttribute('href', '/en/sources/launch-report-2023-01-29');
    await expect(evidence).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('main')).not.toContainText('按来源报道载入');
    await expect(page.locator('main')).not.toContainText('Evidence: launch-report-2023-01-29');
  });

  test('Chinese /changes names the source by its title too', async ({ page }) => {
    await page.goto('/changes?initial=show&type=project');
    const loaded = page.locator('[data-change]').filter({ hasText: '按来源报道载入' }).first();
    await expect(loaded.getByRole('link', { name: REPORT })).toHaveAttribute(
      'href',
      '/sources/launch-report-2023-01-29',
    );
  });
});
