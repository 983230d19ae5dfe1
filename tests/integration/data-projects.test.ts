import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import {
  fetchProjectBySlug,
  fetchProjectFilterOptions,
  fetchProjectList,
  fetchProjectsInChain,
} from '@/lib/data/projects';
import { fetchSetById } from '@/lib/data/sets';
import { withAudit } from '@/lib/revisions/with-audit';
import { syntheticEnterprises, syntheticProjects } from '@/lib/synthetic/generate-projects';
import { parseProjectFilters } from '@/lib/validations/project-filters';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
  const context = { actor: { role: 'import' as const, id: null, name: 'test' }, reason: 'test', sourceRef: null };
  await withAudit(prisma, context, async (tx) => {
    await tx.enterprise.createMany({ data: syntheticEnterprises().slice(0, 10) });
    await tx.project.createMany({
      data: syntheticProjects(10).map((p, i) => ({ ...p, enterpriseId: syntheticEnterprises()[i].id })),
    });
    // One unpublished project must never be listed.
    await tx.project.update({ where: { slug: 'synthetic-000010' }, data: { published: false } });
  });
});
afterAll(() => prisma.$disconnect());

describe('fetchProjectList', () => {
  // Names sort by code point (二 < 垃 < 智 < 示), not by pinyin.
  it('lists published projects by name, one page at a time', async () => {
    const list = await fetchProjectList(parseProjectFilters({ pageSize: '5' }));
    expect(list.total).toBe(12);
    expect(list.pageCount).toBe(3);
    expect(list.items.map((p) => p.slug)).toEqual([
      'beichen-phase-ii-workshop',
      'runfeng-waste-equipment-environmental-products',
      'zhicheng-huijia-smart-home-rosewood-furniture-workshop',
      'synthetic-000001',
      'synthetic-000002',
    ]);
  });
  it('filters by set, sector and chain', async () => {
    const launched = await fetchProjectList(parseProjectFilters({ set: 'launch-2023-01-29' }));
    expect(launched.items.map((p) => p.slug).sort()).toEqual([
      'beichen-phase-ii-workshop',
      'runfeng-waste-equipment-environmental-products',
      'zhicheng-huijia-smart-home-rosewood-furniture-workshop',
    ]);
    const chain = await fetchProjectList(parseProjectFilters({ chain: '节能环保与压力容器' }));
    expect(chain.total).toBe(2);
    const agriculture = await fetchProjectList(parseProjectFilters({ sector: 'agriculture' }));
    expect(agriculture.items.map((p) => p.slug)).toEqual(['synthetic-000002', 'synthetic-000009']);
  });
  it('sorts by investment with unpublished amounts last', async () => {
    const list = await fetchProjectList(parseProjectFilters({ sort: 'investment', pageSize: '100' }));
    const amounts = list.items.map((p) => p.totalInvestment);
    const known = amounts.filter((a): a is number => a !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(amounts.slice(known.length).every((a) => a === null)).toBe(true);
    expect(amounts.slice(known.length)).toHaveLength(4);
  });
  it('returns an empty page past the end, with the true total', async () => {
    const list = await fetchProjectList(parseProjectFilters({ page: '99' }));
    expect(list).toMatchObject({ total: 12, items: [] });
  });
});

describe('project and set reads', () => {
  it('fetchProjectBySlug hides unpublished projects', async () => {
    expect(await fetchProjectBySlug('synthetic-000010')).toBeNull();
    const project = await fetchProjectBySlug('beichen-phase-ii-workshop');
    expect(project?.sets.map((s) => s.set.figures.map((f) => f.key))).toEqual([['launch2023.date']]);
  });
  it('fetchProjectsInChain lists the other projects of a chain', async () => {
    expect((await fetchProjectsInChain('节能环保与压力容器', 'beichen-phase-ii-workshop')).map((p) => p.slug)).toEqual([
      'runfeng-waste-equipment-environmental-products',
    ]);
    expect(await fetchProjectsInChain(null, 'x')).toEqual([]);
  });
  it('fetchProjectFilterOptions offers the chains in use', async () => {
    const options = await fetchProjectFilterOptions();
    expect(options.chains).toEqual(
      [
        '智能制造与高端装备',
        '示例产业链 1',
        '示例产业链 2',
        '示例产业链 3',
        '示例产业链 4',
        '节能环保与压力容器',
      ].sort(),
    );
    expect(options.sets.map((s) => s.id)).toEqual(['launch-2023-01-29', 'key-projects-2023']);
  });
  it('fetchSetById reports what is itemised without the unpublished project', async () => {
    const set = await fetchSetById('launch-2023-01-29');
    expect(set?.itemised).toEqual({ itemisedCount: 3, withInvestmentCount: 0, investmentSum: null });
    expect(await fetchSetById('nope')).toBeNull();
  });
});
