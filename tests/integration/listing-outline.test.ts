import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import {
  countProjectsWith,
  iterateProjectsWith,
  listProjectsWith,
  outlineProjectsWith,
} from '@/lib/project-list/list-projects';
import { PLAN_LIMITS, type PlanLimits } from '@/lib/project-list/listing-plan';
import { onPostgres } from '@/lib/sql/dialect';
import { syntheticProjects } from '@/lib/synthetic/generate-projects';
import { projectFiltersSchema } from '@/lib/validations/project-filters';
import { loadWithSyntheticProjects } from '../helpers/load';
import { queryPlan, recordingClient } from '../helpers/query-plans';
import { SLOW_SETUP_MS } from '../helpers/timeouts';

/**
 * Deep pages start from the listing's outline (lib/project-list/listing-outline.ts): every page,
 * in every order, with and without filters, holds exactly the rows OFFSET alone gives. Unknown
 * amounts (every fifth synthetic project) and dates sit at the end of their orders, so marks fall
 * among them too; unpublished projects are in the indexes but never in a page.
 */

const SYNTHETIC = syntheticProjects(230);
const UNPUBLISHED = ['synthetic-000007', 'synthetic-000100', 'synthetic-000101'];
const STEP: PlanLimits = { ...PLAN_LIMITS, outlineStep: 10 };
const NO_OUTLINE: PlanLimits = { ...PLAN_LIMITS, outlineStep: Number.MAX_SAFE_INTEGER };
// A set too large to read first (drive 0): walked in the sort's order, each row checked.
const LARGE_SET: PlanLimits = { ...STEP, drive: 0 };

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadWithSyntheticProjects(SYNTHETIC, async (tx) => {
    await tx.project.updateMany({ where: { slug: { in: UNPUBLISHED } }, data: { published: false } });
    const members = await tx.project.findMany({ where: { slug: { startsWith: 'synthetic-' } }, select: { id: true } });
    await tx.setMembership.createMany({
      data: members.filter((_, i) => i % 3 === 0).map(({ id }) => ({ setId: 'key-projects-2023', projectId: id })),
    });
  });
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

const ORDERS: Record<string, string>[] = [
  { sort: 'name' },
  { sort: 'name', dir: 'desc' },
  { sort: 'investment' },
  { sort: 'investment', dir: 'asc' },
  { sort: 'date' },
  { sort: 'date', dir: 'asc' },
];
const FILTERS: Record<string, string>[] = [{}, { sector: 'industry' }, { set: 'key-projects-2023' }];

async function exported(query: Record<string, string>) {
  const slugs: string[] = [];
  // Batches of 7: each read on from the last row, through known amounts, their end and the unknown ones.
  for await (const project of iterateProjectsWith(prisma, projectFiltersSchema.parse(query), 7))
    slugs.push(project.slug);
  return slugs;
}

async function everyPage(query: Record<string, string>, limits: PlanLimits) {
  const pages: string[][] = [];
  for (let page = 1; ; page++) {
    const list = await listProjectsWith(
      prisma,
      projectFiltersSchema.parse({ ...query, page: String(page), pageSize: '7' }),
      limits,
    );
    if (list.items.length === 0) return { pages, total: list.total };
    pages.push(list.items.map((item) => item.slug));
  }
}

describe('pages deep in the project listing, from its outline', () => {
  it('marks every step-th row of the listing, in its order', async () => {
    const order = await exported({ sort: 'investment', dir: 'asc' });
    const outline = await outlineProjectsWith(
      prisma,
      projectFiltersSchema.parse({ sort: 'investment', dir: 'asc' }),
      STEP,
    );
    const slugsById = new Map(
      (await prisma.project.findMany({ select: { id: true, slug: true } })).map((p) => [p.id, p.slug]),
    );
    expect(outline.step).toBe(10);
    expect(outline.marks.map((mark) => slugsById.get(mark.id))).toEqual(order.filter((_, i) => (i + 1) % 10 === 0));
    // 230 synthetic and 3 shipped projects, 3 unpublished: 230 listed, 23 marks.
    expect(order).toHaveLength(230);
    expect(outline.marks).toHaveLength(23);
  });

  for (const filters of FILTERS) {
    it(`gives the same pages as OFFSET alone in every order: ${JSON.stringify(filters)}`, async () => {
      for (const ordering of ORDERS) {
        const query = { ...filters, ...ordering };
        const limits = 'set' in filters ? LARGE_SET : STEP;
        const outlined = await everyPage(query, limits);
        const offsetOnly = await everyPage(query, { ...NO_OUTLINE, drive: limits.drive });
        expect(outlined).toEqual(offsetOnly);
        expect(outlined.pages.flat()).toEqual(await exported(query));
        expect(outlined.total).toBe(outlined.pages.flat().length);
        expect(outlined.pages.length).toBeGreaterThan(3);
      }
    });
  }

  it('counts a filter set the same whatever the order asked', async () => {
    const counts = await Promise.all(
      ORDERS.map((ordering) =>
        countProjectsWith(prisma, projectFiltersSchema.parse({ sector: 'industry', ...ordering })),
      ),
    );
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBe((await exported({ sector: 'industry' })).length);
  });

  // SQLite's plan (EXPLAIN QUERY PLAN); PostgreSQL's speed at 1,000,000 is measured by `npm run bench:scale`.
  it.skipIf(onPostgres())('seeks a deep page by amount in the index among known amounts, past the mark', async () => {
    const { client, statements } = recordingClient(prisma);
    const query = projectFiltersSchema.parse({ sort: 'investment', page: '5', pageSize: '7' });
    await listProjectsWith(client, query, STEP);
    const page = await queryPlan(prisma, statements[statements.length - 1]);
    expect(page.slice(0, 2)).toEqual([
      'CO-ROUTINE pg',
      'SEARCH p USING COVERING INDEX Project_list_investment_idx (published=? AND totalInvestment<?)',
    ]);
  });

  it('answers a page past the last with no rows', async () => {
    const list = await listProjectsWith(prisma, projectFiltersSchema.parse({ page: '999', pageSize: '7' }), STEP);
    expect(list).toMatchObject({ items: [], total: 230, pageCount: 33 });
  });
});
