import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { presentHit } from '@/lib/search/present-hit';
import { searchEverythingWith } from '@/lib/search/search-everything';
import { readDataset } from '@/lib/loader/build-dataset';
import { writeDataset } from '@/lib/loader/write-dataset';
import { withAudit } from '@/lib/revisions/with-audit';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
});
afterAll(() => prisma.$disconnect());

const ZHICHENG = 'zhicheng-huijia-smart-home-rosewood-furniture-workshop';

async function found(q: string) {
  const { groups } = await searchEverythingWith(prisma, { q, type: undefined, page: 1 });
  return Object.fromEntries(groups.filter((g) => g.total > 0).map((g) => [g.kind, g.hits.map((h) => h.ref)]));
}

describe("English names of projects and enterprises (the portal's translation)", () => {
  it('are stored by the loader from the translation table, and recorded in the history', async () => {
    const project = await prisma.project.findUniqueOrThrow({
      where: { slug: ZHICHENG },
      select: { name: true, nameEn: true },
    });
    expect(project).toEqual({
      name: '智能家居及高档红木家具标准车间建设项目',
      nameEn: 'Standard workshop for smart homes and high-end rosewood furniture',
    });
    const enterprise = await prisma.enterprise.findUniqueOrThrow({
      where: { id: 'beichen-electromechanical' },
      select: { nameEn: true },
    });
    expect(enterprise.nameEn).toBe('Beichen Electromechanical Equipment Co., Ltd.');
    const created = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'project', entityId: ZHICHENG, action: 'create' },
    });
    expect(JSON.parse(created.after!).nameEn).toBe('Standard workshop for smart homes and high-end rosewood furniture');
  });

  it('English search finds them: "rosewood" finds 智诚慧家\'s project, "Guochen" the enterprise', async () => {
    expect(await found('rosewood')).toEqual({ project: [ZHICHENG] });
    expect(await found('Guochen Industrial')).toEqual({ enterprise: ['guochen-industrial'] });
  });

  it('English results show the English name; Chinese results never do', async () => {
    const { query, groups } = await searchEverythingWith(prisma, { q: 'rosewood', type: undefined, page: 1 });
    const hit = groups.find((g) => g.kind === 'project')!.hits[0];
    const context = { terms: query.terms, sourceTitles: {}, paragraph: (n: number) => `¶${n}` };
    const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
    const english = presentHit(hit, { ...context, lang: 'en' });
    expect([text(english.snippet), english.translated]).toEqual([
      'Standard workshop for smart homes and high-end rosewood furniture',
      true,
    ]);
    const chinese = presentHit(hit, { ...context, lang: 'zh-Hans' });
    expect([/[A-Za-z]{4}/.test(text(chinese.snippet)), chinese.translated]).toEqual([false, false]);
  });

  it("a reload keeps an official's own rendering, and fills in one that is empty", async () => {
    const official = {
      actor: { role: 'admin' as const, id: 1, name: '管理员' },
      reason: '改进英文译名',
      sourceRef: null,
    };
    await withAudit(prisma, official, async (tx) => {
      await tx.project.update({
        where: { slug: ZHICHENG },
        data: { nameEn: 'Smart-home and rosewood furniture workshop' },
      });
      await tx.enterprise.update({
        where: { id: 'zhicheng-huijia' },
        data: { nameEn: 'Zhicheng Huijia (Shandong) Technology' },
      });
      await tx.enterprise.update({ where: { id: 'beichen-electromechanical' }, data: { nameEn: null } });
    });
    await writeDataset(prisma, readDataset());
    expect((await prisma.project.findUniqueOrThrow({ where: { slug: ZHICHENG } })).nameEn).toBe(
      'Smart-home and rosewood furniture workshop',
    );
    const enterprises = await prisma.enterprise.findMany({
      where: { id: { in: ['zhicheng-huijia', 'beichen-electromechanical'] } },
      orderBy: { id: 'asc' },
      select: { nameEn: true },
    });
    expect(enterprises.map((e) => e.nameEn)).toEqual([
      'Beichen Electromechanical Equipment Co., Ltd.',
      'Zhicheng Huijia (Shandong) Technology',
    ]);
    expect(await found('rosewood')).toEqual({ project: [ZHICHENG] });
  });
});
