import { expect, test, type Page } from '@playwright/test';
import { formatDateTime } from '@/lib/domain/date-time';
import { createAccount, queryDatabase, signInAs } from './admin-helpers';
import { expectNoAxeViolations } from './helpers';

// Each test signs in, creates records and runs axe: generous time on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

let admin = '';
test.beforeAll(({}, workerInfo) => {
  admin = createAccount(workerInfo, 'official', 'admin');
});

/** A published test project under construction since 2023-01-29, made through the full form. */
async function createProjectUnderConstruction(page: Page, suffix: string): Promise<string> {
  const slug = `e2e-status-${suffix}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  await page.goto('/admin/projects/new');
  await page.getByLabel('网址标识（可选）').fill(slug);
  await page.getByLabel('项目名称').fill(`状态测试项目 ${suffix}`);
  await page.getByLabel('状态', { exact: true }).selectOption('underConstruction');
  await page.getByLabel('状态生效日期').fill('2023-01-29');
  await page.getByLabel('改动原因').fill('浏览器测试');
  await page.getByLabel('来源或依据').fill('测试数据');
  await page.getByRole('button', { name: '创建项目' }).click();
  await expect(page).toHaveURL(`/admin/projects/${slug}?saved=project`);
  return slug;
}

const statusOf = (page: Page, label: RegExp) =>
  page.locator('dl').first().locator('div').filter({ hasText: label }).locator('dd');

test('an official updates a status in one click: the old date is refused until changed or confirmed; the evidence shows beside the public status', async ({
  page,
}, testInfo) => {
  await signInAs(page, admin);
  const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;
  const slug = await createProjectUnderConstruction(page, suffix);

  // One click from the project's workspace page.
  await page.getByRole('link', { name: '更新状态' }).click();
  await expect(page).toHaveURL(`/admin/projects/${slug}/status`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`更新状态：状态测试项目 ${suffix}`);
  await expect(page.getByLabel('状态生效日期')).toHaveValue('2023-01-29');

  // Only the status changed: the form keeps the old date, and saving it would publish a wrong one.
  await page.getByLabel('状态', { exact: true }).selectOption('completed');
  await page.getByLabel('形象进度（%）').fill('100');
  await page.getByLabel('改动原因').fill(`竣工验收 ${suffix}`);
  await page.getByLabel('来源或依据').fill('竣工验收备案表');
  await page.getByRole('button', { name: '更新状态' }).click();
  const message =
    '状态已改变，但状态生效日期仍是原来的 2023-01-29。请填写新状态开始的日期；如果新状态确实从 2023-01-29 起生效，请勾选“新状态也从原日期起生效”。';
  const summary = page.getByRole('alert').filter({ hasText: '出现问题' });
  await expect(summary.getByRole('link', { name: message })).toHaveAttribute('href', '#status-statusDate');
  await expect(page.locator('#status-statusDate-error')).toHaveText(`错误：${message}`);
  await expect(page.getByLabel('状态', { exact: true })).toHaveValue('completed');
  await expect(page.getByLabel('改动原因')).toHaveValue(`竣工验收 ${suffix}`);
  await expectNoAxeViolations(page);

  await page.getByLabel('状态生效日期').fill('2023-12-20');
  await page.getByRole('button', { name: '更新状态' }).click();
  await expect(page).toHaveURL(`/admin/projects/${slug}?saved=status`);
  await expect(page.getByText('状态已更新，公开页面已更新。')).toBeVisible();

  const [revision] = queryDatabase<{ at: string; reason: string; sourceRef: string }>(
    'SELECT "at", "reason", "sourceRef" FROM "Revision" WHERE "entityType" = \'project\' AND "entityId" = ? ORDER BY "id" DESC LIMIT 1',
    slug,
  );
  expect(revision).toMatchObject({ reason: `竣工验收 ${suffix}`, sourceRef: '竣工验收备案表' });
  const day = formatDateTime(new Date(revision.at)).split(' ')[0];

  await page.goto(`/projects/${slug}`);
  await expect(statusOf(page, /^状态/)).toHaveText(
    `竣工（自2023年12月20日起）依据：竣工验收备案表原因：竣工验收 ${suffix}（${day}更新）`,
  );
  await expect(page.getByTestId('status-evidence')).toBeVisible();
  await page.goto(`/en/projects/${slug}`);
  await expect(page.getByTestId('status-evidence').locator('[lang="zh-Hans"]').first()).toHaveText('竣工验收备案表');
  await expect(page.getByTestId('status-evidence')).toContainText('Evidence: 竣工验收备案表');

  // The workspace's recent changes name it in words, at Beijing time.
  await page.goto('/admin');
  const table = page.getByTestId('recent-changes');
  await expect(table.locator('thead')).toContainText('时间（北京时间）');
  const row = table.locator('tbody tr').filter({ hasText: `竣工验收 ${suffix}` });
  await expect(row.locator('td').nth(0)).toHaveText(formatDateTime(new Date(revision.at)));
  await expect(row.locator('td').nth(1)).toHaveText(`修改 · 项目：状态测试项目 ${suffix}`);
  await expect(row.locator('td').nth(2)).toHaveText('测试admin（管理员）');
  await expect(table).not.toContainText(/（(create|update|delete)）|figure |project /);
});

test('a project without recorded problems, milestones or 包挂 people says "no public record", never 0, in every language', async ({
  page,
}) => {
  const slug = 'runfeng-waste-equipment-environmental-products';
  const expected = { '': '暂无公开记录', '/zh-hant': '暫無公開記錄', '/en': 'No public record yet' };
  for (const [prefix, noRecord] of Object.entries(expected)) {
    await page.goto(`${prefix}/projects/${slug}`);
    const section = page.getByTestId('project-accountability');
    for (const part of ['accountability-people', 'accountability-problems', 'accountability-milestones'])
      await expect(section.getByTestId(part)).toHaveText(noRecord);
    await expect(section).not.toContainText(/0 个|0 open|0 個/);
  }
});

test('an official records a project’s 镇街: the public page shows it in three languages and the town filter finds it; none recorded says “no public record”', async ({
  page,
}, testInfo) => {
  const townOf = (label: RegExp) => page.locator('dl').first().locator('div').filter({ hasText: label }).locator('dd');
  const expected = {
    '': [/^镇街/, '暂无公开记录'],
    '/zh-hant': [/^鎮街/, '暫無公開記錄'],
    '/en': [/^Town or subdistrict/, 'No public record yet'],
  } as const;
  for (const [prefix, [label, noRecord]] of Object.entries(expected)) {
    await page.goto(`${prefix}/projects/runfeng-waste-equipment-environmental-products`);
    await expect(townOf(label)).toHaveText(noRecord);
  }

  await signInAs(page, admin);
  const suffix = `${testInfo.project.name}-town-${Date.now().toString(36)}`;
  const slug = await createProjectUnderConstruction(page, suffix);
  await page.goto(`/admin/projects/${slug}/edit`);
  await expect(page.getByLabel('镇街')).toHaveValue('');
  await page.getByLabel('镇街').selectOption({ label: '孝里街道' });
  await page.getByLabel('改动原因').fill('核对地点');
  await page.getByLabel('来源或依据').fill('立项批复');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(`/admin/projects/${slug}?saved=project`);

  const names = {
    '': [/^镇街/, '孝里街道'],
    '/zh-hant': [/^鎮街/, '孝里街道'],
    '/en': [/^Town or subdistrict/, 'Xiaoli Subdistrict'],
  } as const;
  for (const [prefix, [label, name]] of Object.entries(names)) {
    await page.goto(`${prefix}/projects/${slug}`);
    await expect(townOf(label)).toHaveText(name);
  }
  await page.goto(`/projects/${slug}`);
  await townOf(/^镇街/).getByRole('link', { name: '孝里街道' }).click();
  await expect(page).toHaveURL('/projects?town=370113008');
  await expect(
    page.getByTestId('project-results').getByRole('heading', { name: `状态测试项目 ${suffix}` }),
  ).toBeVisible();
});
