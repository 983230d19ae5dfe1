import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { projectDetailSelect } from '@/lib/data/projects';
import { iterateProjectsWith, listProjectsWith } from '@/lib/project-list/list-projects';
import { PLAN_LIMITS, type PlanLimits } from '@/lib/project-list/listing-plan';
import type { ListingFilters } from '@/lib/project-list/listing-sql';
import { COUNT_CAP } from '@/lib/search/run-search';
import { syntheticProjects } from '@/lib/synthetic/generate-projects';
import { projectFiltersSchema } from '@/lib/validations/project-filters';
import { loadWithSyntheticProjects } from '../helpers/load';
import { SLOW_SETUP_MS } from '../helpers/timeouts';

// More synthetic projects than the keyword cap, so that 示例 (in every one of their names) passes it.
const SYNTHETIC = syntheticProjects(COUNT_CAP + 10);
const ZHICHENG = 'zhicheng-huijia-smart-home-rosewood-furniture-workshop';
const BEICHEN = 'beichen-phase-ii-workshop';
const RUNFENG = 'runfeng-waste-equipment-environmental-products';
const LAUNCHED = [BEICHEN, RUNFENG, ZHICHENG];

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadWithSyntheticProjects(SYNTHETIC, async (tx) => {
    const ids = await tx.project.findMany({
      where: { slug: { in: ['synthetic-000001', 'synthetic-000005'] } },
      orderBy: { slug: 'asc' },
      select: { id: true },
    });
    await tx.setMembership.createMany({
      data: [
        ['key-projects-2023', 0],
        ['launch-2023-01-29', 0],
        ['launch-2023-01-29', 1],
      ].map(([setId, i]) => ({ setId: String(setId), projectId: ids[Number(i)].id })),
    });
    // Unpublished, and in the launch set: never listed nor counted.
    await tx.project.update({ where: { slug: 'synthetic-000005' }, data: { published: false } });
  });
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

const published = SYNTHETIC.filter((p) => p.slug !== 'synthetic-000005');

// Every plan gives the same answers; the test database is small, so limits force each one.
const PLANS: [string, PlanLimits][] = [
  ['read from the shorter list of ids', PLAN_LIMITS],
  ['walking the sort index with a look-up per row', { ...PLAN_LIMITS, drive: 0, probeShare: 0 }],
  ['walking the sort index against the matches read once', { ...PLAN_LIMITS, drive: 0, probeShare: 2 }],
];

describe.each(PLANS)('the listing keyword and set filter, %s', (_, limits) => {
  const list = (query: Record<string, string>) => listProjectsWith(prisma, projectFiltersSchema.parse(query), limits);
  const slugs = async (query: Record<string, string>) => (await list(query)).items.map((p) => p.slug);

  it('finds names, enterprises and industry chains, from Traditional input, pinyin, 1 or 2 characters and several words', async () => {
    expect(await slugs({ q: '红木' })).toEqual([ZHICHENG]);
    expect(await slugs({ q: '紅木家具' })).toEqual([ZHICHENG]);
    expect(await slugs({ q: 'hongmu' })).toEqual([ZHICHENG]);
    expect(await slugs({ q: '红' })).toEqual([ZHICHENG]);
    expect(await slugs({ q: 'beichen' })).toEqual([BEICHEN]);
    expect(await slugs({ q: '压力容器' })).toEqual([BEICHEN, RUNFENG]);
    // 润丰 is only in the enterprise's name, 压力容器 also in the industry chain: every word must match.
    expect(await slugs({ q: '润丰' })).toEqual([RUNFENG]);
    expect(await slugs({ q: '压力容器 润丰' })).toEqual([RUNFENG]);
    expect(await slugs({ q: '示例项目 000123' })).toEqual(['synthetic-000123']);
    expect(await slugs({ q: '示例项目 000005' })).toEqual([]);
    // Invisible characters alone are no keyword at all.
    expect((await list({ q: '\u200b' })).total).toBe(3 + published.length);
  });

  it('counts and pages a keyword up to the cap, and says the count stopped there', async () => {
    const first = await list({ q: '示例' });
    expect(first).toMatchObject({ total: COUNT_CAP, atLeast: true, pageCount: COUNT_CAP / 20 });
    expect(first.items.map((p) => p.slug)).toEqual(published.slice(0, 20).map((p) => p.slug));
    const last = await list({ q: 'shili', page: String(COUNT_CAP / 20) });
    expect(last.items.map((p) => p.slug).at(-1)).toBe(published[COUNT_CAP - 1].slug);
    expect(await list({ q: '示例', page: String(COUNT_CAP / 20 + 1) })).toMatchObject({
      total: COUNT_CAP,
      atLeast: true,
      items: [],
    });
    expect(await list({ q: '红木', page: '2' })).toMatchObject({ total: 1, atLeast: false, items: [] });
    // A page that straddles the cap ends at it.
    expect((await list({ q: '示例', page: '11', pageSize: '99' })).items).toHaveLength(COUNT_CAP - 990);
  });

  it('counts exactly under the cap and without a keyword, with the other filters and each sort', async () => {
    const agriculture = published.filter((p) => p.sector === 'agriculture');
    const byInvestment = [...agriculture].sort(
      (a, b) => (b.totalInvestment ?? -1) - (a.totalInvestment ?? -1) || a.slug.localeCompare(b.slug),
    );
    const result = await list({ q: '示例', sector: 'agriculture', sort: 'investment' });
    expect(result).toMatchObject({ total: agriculture.length, atLeast: false });
    expect(result.items.map((p) => p.slug)).toEqual(byInvestment.slice(0, 20).map((p) => p.slug));
    expect(await slugs({ q: '示例', set: 'launch-2023-01-29' })).toEqual(['synthetic-000001']);
    expect(await slugs({ q: '示例', set: 'key-projects-2023' })).toEqual(['synthetic-000001']);
    expect(await list({ set: 'launch-2023-01-29' })).toMatchObject({ total: 4, atLeast: false });
    expect(await slugs({ set: 'launch-2023-01-29' })).toEqual([...LAUNCHED, 'synthetic-000001']);
    expect(await list({ set: 'launch-2023-01-29', status: 'underConstruction' })).toMatchObject({ total: 3 });
    expect((await list({ q: '北辰', status: 'completed' })).total).toBe(0);
  });

  it('downloads every match past the cap, in each sort order, across batches', async () => {
    const exported = async (filters: ListingFilters, batch: number) => {
      const rows = [];
      for await (const project of iterateProjectsWith(prisma, filters, batch, limits)) rows.push(project.slug);
      return rows;
    };
    expect(await exported({ q: '示例', sort: 'name' }, 300)).toEqual(published.map((p) => p.slug));
    const stored = await prisma.project.findMany({
      where: { published: true },
      select: { id: true, slug: true, totalInvestment: true, startDate: true },
    });
    // Descending, unknown values last, then by id: as SQLite orders them.
    const descending = (key: 'totalInvestment' | 'startDate') =>
      [...stored]
        .sort((a, b) =>
          (a[key] === null) !== (b[key] === null)
            ? a[key] === null
              ? 1
              : -1
            : a[key] === b[key]
              ? a.id - b.id
              : a[key]! < b[key]!
                ? 1
                : -1,
        )
        .map((p) => p.slug);
    expect(await exported({ sort: 'investment' }, 7)).toEqual(descending('totalInvestment'));
    expect(await exported({ sort: 'date', q: 'shiliqiye' }, 11)).toEqual(
      descending('startDate').filter((slug) => slug.startsWith('synthetic-')),
    );
    expect(await exported({ sort: 'name', set: 'launch-2023-01-29' }, 2)).toEqual([...LAUNCHED, 'synthetic-000001']);
  });
});

describe('exported rows', () => {
  it('carry the same fields and values as a read through Prisma, and the sets in their own order', async () => {
    const wanted = [ZHICHENG, BEICHEN, 'synthetic-000002'];
    const stored = await prisma.project.findMany({
      where: { slug: { in: wanted } },
      select: projectDetailSelect,
      orderBy: { name: 'asc' },
    });
    const exported = [];
    for await (const project of iterateProjectsWith(prisma, { sort: 'name' }))
      if (wanted.includes(project.slug)) exported.push(project);
    expect(exported).toEqual(stored);
    for await (const project of iterateProjectsWith(prisma, { sort: 'name', q: '示例项目 000001' })) {
      expect(project.sets).toEqual([{ setId: 'launch-2023-01-29' }, { setId: 'key-projects-2023' }]);
    }
  });
});
