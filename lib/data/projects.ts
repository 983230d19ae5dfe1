import 'server-only';
import type { Prisma } from '@prisma/client';
import { db } from '@/lib/db';
import { passageRefSelect } from '@/lib/data/sources';
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
  passage: passageRefSelect,
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

/** Every public field of one published project: the API, its feed and the downloads. */
export async function fetchProjectRecord(slug: string) {
  return db.project.findFirst({ where: { slug, published: true }, select: projectDetailSelect });
}

/** The values the listing's filters can take, from the data itself. */
export async function fetchProjectFilterOptions() {
  const [chains, sets] = await Promise.all([
    db.project.groupBy({ by: ['industryChain'], where: { published: true, industryChain: { not: null } }, orderBy: { industryChain: 'asc' } }),
    db.set.findMany({ orderBy: { position: 'asc' }, select: { id: true, name: true, nameEn: true } }),
  ]);
  return { chains: chains.map((c) => c.industryChain).filter((c): c is string => c !== null), sets };
}


/** The status, amounts and dates officials keep up to date (public page, workspace and edit form). */
export const projectFactsSelect = {
  status: true,
  statusDate: true,
  totalInvestment: true,
  annualPlanInvestment: true,
  completedInvestment: true,
  progressPercent: true,
  startDate: true,
  plannedCompletionDate: true,
} as const;

/** Everything the public project page shows; null when there is no such published project. */
export async function fetchProjectBySlug(slug: string) {
  return db.project.findFirst({
    where: { slug, published: true },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      sector: true,
      industryChain: true,
      level: true,
      kind: true,
      ...projectFactsSelect,
      location: true,
      knownAs: true,
      quote: true,
      updatedAt: true,
      passage: passageRefSelect,
      enterprise: { select: { id: true, name: true } },
      sets: {
        select: {
          set: {
            select: {
              id: true,
              name: true,
              nameEn: true,
              // A set's dated figures (its launch date) source the dates its projects share.
              figures: { where: { unit: 'date' }, select: { key: true, label: true, labelEn: true, value: true, passage: passageRefSelect } },
            },
          },
        },
      },
    },
  });
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof fetchProjectBySlug>>>;

/** Other published projects of the same industry chain, for the “see also” list. */
export async function fetchProjectsInChain(chain: string | null, exceptSlug: string, take = 10) {
  if (!chain) return [];
  return db.project.findMany({
    where: { industryChain: chain, published: true, slug: { not: exceptSlug } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take,
    select: { slug: true, name: true, enterprise: { select: { name: true } } },
  });
}
