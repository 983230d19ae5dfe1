import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import { IMPORT_COLUMNS, type ImportKey, type ImportRow } from '@/lib/import/columns';
import { applyImport } from '@/lib/writes/import-apply';
import { planImport } from '@/lib/import/plan-import';
import { loadShippedDataset } from '../helpers/load';

/**
 * Issue 10 item 15 for bulk imports: a row that changes a project's status needs the date the
 * new status took effect, or the explicit confirmation that the stored date is also the new
 * status's — the workspace form's rule (lib/validations/status-date.ts), in the dry run's words.
 */

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

// Loaded from the report: under construction since the launch on 2023-01-29.
const SLUG = 'beichen-phase-ii-workshop';
const CONTEXT = {
  actor: { role: 'import' as const, id: null, name: '测试导入' },
  reason: '调度会通报',
  sourceRef: '区发改局通报',
};
const row = (cells: Partial<Record<ImportKey, string>>): ImportRow => ({ row: 3, cells: { slug: SLUG, ...cells } });
const header = (key: ImportKey) => IMPORT_COLUMNS.find((c) => c.key === key)!.header;

describe('the import applies the status-date rule of the workspace form', { timeout: SLOW_TEST_MS }, () => {
  it("refuses a status change whose date is left blank: the stored date would be published as the new status's", async () => {
    const plan = await planImport(prisma, [row({ status: '竣工' })]);
    expect(plan.errors).toEqual([
      {
        row: 3,
        column: '状态生效日期',
        message:
          '状态从“已开工·在建”改为“竣工”，但状态生效日期仍是原来的 2023-01-29。请在“状态生效日期”列填写新状态开始的日期；如果新状态确实从 2023-01-29 起生效，请在“新状态沿用原日期”列填“是”。',
      },
    ]);
    expect(plan.updates).toEqual([]);
  });

  it('refuses a status change that repeats the stored date', async () => {
    const plan = await planImport(prisma, [row({ status: 'completed', statusDate: '2023-01-29' })]);
    expect(plan.errors.map((e) => [e.row, e.column])).toEqual([[3, '状态生效日期']]);
    expect(plan.updates).toEqual([]);
  });

  it('accepts a new date, or the stored one when the row confirms it', async () => {
    const dated = await planImport(prisma, [row({ status: '竣工', statusDate: '2023-12-20' })]);
    expect(dated.errors).toEqual([]);
    expect(dated.updates).toMatchObject([
      { row: 3, slug: SLUG, changes: { status: 'completed', statusDate: '2023-12-20' } },
    ]);
    const confirmed = await planImport(prisma, [row({ status: '竣工', statusDateConfirmed: '是' })]);
    expect(confirmed.errors).toEqual([]);
    // The confirmation is not a column of the project: only the status changes.
    expect(confirmed.updates).toMatchObject([{ row: 3, slug: SLUG, changes: { status: 'completed' } }]);
    expect(Object.keys(confirmed.updates[0].changes)).toEqual(['status']);
  });

  it('names a confirmation it cannot read, and ignores one on a row that keeps the status', async () => {
    const plan = await planImport(prisma, [row({ status: '竣工', statusDateConfirmed: '对' })]);
    expect(plan.errors).toContainEqual({
      row: 3,
      column: header('statusDateConfirmed'),
      message: '新状态沿用原日期只能填“是”或“否”，或者留空',
    });
    const kept = await planImport(prisma, [row({ totalInvestment: '30000', statusDateConfirmed: '是' })]);
    expect(kept.errors).toEqual([]);
    expect(kept.updates).toMatchObject([{ changes: { totalInvestment: 30000 } }]);
  });

  it('needs a date when the project has none stored', async () => {
    const [created] = await Promise.all([
      applyImport(prisma, [{ row: 3, cells: { slug: 'shi-li-wu-ri-qi', name: '示例项目 无日期' } }], CONTEXT),
    ]);
    expect(created).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const plan = await planImport(prisma, [{ row: 4, cells: { slug: 'shi-li-wu-ri-qi', status: '前期' } }]);
    expect(plan.errors).toEqual([
      {
        row: 4,
        column: '状态生效日期',
        message: '状态从“未公开”改为“前期”，请在“状态生效日期”列填写新状态开始的日期。',
      },
    ]);
  });
});
