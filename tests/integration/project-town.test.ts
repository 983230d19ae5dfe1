import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { fetchProjectBySlug, fetchProjectFilterOptions, fetchProjectList } from '@/lib/data/projects';
import { withAudit } from '@/lib/revisions/with-audit';
import { projectFiltersSchema, projectFiltersStrictSchema } from '@/lib/validations/project-filters';
import { loadShippedDataset } from '../helpers/load';

/** The 镇街 on the public side: the listing's town filter, the count of projects without one, the project record. */

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
  const official = { actor: { role: 'editor' as const, id: 2, name: 'x' }, reason: '核对地点', sourceRef: '立项批复' };
  await withAudit(prisma, official, async (tx) => {
    await tx.project.update({ where: { slug: 'beichen-phase-ii-workshop' }, data: { town: '370113005' } });
    // An unpublished project is never counted, with or without a town.
    await tx.project.create({
      data: { slug: 'shi-li-wei-gong-kai', name: '示例项目 未公开', knownAs: 'official', published: false },
    });
  });
});
afterAll(() => prisma.$disconnect());

const slugs = async (query: Record<string, string>) =>
  (await fetchProjectList(projectFiltersSchema.parse(query))).items.map((p) => p.slug);

describe('the 镇街 of published projects', () => {
  it('filters the listing by a unit, or by "none" for the projects whose town is not published', async () => {
    expect(await slugs({ town: '370113005' })).toEqual(['beichen-phase-ii-workshop']);
    expect(await slugs({ town: '370113001' })).toEqual([]);
    expect(await slugs({ town: 'none' })).toEqual([
      'runfeng-waste-equipment-environmental-products',
      'zhicheng-huijia-smart-home-rosewood-furniture-workshop',
    ]);
    expect(await slugs({ town: 'none', sector: 'industry', q: '润丰' })).toEqual([
      'runfeng-waste-equipment-environmental-products',
    ]);
  });

  it('counts the published projects with no published town for the listing', async () => {
    expect((await fetchProjectFilterOptions()).withoutTown).toBe(2);
  });

  it('gives the project page its town', async () => {
    expect((await fetchProjectBySlug('beichen-phase-ii-workshop'))?.town).toBe('370113005');
    expect((await fetchProjectBySlug('runfeng-waste-equipment-environmental-products'))?.town).toBeNull();
  });

  it('drops a town outside the codelist on pages, and refuses it in the API naming the parameter', () => {
    expect(projectFiltersSchema.parse({ town: '370112001' }).town).toBeUndefined();
    expect(projectFiltersSchema.parse({ town: '归德街道' }).town).toBeUndefined();
    const result = projectFiltersStrictSchema.safeParse({ town: '370112001' });
    expect(result.error?.issues[0].path).toEqual(['town']);
  });
});
