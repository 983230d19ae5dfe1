import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { iterateProjectsWith, listProjectsWith } from '@/lib/project-list/list-projects';
import { withAudit } from '@/lib/revisions/with-audit';
import {
  projectFiltersQuery,
  projectFiltersSchema,
  projectFiltersStrictSchema,
} from '@/lib/validations/project-filters';
import { loadShippedDataset } from '../helpers/load';
import { SLOW_SETUP_MS } from '../helpers/timeouts';

/**
 * The listing's sort direction (`dir`, used by the table view's column headers): each sort
 * reversed, unknown amounts last either way, and exports reading on in the same order.
 */

const RUNFENG = 'runfeng-waste-equipment-environmental-products';
const BEICHEN = 'beichen-phase-ii-workshop';
const ZHICHENG = 'zhicheng-huijia-smart-home-rosewood-furniture-workshop';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
  // Amounts for two of the three shipped projects (the source publishes none): one stays unknown.
  const editor = { actor: { role: 'editor' as const, id: 2, name: 'x' }, reason: '测试', sourceRef: null };
  await withAudit(prisma, editor, async (tx) => {
    await tx.project.update({ where: { slug: RUNFENG }, data: { totalInvestment: 50000 } });
    await tx.project.update({ where: { slug: BEICHEN }, data: { totalInvestment: 20000 } });
  });
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

const slugs = async (query: Record<string, string>) =>
  (await listProjectsWith(prisma, projectFiltersSchema.parse(query))).items.map((p) => p.slug);
const exported = async (query: Record<string, string>) => {
  const found: string[] = [];
  // Batches of one: every row after the first is found through `after()`.
  for await (const project of iterateProjectsWith(prisma, projectFiltersSchema.parse(query), 1))
    found.push(project.slug);
  return found;
};

describe('the sort direction of the project listing', () => {
  it('reverses each sort, keeping unknown amounts last', async () => {
    expect(await slugs({ sort: 'investment' })).toEqual([RUNFENG, BEICHEN, ZHICHENG]);
    expect(await slugs({ sort: 'investment', dir: 'asc' })).toEqual([BEICHEN, RUNFENG, ZHICHENG]);
    expect(await slugs({ sort: 'name' })).toEqual([BEICHEN, RUNFENG, ZHICHENG]);
    expect(await slugs({ sort: 'name', dir: 'desc' })).toEqual([ZHICHENG, RUNFENG, BEICHEN]);
  });

  it('pages the reverse order without repeating or losing a row', async () => {
    const pages = await Promise.all(
      ['1', '2'].map((page) => slugs({ sort: 'investment', dir: 'asc', pageSize: '2', page })),
    );
    expect(pages).toEqual([[BEICHEN, RUNFENG], [ZHICHENG]]);
  });

  it('exports in the same order in either direction, batch after batch', async () => {
    expect(await exported({ sort: 'investment', dir: 'asc' })).toEqual([BEICHEN, RUNFENG, ZHICHENG]);
    expect(await exported({ sort: 'investment' })).toEqual([RUNFENG, BEICHEN, ZHICHENG]);
    expect(await exported({ sort: 'name', dir: 'desc' })).toEqual([ZHICHENG, RUNFENG, BEICHEN]);
    expect(await exported({ sort: 'date', dir: 'asc' })).toEqual(await slugs({ sort: 'date', dir: 'asc' }));
  });

  it('parses dir leniently for pages and strictly for the API, and leaves the sort’s own direction out of links', () => {
    expect(projectFiltersSchema.parse({ dir: 'sideways' }).dir).toBeUndefined();
    expect(projectFiltersStrictSchema.safeParse({ dir: 'sideways' }).error?.issues[0].path).toEqual(['dir']);
    expect(projectFiltersQuery(projectFiltersSchema.parse({ sort: 'investment', dir: 'desc' }))).toBe(
      '?sort=investment',
    );
    expect(projectFiltersQuery(projectFiltersSchema.parse({ sort: 'investment', dir: 'asc', page: '2' }))).toBe(
      '?sort=investment&dir=asc&page=2',
    );
  });
});
