import 'server-only';
import { cachedRead } from '@/lib/cache/cached-read';
import { db } from '@/lib/db';
import { passageRefSelect } from '@/lib/data/sources';
import {
  countProjectsWith,
  iterateProjectsWith,
  listProjectsWith,
  outlineProjectsWith,
  type SharedReads,
} from '@/lib/project-list/list-projects';
import { PLAN_LIMITS } from '@/lib/project-list/listing-plan';
import { countWithoutTownWith, listChainsWith } from '@/lib/project-list/listing-options';
import type { ProjectListRow } from '@/lib/project-list/listing-rows';
import type { ListingFilters } from '@/lib/project-list/listing-sql';
import type { ProjectFilters } from '@/lib/validations/project-filters';

/** What a listing row shows. */
export const projectListSelect = {
  slug: true,
  name: true,
  nameEn: true,
  enterprise: { select: { id: true, name: true, nameEn: true } },
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
  town: true,
  knownAs: true,
  quote: true,
  passage: passageRefSelect,
  sets: { select: { setId: true } },
  updatedAt: true,
} as const;

/**
 * A listing's count (per filter set) and outline (per order), each read once until the next write
 * however many pages ask: at 1,000,000 projects the count takes 140–200 ms on PostgreSQL, and a page
 * deep in the listing would otherwise walk the index up to itself.
 */
const sharedReads: SharedReads = {
  count: cachedRead('project-count', (filters: ListingFilters) => countProjectsWith(db, filters)),
  outline: cachedRead('project-outline', (filters: ListingFilters) => outlineProjectsWith(db, filters)),
};

/**
 * One page of published projects matching the filters, with the total count (capped with a
 * keyword: see lib/project-list/list-projects.ts). Shared by /projects, /api/v1/projects.
 * Not itself a cachedRead: Next bypasses a cache nested in another (unstable_cache), which would
 * leave the count and the outline uncached; the page's own rows take a few milliseconds, and the
 * front door keeps copies of the rendered pages (server/page-cache.mts).
 */
export async function fetchProjectList(filters: ProjectFilters) {
  return listProjectsWith(db, filters, PLAN_LIMITS, sharedReads);
}

export type ProjectListItem = ProjectListRow;

/** Every matching project, read in batches so that an export of any size never holds all rows at once. */
export function iterateProjects(filters: ListingFilters, batchSize?: number) {
  return iterateProjectsWith(db, filters, batchSize);
}

/** Every public field of one published project: the API, its feed and the downloads. */
export async function fetchProjectRecord(slug: string) {
  return db.project.findFirst({ where: { slug, published: true }, select: projectDetailSelect });
}

/** The values the listing's filters can take, from the data itself, and how many projects have no published 镇街. */
export const fetchProjectFilterOptions = cachedRead('project-filter-options', async () => {
  const [chains, sets, withoutTown] = await Promise.all([
    listChainsWith(db),
    db.set.findMany({ orderBy: { position: 'asc' }, select: { id: true, name: true, nameEn: true } }),
    countWithoutTownWith(db),
  ]);
  return { chains, sets, withoutTown };
});

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
      nameEn: true,
      description: true,
      sector: true,
      industryChain: true,
      level: true,
      kind: true,
      ...projectFactsSelect,
      location: true,
      town: true,
      knownAs: true,
      quote: true,
      updatedAt: true,
      passage: passageRefSelect,
      enterprise: { select: { id: true, name: true, nameEn: true } },
      sets: {
        select: {
          set: {
            select: {
              id: true,
              name: true,
              nameEn: true,
              // A set's dated figures (its launch date) source the dates its projects share.
              figures: {
                where: { unit: 'date' },
                select: { key: true, label: true, labelEn: true, value: true, passage: passageRefSelect },
              },
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
    select: { slug: true, name: true, nameEn: true, enterprise: { select: { name: true, nameEn: true } } },
  });
}
