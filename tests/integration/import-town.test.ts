import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import { applyImport } from '@/lib/writes/import-apply';
import { planImport } from '@/lib/import/plan-import';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

const CONTEXT = {
  actor: { role: 'import' as const, id: null, name: '测试导入' },
  reason: '核对地点',
  sourceRef: '立项批复',
};

describe('the 镇街 column of the import', { timeout: SLOW_TEST_MS }, () => {
  it('takes a unit by its name or its NBS code, and names anything else with the allowed names', async () => {
    const plan = await planImport(prisma, [
      { row: 3, cells: { slug: 'beichen-phase-ii-workshop', town: '归德街道' } },
      { row: 4, cells: { slug: 'zhicheng-huijia-smart-home-rosewood-furniture-workshop', town: '370113108' } },
      // 在建 is another word for a status, never a town.
      { row: 5, cells: { name: '示例项目 镇街', town: '在建' } },
      { row: 6, cells: { name: '示例项目 外区', town: '370112001' } },
    ]);
    const allowed =
      '文昌街道、崮云湖街道、平安街道、五峰山街道、归德街道、张夏街道、万德街道、孝里街道、马山镇、双泉镇';
    expect(plan.errors).toEqual([
      { row: 5, column: '镇街', message: `镇街“在建”无法识别，应为：${allowed}` },
      { row: 6, column: '镇街', message: `镇街“370112001”无法识别，应为：${allowed}` },
    ]);
    expect(plan.updates.map((u) => [u.row, u.changes])).toEqual([
      [3, { town: '370113005' }],
      [4, { town: '370113108' }],
    ]);
  });

  it('writes it with a revision; a blank cell leaves it as it is', async () => {
    await applyImport(prisma, [{ row: 3, cells: { slug: 'beichen-phase-ii-workshop', town: '马山镇' } }], CONTEXT);
    expect(
      await applyImport(prisma, [{ row: 3, cells: { slug: 'beichen-phase-ii-workshop', town: '' } }], CONTEXT),
    ).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect((await prisma.project.findUniqueOrThrow({ where: { slug: 'beichen-phase-ii-workshop' } })).town).toBe(
      '370113107',
    );
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'project', entityId: 'beichen-phase-ii-workshop' },
      orderBy: { id: 'desc' },
    });
    expect([JSON.parse(revision.before!).town, JSON.parse(revision.after!).town, revision.reason]).toEqual([
      null,
      '370113107',
      '核对地点',
    ]);
  });
});
