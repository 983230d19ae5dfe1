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
  knownAfter,
  listingPage,
  sortKey,
  type ListingFilters,
  type Position,
} from '@/lib/project-list/listing-sql';
import {
  outlineOf,
  outlineQuery,
  startOfPage,
  type Outline,
  type OutlineRow,
} from '@/lib/project-list/listing-outline';
import { cappedCount } from '@/lib/search/match-sql';
import { COUNT_CAP } from '@/lib/search/run-search';
import type { ProjectFilters } from '@/lib/validations/project-filters';

/**
 * Reads of the project listing on a given client (lib/data/projects.ts passes the pages' client,
 * the benchmark its own; tests may pass other plan limits to reach every plan on a small
 * database). With a keyword, matches are counted and paged only up to COUNT_CAP, as /search
 * does: a keyword that matches 100,000 projects stops at 1,001 ("more than 1,000"). Without one,
 * counts are exact, and pages deep in the listing start from its outline (listing-outline.ts).
 */

type Client = Pick<PrismaClient, '$queryRaw'>;
type Found = { found: bigint | number };

/**
 * What many pages of a listing without a keyword share, which lib/data/projects.ts keeps in the
 * cache: the count of a filter set (the same in every order) and the outline of one order.
 */
export type SharedReads = {
  count(filters: ListingFilters): Promise<number>;
  outline(filters: ListingFilters): Promise<Outline>;
};

/** The exact number of published projects matching filters without a keyword. */
export async function countProjectsWith(prisma: Client, filters: ListingFilters, limits: PlanLimits = PLAN_LIMITS) {
  const plan = await planListing(prisma, filters, limits);
  const [{ found }] = await prisma.$queryRaw<Found[]>`SELECT ${plan.count} AS "found"`;
  return Number(found);
}

/** The outline of a listing without a keyword in its order. */
export async function outlineProjectsWith(prisma: Client, filters: ListingFilters, limits: PlanLimits = PLAN_LIMITS) {
  const plan = await planListing(prisma, filters, limits);
  const rows = await prisma.$queryRaw<OutlineRow[]>(outlineQuery(plan.from(), filters, limits.outlineStep));
  return outlineOf(rows, filters, limits.outlineStep);
}

/** The shared reads, read afresh each time (tests, scripts). */
export const sharedReadsWith = (prisma: Client, limits: PlanLimits = PLAN_LIMITS): SharedReads => ({
  count: (filters) => countProjectsWith(prisma, filters, limits),
  outline: (filters) => outlineProjectsWith(prisma, filters, limits),
});

/** One page of published projects matching the filters, with the total (capped with a keyword). */
export async function listProjectsWith(
  prisma: Client,
  filters: ProjectFilters,
  limits: PlanLimits = PLAN_LIMITS,
  shared: SharedReads = sharedReadsWith(prisma, limits),
) {
  const { page, pageSize, ...listed } = filters;
  const offset = (page - 1) * pageSize;
  const plan = await planListing(prisma, filters, limits, offset + pageSize);
  if (!plan.keyword) {
    // The count's filters without the order, so that every order of one filter set shares it.
    const counted = shared.count({ ...listed, sort: 'name', dir: undefined });
    if (offset < limits.outlineStep) {
      const [found, rows] = await Promise.all([
        counted,
        readAfter<ListColumns>(prisma, plan, listed, null, offset, pageSize, LIST_COLUMNS),
      ]);
      return listing(filters, rows, found, found);
    }
    // A deep page: past the last row there is nothing to read (and nothing to walk to).
    const found = await counted;
    if (offset >= found) return listing(filters, [], found, found);
    const start = startOfPage(await shared.outline(listed), offset);
    const rows = await readAfter<ListColumns>(prisma, plan, listed, start.last, start.offset, pageSize, LIST_COLUMNS);
    return listing(filters, rows, found, found);
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
 * Rows `offset` to `offset + limit` after `last` (from the listing's start without one). After a
 * known amount or date they are first sought among known values (`knownAfter`); only where those
 * run out within the read is it read again through the full condition.
 */
async function readAfter<Row>(
  prisma: Client,
  plan: Plan,
  filters: ListingFilters,
  last: Position | null,
  offset: number,
  limit: number,
  columns: Prisma.Sql,
): Promise<Row[]> {
  const read = (conditions: Prisma.Sql[]) =>
    prisma.$queryRaw<Row[]>(listingPage(plan.from(conditions), filters, columns, offset, limit));
  const known = last && knownAfter(filters, last);
  if (known) {
    const rows = await read([known]);
    if (rows.length === limit) return rows;
  }
  return read(last ? [after(filters, last)] : []);
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
    const batch = await readAfter<ExportColumns>(prisma, plan, filters, last, 0, batchSize, EXPORT_COLUMNS);
    yield* batch.map((row) => exportRow(row));
    if (batch.length < batchSize) return;
    const end: ExportColumns = batch[batch.length - 1];
    last = { id: Number(end.id), key: sortKey(filters.sort, end) };
  }
}
