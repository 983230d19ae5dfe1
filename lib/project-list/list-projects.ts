import { Prisma, type PrismaClient } from '@prisma/client';
import { planListing, PLAN_LIMITS, type Plan, type PlanLimits } from '@/lib/project-list/listing-plan';
import {
  EXPORT_COLUMNS,
  exportRow,
  LIST_COLUMNS,
  listRow,
  type ExportColumns,
  type ListColumns,
} from '@/lib/project-list/listing-rows';
import {
  after,
  cappedListingPage,
  listingPage,
  sortKey,
  type ListingFilters,
  type Position,
} from '@/lib/project-list/listing-sql';
import { cappedCount } from '@/lib/search/match-sql';
import { COUNT_CAP } from '@/lib/search/run-search';
import type { ProjectFilters } from '@/lib/validations/project-filters';

/**
 * Reads of the project listing on a given client (lib/data/projects.ts passes the pages' client,
 * the benchmark its own; tests may pass other plan limits to reach every plan on a small
 * database). With a keyword, matches are counted and paged only up to COUNT_CAP, as /search
 * does: a keyword that matches 100,000 projects stops at 1,001 ("more than 1,000"). Without one,
 * counts are exact.
 */

type Client = Pick<PrismaClient, '$queryRaw'>;
type Found = { found: bigint | number };

/** One page of published projects matching the filters, with the total (capped with a keyword). */
export async function listProjectsWith(prisma: Client, filters: ProjectFilters, limits: PlanLimits = PLAN_LIMITS) {
  const { page, pageSize } = filters;
  const plan = await planListing(prisma, filters, limits);
  const offset = (page - 1) * pageSize;
  if (!plan.keyword) {
    const [[{ found }], rows] = await Promise.all([
      prisma.$queryRaw<Found[]>`SELECT ${plan.count} AS "found"`,
      prisma.$queryRaw<ListColumns[]>(listingPage(plan.from(), filters, LIST_COLUMNS, offset, pageSize)),
    ]);
    return listing(filters, rows, Number(found), Number(found));
  }
  // Pages end at the cap: nothing past match COUNT_CAP is read.
  const limit = Math.max(0, Math.min(pageSize, COUNT_CAP - offset));
  if (plan.keywordMatches !== null) {
    const rows =
      limit > 0
        ? await prisma.$queryRaw<ListColumns[]>(listingPage(plan.from(), filters, LIST_COLUMNS, offset, limit))
        : [];
    return listing(filters, rows, plan.keywordMatches, COUNT_CAP);
  }
  const rows =
    limit > 0
      ? await prisma.$queryRaw<(ListColumns & Found)[]>(
          cappedListingPage(plan.from(), filters, LIST_COLUMNS, offset, limit, COUNT_CAP + 1),
        )
      : [];
  const found = rows.length > 0 ? Number(rows[0].found) : offset === 0 ? 0 : await countUpToCap(prisma, plan);
  return listing(
    filters,
    rows.map(({ found: _, ...row }) => row),
    found,
    COUNT_CAP,
  );
}

async function countUpToCap(prisma: Client, plan: Plan): Promise<number> {
  const [{ found }] = await prisma.$queryRaw<
    Found[]
  >`SELECT ${cappedCount(Prisma.sql`SELECT 1 ${plan.from()}`, COUNT_CAP + 1)} AS "found"`;
  return Number(found);
}

function listing({ page, pageSize }: ProjectFilters, rows: ListColumns[], found: number, cap: number) {
  const total = Math.min(found, cap);
  return {
    items: rows.map((row) => listRow(row)),
    total,
    /** True when more projects matched than `total`: the count stopped at the cap. */
    atLeast: found > total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/**
 * Every matching project with every public field, in batches: an export of any size never holds
 * all rows, and each batch reads on from the last row of the one before (no OFFSET re-reading).
 */
export async function* iterateProjectsWith(
  prisma: Client,
  filters: ListingFilters,
  batchSize = 500,
  limits: PlanLimits = PLAN_LIMITS,
) {
  const plan = await planListing(prisma, filters, limits);
  for (let last: Position | null = null; ;) {
    const batch: ExportColumns[] = await prisma.$queryRaw<ExportColumns[]>(
      listingPage(plan.from(last ? [after(filters, last)] : []), filters, EXPORT_COLUMNS, 0, batchSize),
    );
    yield* batch.map((row) => exportRow(row));
    if (batch.length < batchSize) return;
    const end: ExportColumns = batch[batch.length - 1];
    last = { id: Number(end.id), key: sortKey(filters.sort, end) };
  }
}
