import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { fetchProjectList } from '@/lib/data/projects';
import { withAudit } from '@/lib/revisions/with-audit';
import { projectFiltersSchema, projectFiltersStrictSchema } from '@/lib/validations/project-filters';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
  const editor = { actor: { role: 'editor' as const, id: 2, name: 'x' }, reason: '测试', sourceRef: null };
  await withAudit(prisma, editor, (tx) =>
    tx.project.update({
      where: { slug: 'runfeng-waste-equipment-environmental-products' },
      data: { totalInvestment: 50000 },
    }),
  );
});
afterAll(() => prisma.$disconnect());

const list = (query: Record<string, string | string[]>) => fetchProjectList(projectFiltersSchema.parse(query));

describe('fetchProjectList and the shared project filters', () => {
  it('parses leniently for pages: bad values fall back to defaults, sizes are capped', () => {
    expect(
      projectFiltersSchema.parse({
        page: '-1',
        pageSize: '100000',
        sort: 'nonsense',
        sector: '',
        level: 'national',
        q: '  ',
      }),
    ).toEqual({
      page: 1,
      pageSize: 20,
      sort: 'name',
    });
    expect(projectFiltersSchema.parse({ q: ['垃圾', 'x'], page: '2', pageSize: '50' })).toEqual({
      q: '垃圾',
      page: 2,
      pageSize: 50,
      sort: 'name',
    });
  });

  it('parses strictly for the API, naming the parameter', () => {
    const result = projectFiltersStrictSchema.safeParse({ pageSize: '0' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['pageSize']);
  });

  it('sorts by investment with unknown amounts last, and pages with a total', async () => {
    const first = await list({ sort: 'investment', pageSize: '2' });
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2, pageCount: 2 });
    expect(first.items.map((p) => [p.slug, p.totalInvestment])).toEqual([
      ['runfeng-waste-equipment-environmental-products', 50000],
      ['zhicheng-huijia-smart-home-rosewood-furniture-workshop', null],
    ]);
    const second = await list({ sort: 'investment', pageSize: '2', page: '2' });
    expect(second.items.map((p) => p.slug)).toEqual(['beichen-phase-ii-workshop']);
  });

  it('filters by words in the name or enterprise, set, sector, chain and status', async () => {
    expect((await list({ q: '北辰' })).items.map((p) => p.slug)).toEqual(['beichen-phase-ii-workshop']);
    expect((await list({ q: '%' })).total).toBe(0);
    expect((await list({ q: '_' })).total).toBe(0);
    expect((await list({ q: "'; DROP TABLE Project; --" })).total).toBe(0);
    expect((await list({ set: 'launch-2023-01-29', sector: 'industry', status: 'underConstruction' })).total).toBe(3);
    expect((await list({ chain: '智能制造与高端装备' })).items.map((p) => p.enterprise?.name)).toEqual([
      '智诚慧家(山东)科技有限公司',
    ]);
    expect((await list({ set: 'key-projects-2023' })).total).toBe(0);
  });
});
