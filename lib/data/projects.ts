import 'server-only';
import type { Prisma } from '@prisma/client';
import { db } from '@/lib/db';
import type { ProjectFilters } from '@/lib/validations/project-filters';

const listSelect = {
  slug: true,
  name: true,
  sector: true,
  status: true,
  totalInvestment: true,
  startDate: true,
  enterprise: { select: { id: true, name: true } },
} as const;

function whereFor(filters: ProjectFilters): Prisma.ProjectWhereInput {
  return {
    published: true,
    ...(filters.set && { sets: { some: { setId: filters.set } } }),
    ...(filters.sector && { sector: filters.sector }),
    ...(filters.chain && { industryChain: filters.chain }),
    ...(filters.level && { level: filters.level }),
    ...(filters.kind && { kind: filters.kind }),
    ...(filters.status && { status: filters.status }),
  };
}

// Unknown amounts and dates sort last whatever the direction: 未公开 is not zero.
const ORDER: Record<ProjectFilters['sort'], Prisma.ProjectOrderByWithRelationInput[]> = {
  name: [{ name: 'asc' }, { id: 'asc' }],
  investment: [{ totalInvestment: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
  date: [{ startDate: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
};

/** One page of the published projects matching the filters, with the total count. */
export async function fetchProjectList(filters: ProjectFilters) {
  const where = whereFor(filters);
  const [total, projects] = await Promise.all([
    db.project.count({ where }),
    db.project.findMany({
      where,
      orderBy: ORDER[filters.sort],
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
      select: listSelect,
    }),
  ]);
  return { total, projects, pageCount: Math.max(1, Math.ceil(total / filters.pageSize)) };
}

export type ProjectListItem = Awaited<ReturnType<typeof fetchProjectList>>['projects'][number];

/** The values the listing's filters can take, from the data itself. */
export async function fetchProjectFilterOptions() {
  const [chains, sets] = await Promise.all([
    db.project.groupBy({ by: ['industryChain'], where: { published: true, industryChain: { not: null } }, orderBy: { industryChain: 'asc' } }),
    db.set.findMany({ orderBy: { position: 'asc' }, select: { id: true, name: true, nameEn: true } }),
  ]);
  return { chains: chains.map((c) => c.industryChain).filter((c): c is string => c !== null), sets };
}

const passageSelect = { select: { sourceId: true, anchor: true } } as const;

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
      status: true,
      statusDate: true,
      totalInvestment: true,
      annualPlanInvestment: true,
      completedInvestment: true,
      progressPercent: true,
      startDate: true,
      plannedCompletionDate: true,
      location: true,
      knownAs: true,
      quote: true,
      updatedAt: true,
      passage: passageSelect,
      enterprise: { select: { id: true, name: true } },
      sets: {
        select: {
          set: {
            select: {
              id: true,
              name: true,
              nameEn: true,
              // A set's dated figures (its launch date) source the dates its projects share.
              figures: { where: { unit: 'date' }, select: { key: true, label: true, labelEn: true, value: true, passage: passageSelect } },
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
