import { Prisma, type PrismaClient } from '@prisma/client';
import {
  columnConditions,
  driveFrom,
  hasColumnFilters,
  idListSize,
  PUBLISHED_INDEX,
  walkFrom,
  type IdList,
  type ListingFilters,
} from '@/lib/project-list/listing-sql';
import { cappedCount, matchingProjectIds, projectMatches, sqlInteger } from '@/lib/search/match-sql';
import { parseSearchQuery, type ParsedQuery } from '@/lib/search/parse-query';
import { COUNT_CAP } from '@/lib/search/run-search';
import { onPostgres } from '@/lib/sql/dialect';

/**
 * How a listing reads its rows. Column filters are checked in the sort's index; a set's members
 * and a keyword's matches are lists of ids, each small or large. A small list (≤ `drive` ids) is
 * read first and its rows sorted. Otherwise the sort's index is walked and each row checked: a
 * set by one primary-key look-up; a keyword that matches most rows by one look-up in the search
 * index (few are needed to fill a page), else against its matches read once into a list. Which
 * one is decided by counting, a statement before: each list up to `drive + 1` (a keyword's past
 * COUNT_CAP too), and the keyword's matches among the first SAMPLE project ids (roughly its share
 * of all rows). On PostgreSQL that statement returns the lists themselves, which a short one's
 * page then reads by id (driveFrom). The choice changes only the speed, never the rows.
 */

/**
 * `outlineStep`: how far apart the outline of a long listing marks its rows (listing-outline.ts).
 * `probeWalk` (PostgreSQL only): a keyword is also checked row by row when the page is expected
 * within that many rows of the walk (the rows the page needs over the keyword's share). There a
 * look-up of a row's search document takes about 3 µs, while reading the matches once fetches each
 * matching document from the table (about 10 µs each, and more than 5,000 of them on this path):
 * at 1,000,000 projects `?q=项目 12` took 1.2 s that way and 2 ms walking. SQLite reads the matches
 * from its full-text index alone, so there the share alone decides.
 */
export type PlanLimits = { drive: number; probeShare: number; probeWalk: number; outlineStep: number };
export const PLAN_LIMITS: PlanLimits = { drive: 5_000, probeShare: 0.5, probeWalk: 20_000, outlineStep: 1_000 };
const SAMPLE = 4_096;

type Client = Pick<PrismaClient, '$queryRaw'>;
type Source = { keyword: boolean; ids: Prisma.Sql; check: (size: number, share: number) => Prisma.Sql };
export type Plan = {
  keyword: ParsedQuery | null;
  /** The FROM … WHERE … of the listing, with any further conditions (an export's position). */
  from: (extra?: Prisma.Sql[]) => Prisma.Sql;
  /** An exact count, when there is no keyword (a keyword's matches are counted up to a cap). */
  count: Prisma.Sql;
  /**
   * The keyword's matches, counted up to at least COUNT_CAP + 1, when nothing else narrows the
   * listing: the search index holds published projects only, so they are the listing's rows.
   */
  keywordMatches: number | null;
};

/** The keyword as the search index reads it (Traditional → Simplified, pinyin…), or null when it has no terms. */
export function parseKeyword(q: string | undefined): ParsedQuery | null {
  const query = q ? parseSearchQuery(q) : null;
  return query && (query.trigram || query.bigram) ? query : null;
}

function setSource(setId: string): Source {
  const probe = Prisma.sql`EXISTS (SELECT 1 FROM "SetMembership" sm WHERE sm."setId" = ${setId} AND sm."projectId" = p."id")`;
  return {
    keyword: false,
    ids: Prisma.sql`SELECT sm."projectId" AS "id" FROM "SetMembership" sm WHERE sm."setId" = ${setId}`,
    check: () => probe,
  };
}

function keywordSource(query: ParsedQuery, limits: PlanLimits, reach: number): Source {
  const walkable = (share: number) => onPostgres() && share > 0 && reach / share <= limits.probeWalk;
  return {
    keyword: true,
    ids: matchingProjectIds(query),
    check: (size, share) =>
      size <= limits.drive || share >= limits.probeShare || walkable(share)
        ? projectMatches(query)
        : Prisma.sql`p."id" IN (${matchingProjectIds(query)})`,
  };
}

/** `reach`: how many rows from the start the read needs (a page's end; every row for an export). */
export async function planListing(
  prisma: Client,
  filters: ListingFilters,
  limits: PlanLimits = PLAN_LIMITS,
  reach = Number.POSITIVE_INFINITY,
): Promise<Plan> {
  const keyword = parseKeyword(filters.q);
  const conditions = columnConditions(filters);
  // A keyword alone: its matches are the listing's rows, counted apart. Otherwise the page's read
  // also counts the rows up to the cap, so it reaches that far.
  const alone = !filters.set && keyword !== null && conditions.length === 1;
  const sources = [
    ...(filters.set ? [setSource(filters.set)] : []),
    ...(keyword ? [keywordSource(keyword, limits, alone ? reach : Math.max(reach, COUNT_CAP + 1))] : []),
  ];
  const walk = (extra: Prisma.Sql[], checks: Prisma.Sql[] = []) =>
    walkFrom(filters.sort, [...conditions, ...extra, ...checks]);
  if (sources.length === 0) {
    const counted = hasColumnFilters(filters) ? walk([]) : walkFrom(filters.sort, conditions, PUBLISHED_INDEX);
    return {
      keyword,
      from: (extra = []) => walk(extra),
      count: Prisma.sql`(SELECT count(*) ${counted})`,
      keywordMatches: null,
    };
  }
  const caps = sources.map((source) => (source.keyword ? Math.max(limits.drive, COUNT_CAP) : limits.drive) + 1);

  const { lists, sizes, share } = await measureSources(prisma, sources, caps, keyword, limits.drive);
  const smallest = sizes.indexOf(Math.min(...sizes));
  const driven = sizes[smallest] <= limits.drive ? smallest : -1;
  const checks = sources.flatMap((source, i) => (i === driven ? [] : [source.check(sizes[i], share)]));
  const from = (extra: Prisma.Sql[] = []) =>
    driven >= 0
      ? driveFrom(lists?.[driven] ?? sources[driven].ids, [...conditions, ...extra, ...checks])
      : walk(extra, checks);
  return {
    keyword,
    from,
    count: exactCount(filters, from(), driven >= 0 || keyword !== null),
    keywordMatches: alone ? sizes[0] : null,
  };
}

/**
 * The sizing statement: each source's list up to its cap (on PostgreSQL the ids themselves as
 * text, for driveFrom; SQLite counts them), and the keyword's share among the first SAMPLE projects. The
 * share decides only how a long keyword list is checked, so it is sampled only when the keyword
 * has more than `drive` matches: sampling reads up to SAMPLE search documents (about 15 ms at
 * 1,000,000 projects, when not in memory). The lists are MATERIALIZED: referred to twice, they
 * were otherwise read twice on PostgreSQL.
 */
async function measureSources(
  prisma: Client,
  sources: Source[],
  caps: number[],
  keyword: ParsedQuery | null,
  drive: number,
) {
  const returnsIds = onPostgres();
  const measures = sources.map((source, i) =>
    returnsIds
      ? Prisma.sql`coalesce((SELECT string_agg(c."id"::TEXT, ',') FROM (${source.ids} LIMIT ${sqlInteger(caps[i])}) AS c), '') AS ${Prisma.raw(`"ids${i}"`)}`
      : Prisma.sql`${cappedCount(source.ids, caps[i])} AS ${Prisma.raw(`"size${i}"`)}`,
  );
  const sampleOf = (query: ParsedQuery) => {
    const at = sources.findIndex((source) => source.keyword);
    const size = Prisma.raw(returnsIds ? `cardinality(string_to_array(sized."ids${at}", ','))` : `sized."size${at}"`);
    return Prisma.sql`CASE WHEN ${size} > ${sqlInteger(drive)} THEN (SELECT count(*) FROM (${matchingProjectIds(query, SAMPLE)}) AS "sampled") ELSE 0 END`;
  };
  const sample = keyword ? sampleOf(keyword) : Prisma.sql`0`;
  const [measured] = await prisma.$queryRaw<
    Record<string, bigint | number | IdList>[]
  >`WITH sized AS MATERIALIZED (SELECT ${Prisma.join(measures, ', ')}) SELECT sized.*, ${sample} AS "sample" FROM sized`;
  const lists = returnsIds ? sources.map((_, i) => measured[`ids${i}`] as IdList) : null;
  return {
    lists,
    sizes: sources.map((_, i) => (lists ? idListSize(lists[i]) : Number(measured[`size${i}`]))),
    share: Number(measured.sample) / SAMPLE,
  };
}

/**
 * `(SELECT count(*) …)`. A large set with no other filter is counted from the set itself, less
 * its unpublished members, rather than by a look-up per project.
 */
function exactCount(filters: ListingFilters, from: Prisma.Sql, narrowed: boolean): Prisma.Sql {
  if (!filters.set || narrowed || hasColumnFilters(filters)) return Prisma.sql`(SELECT count(*) ${from})`;
  const members = Prisma.sql`FROM "SetMembership" sm WHERE sm."setId" = ${filters.set}`;
  const unpublished = walkFrom(
    filters.sort,
    [Prisma.sql`p."published" = FALSE`, Prisma.sql`EXISTS (SELECT 1 ${members} AND sm."projectId" = p."id")`],
    PUBLISHED_INDEX,
  );
  return Prisma.sql`((SELECT count(*) ${members}) - (SELECT count(*) ${unpublished}))`;
}
