import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoPinyin } from './helpers';

test('from a figure to its page, to its sentence and back', async ({ page }) => {
  await page.goto('/');
  const row = page.locator('tr[data-figure="keyProjects2023.totalInvestment"]');
  await row.getByRole('link', { name: /数据详情/ }).click();
  await expect(page).toHaveURL('/figures/keyProjects2023.totalInvestment');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年重点项目总投资');
  await expect(page.locator('[data-figure="keyProjects2023.totalInvestment"] [data-value]').first()).toHaveText(
    '1283.6亿元',
  );
  await page.getByRole('link', { name: '查看原文中的这句话' }).click();
  await expect(page).toHaveURL('/sources/launch-report-2023-01-29?figure=keyProjects2023.totalInvestment#p-12');
  await expect(page.getByTestId('cited-sentence')).toHaveText(
    '开工建设一批,全力推进总投资1283.6亿元的133个省、市、区三级重点项目,确保完成年度投资计划;',
  );
  await page.getByTestId('back-to-figure').click();
  await expect(page).toHaveURL('/figures/keyProjects2023.totalInvestment');
});

test('a figure page shows the value, source, timeline and citation, and passes axe', async ({ page }) => {
  await page.goto('/figures/keyProjects2023.projectCount');
  await expect(page.getByTestId('figure-quote')).toHaveText(
    '开工建设一批,全力推进总投资1283.6亿元的133个省、市、区三级重点项目,确保完成年度投资计划;',
  );
  const timeline = page.locator('section[aria-labelledby="timeline-heading"] tbody tr');
  await expect(timeline).toHaveCount(4);
  await expect(timeline.nth(2)).toContainText('145个');
  await expect(timeline.nth(2)).toContainText('山东商报·速豹新闻网');
  // The January plan and the year-end count are change over time, not two sources disagreeing.
  await expect(timeline.locator('[data-basis]')).toHaveText(['计划', '计算得出', '报道', '计算得出']);
  await expect(page.getByTestId('timeline-note')).toHaveText(
    '随时间的变化：2023年1月29日计划133个；2024年1月4日报道145个，增加12个',
  );
  await expect(page.getByTestId('timeline-conflict')).toHaveCount(0);
  await expect(page.getByTestId('figure-basis')).toHaveText('计划（依据原文全力推进总投资1283.6亿元的133个）');
  // GB/T 7714-2015: no author on record is 佚名 (never the portal), the portal's title is in
  // brackets, the mirror's date is not the report's, and the mirror is marked 镜像; notes say so.
  await expect(page.getByTestId('citation-gbt')).toHaveText(
    /^佚名\. \[长清区2023年春季重点项目集中开工仪式报道\]\[EB\/OL\]\. \[\d{4}-\d\d-\d\d\]\. 镜像: http:\/\/www\.bizip\.cn\/art\/2023\/1\/30\/art_52_4937463\.html\.$/,
  );
  await expect(page.getByTestId('citation-gbt-notes').getByRole('listitem')).toHaveText([
    '“佚名”：来源记录中没有作者。',
    '方括号中的题名由本平台拟定，不是原报道的标题（本平台没有原标题的记录）。',
    '原报道的网址不详。“镜像”是转载副本的网址，副本日期为2023年1月30日，不是原报道的发表日期。',
  ]);
  // The e2e servers run without SITE_URL: the citation names the page's path on the portal, never
  // the serving machine, and the block says so.
  await expect(page.getByTestId('citation-plain')).toHaveText(
    /。出处：长清区重点项目公开平台站内路径 \/figures\/keyProjects2023\.projectCount$/,
  );
  await expect(page.getByTestId('citation-path-only')).toContainText('本站尚未设置公开网址');
  await expect(page.locator('section[aria-labelledby="citation-heading"]')).not.toContainText(/localhost|127\.0\.0\.1/);
  await expect(page.getByRole('button', { name: '复制' })).toHaveCount(2);
  await expect(page.getByTestId('history-section')).toContainText('来源数据导入');
  await expectNoPinyin(page);
  await expectNoAxeViolations(page);
});

test('conflicting sources are side by side, and a derived figure shows its arithmetic', async ({ page }) => {
  await page.goto('/figures/keyProjects2023.industryCount');
  const timeline = page.locator('section[aria-labelledby="timeline-heading"] tbody tr');
  await expect(timeline).toHaveCount(2);
  await expect(timeline.nth(0)).toContainText('65个');
  await expect(timeline.nth(1)).toContainText('70个');
  await expect(timeline.nth(1)).toContainText('计算得出：88 − 18 = 70');
  // 65 reported and 70 computed from the 2024 report describe the same 2023 list: a real disagreement.
  await expect(page.getByTestId('timeline-conflict')).toHaveText(
    '注意：来源给出的数值不一致：65个（2024年1月4日，报道）；70个（2024年8月22日，计算得出）。本平台把它们并列显示，并注明日期和来源，不取平均，也不替读者择一。',
  );
  await expect(page.getByTestId('timeline-note')).toHaveCount(0);
  await timeline.nth(1).getByRole('link').first().click();
  await expect(page).toHaveURL('/figures/keyProjects2023.industryCountFrom2024');
  // The tag under the heading (the timeline's basis column says 计算得出 too).
  await expect(page.getByText('计算得出', { exact: true }).first()).toBeVisible();
  const inputs = page.getByTestId('derivation-inputs').locator('li');
  await expect(inputs).toHaveText([/88个\s*2024年产业类项目数/, /18个\s*2024年产业类项目比2023年增加数/]);
  await expect(page.getByTestId('citation-plain')).toContainText(
    '系长清区重点项目公开平台根据已公开数据计算（88 − 18 = 70），不是来源公布的数字',
  );
  await expectNoAxeViolations(page);
});

test('citation text is selectable without JavaScript and the copy button only appears with it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/figures/launch2023.totalInvestment');
  await expect(page.getByTestId('citation-plain')).toContainText('98.8亿元');
  await expect(page.getByRole('button', { name: '复制' })).toHaveCount(0);
  await context.close();
});

test('with JavaScript and a clipboard, the copy button copies the citation and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/figures/launch2023.totalInvestment');
  const citation = (await page.getByTestId('citation-plain').textContent()) ?? '';
  expect(citation).toContain('98.8亿元');
  await page.getByRole('button', { name: '复制' }).nth(1).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
});

test('the English figure page and an unknown figure', async ({ page }) => {
  await page.goto('/en/figures/launch2023.date');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Date of the joint groundbreaking');
  await expect(page.locator('section[aria-labelledby="timeline-heading"] tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('timeline-note')).toHaveText('The sources agree on this value.');
  await page.goto('/en/figures/keyProjects2023.projectCountYearEnd');
  await expect(page.getByTestId('timeline-note')).toHaveText(
    'Change over time: 29 January 2023, planned: 133; 4 January 2024, reported: 145, up 12',
  );
  await page.goto('/zh-hant/figures/keyProjects2023.projectCountYearEnd');
  await expect(page.getByTestId('timeline-note')).toHaveText(
    '隨時間的變化：2023年1月29日計劃133個；2024年1月4日報道145個，增加12個',
  );
  const response = await page.goto('/figures/no.suchFigure');
  expect(response?.status()).toBe(404);
});

test("a deadline the portal has read from the source's words shows the words, with the reading as a note", async ({
  page,
}) => {
  await page.goto('/figures/keyProjects2023.newStartDeadline');
  const value = page.locator('[data-figure="keyProjects2023.newStartDeadline"]').first();
  // (A <q> gets its quotation marks from the browser, so they are not in the text.)
  await expect(value).toHaveText('上半年（本平台的理解：2023年6月30日）');
  await expect(value.locator('q')).toHaveText('上半年');
  // The reading is not the bold value: only the source's words are set in bold.
  await expect(value.locator('.font-bold')).toHaveText(['上半年']);
  await page.goto('/en/figures/keyProjects2023.newStartDeadline');
  await expect(page.locator('[data-figure="keyProjects2023.newStartDeadline"]').first()).toHaveText(
    '上半年 (the portal’s reading: 30 June 2023)',
  );
});

test("the footer gives the latest date a figure describes, not a mirror copy's, and when the data changed", async ({
  page,
}) => {
  await page.goto('/figures');
  await expect(page.getByTestId('figures-as-of')).toHaveText(
    '数字截至：2024年2月20日（所公布数字描述的最晚日期，镜像副本的转载日期不计）',
  );
  await expect(page.getByTestId('data-updated')).toHaveText(/^数据更新于 \d{4}年\d{1,2}月\d{1,2}日/);
  await page.goto('/en');
  await expect(page.getByTestId('figures-as-of')).toHaveText(
    'Figures as of: 20 February 2024 (the latest date a published figure describes; the dates of mirror copies are not counted)',
  );
});
