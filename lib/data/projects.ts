import 'server-only';
import type { Prisma } from '@prisma/client';
import { db } from '@/lib/db';
import type { ProjectFilters } from '@/lib/validations/project-filters';

/** What a listing row shows. */
export const projectListSelect = {
  slug: true,
  name: true,
  enterprise: { select: { id: true, name: true } },
  sector: true,
  industryChain: true,
  level: true,
  kind: true,
  status: true,
  statusDate: true,
  totalInvestment: true,
  startDate: true,
} as const;

/** Every public field of a project: the API's single project and the downloads. */
export const projectDetailSelect = {
  ...projectListSelect,
  code: true,
  description: true,
  annualPlanInvestment: true,
  completedInvestment: true,
  progressPercent: true,
  plannedCompletionDate: true,
  location: true,
  knownAs: true,
  quote: true,
  passage: { select: { sourceId: true, anchor: true } },
  sets: { select: { setId: true } },
  updatedAt: true,
} as const;

type Filters = Omit<ProjectFilters, 'page' | 'pageSize'>;

/**
 * Ids of projects whose name, industry chain or enterprise contains `q` literally. instr() and not
 * Prisma's `contains`: on SQLite that becomes LIKE, where a typed % or _ would match everything.
 */
async function matchingIds(q: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT p."id" FROM "Project" p LEFT JOIN "Enterprise" e ON e."id" = p."enterpriseId"
    WHERE instr(p."name", ${q}) > 0 OR instr(coalesce(p."industryChain", ''), ${q}) > 0 OR instr(coalesce(e."name", ''), ${q}) > 0`;
  return rows.map((row) => Number(row.id));
}

async function projectWhere({ q, set, sector, chain, level, kind, status }: Filters): Promise<Prisma.ProjectWhereInput> {
  return {
    published: true,
    ...(sector && { sector }),
    ...(chain && { industryChain: chain }),
    ...(level && { level }),
    ...(kind && { kind }),
    ...(status && { status }),
    ...(set && { sets: { some: { setId: set } } }),
    ...(q && { id: { in: await matchingIds(q) } }),
  };
}

// Unknown amounts and dates sort last; the id keeps pages stable between reads.
function projectOrder(sort: ProjectFilters['sort']): Prisma.ProjectOrderByWithRelationInput[] {
  if (sort === 'investment') return [{ totalInvestment: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }];
  if (sort === 'date') return [{ startDate: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }];
  return [{ name: 'asc' }, { id: 'asc' }];
}

/**
 * One page of published projects matching the filters, with the total count.
 * Shared by /projects, /api/v1/projects and the exports.
 */
export async function fetchProjectList(filters: ProjectFilters) {
  const where = await projectWhere(filters);
  const [total, items] = await Promise.all([
    db.project.count({ where }),
    db.project.findMany({
      where,
      orderBy: projectOrder(filters.sort),
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
      select: projectListSelect,
    }),
  ]);
  return { items, total, page: filters.page, pageSize: filters.pageSize, pageCount: Math.max(1, Math.ceil(total / filters.pageSize)) };
}

export type ProjectListItem = Awaited<ReturnType<typeof fetchProjectList>>['items'][number];

/** Every matching project, read in batches so that an export of any size never holds all rows at once. */
export async function* iterateProjects(filters: Filters, batchSize = 500) {
  const where = await projectWhere(filters);
  for (let skip = 0; ; skip += batchSize) {
    const batch = await db.project.findMany({ where, orderBy: projectOrder(filters.sort), skip, take: batchSize, select: projectDetailSelect });
    yield* batch;
    if (batch.length < batchSize) return;
  }
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof fetchProjectBySlug>>>;

export async function fetchProjectBySlug(slug: string) {
  return db.project.findFirst({ where: { slug, published: true }, select: projectDetailSelect });
}
