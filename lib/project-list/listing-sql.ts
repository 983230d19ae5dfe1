import { Prisma } from '@prisma/client';
import { sqlInteger } from '@/lib/search/match-sql';
import { indexedBy, onPostgres } from '@/lib/sql/dialect';
import { DEFAULT_DIRECTIONS, sortDirection, TOWN_NONE, type ProjectFilters } from '@/lib/validations/project-filters';

/**
 * The SQL of the project listing (/projects, /api/v1/projects, the project downloads): the rows
 * a listing starts from (an index walk or a short list of ids), the conditions on them, the
 * order, and pages of rows. Aliases: p Project, e Enterprise, pa Passage, k a list of ids.
 */

export type ListingFilters = Omit<ProjectFilters, 'page' | 'pageSize'>;
type Sort = ProjectFilters['sort'];

/**
 * Each sort walks its own index (migration 20261130104500_listing_indexes), which holds every
 * filter column: a walk checks them in the index and reads the table only for the rows shown.
 * Named with INDEXED BY because without statistics (no ANALYZE) SQLite may prefer a one-column
 * filter index and then sort every match.
 */
export const LISTING_INDEXES = {
  name: 'Project_list_name_idx',
  investment: 'Project_list_investment_idx',
  date: 'Project_list_date_idx',
} as const satisfies Record<Sort, string>;

/** Narrow: the count of every published project reads it rather than a wide index. */
export const PUBLISHED_INDEX = 'Project_published_idx';

export const SORT_COLUMNS = {
  name: 'name',
  investment: 'totalInvestment',
  date: 'startDate',
} as const satisfies Record<Sort, string>;

/** The order of a listing: its sort and, when asked for, the reverse of the sort's own direction. */
export type Ordering = Pick<ProjectFilters, 'sort' | 'dir'>;

/**
 * The sort's own direction is its index's order (SQLite sorts NULL below every value, so DESC
 * puts unknown amounts and dates last, as the indexes store them); the id keeps pages stable
 * between reads. The reverse walks the same index backwards, id included; NULLS LAST keeps
 * unknown values last, and SQLite still reads the index in order for it (listing-plans.test.ts).
 */
function orderParts(ordering: Ordering) {
  const dir = sortDirection(ordering);
  const reversed = dir !== DEFAULT_DIRECTIONS[ordering.sort];
  // PostgreSQL sorts NULL above every value, so there unknown values need NULLS LAST both ways.
  const nulls = ordering.sort !== 'name' && (dir === 'asc' || onPostgres());
  return { column: SORT_COLUMNS[ordering.sort], descending: dir === 'desc', nulls, idDescending: reversed };
}

export const order = (ordering: Ordering, alias = 'p') => {
  const { column, descending, nulls, idDescending } = orderParts(ordering);
  return Prisma.raw(
    `${alias}."${column}"${descending ? ' DESC' : ''}${nulls ? ' NULLS LAST' : ''}, ${alias}."id"${idDescending ? ' DESC' : ''}`,
  );
};

const COLUMN_FILTERS = [
  ['sector', 'sector'],
  ['chain', 'industryChain'],
  ['level', 'level'],
  ['kind', 'kind'],
  ['status', 'status'],
  ['town', 'town'],
] as const;

export const hasColumnFilters = (filters: ListingFilters) => COLUMN_FILTERS.some(([filter]) => filters[filter]);

/** Published, and equal to each column filter given (all of them held in the listing indexes). */
export function columnConditions(filters: ListingFilters): Prisma.Sql[] {
  const conditions = [Prisma.sql`p."published" = TRUE`];
  for (const [filter, column] of COLUMN_FILTERS) {
    const value = filters[filter];
    // Only the town filter has a value for "not published"; a chain named "none" is a chain.
    if (filter === 'town' && value === TOWN_NONE) conditions.push(Prisma.sql`p."town" IS NULL`);
    else if (value) conditions.push(Prisma.sql`p.${Prisma.raw(`"${column}"`)} = ${value}`);
  }
  return conditions;
}

/**
 * `FROM "Project" p INDEXED BY … WHERE …`: every project in the index's order (by default the sort's), checked one by
 * one.
 */
export function walkFrom(sort: Sort, conditions: Prisma.Sql[], index: string = LISTING_INDEXES[sort]): Prisma.Sql {
  return Prisma.sql`FROM "Project" p ${indexedBy(index)} WHERE ${Prisma.join(conditions, ' AND ')}`;
}

/**
 * A list of ids as the listing's sizing statement returns it on PostgreSQL: "12,345,…", '' for
 * none. The ids travel as one text value both ways: as an INTEGER[], Prisma converted each of
 * 5,000 ids on the way out and again on the way in (9 of a listing's 30 ms at 1,000,000 projects).
 */
export type IdList = string;
export const idListSize = (ids: IdList) => (ids === '' ? 0 : ids.split(',').length);

/**
 * `FROM … WHERE …`: only the listed ids, each looked up by its key and sorted afterwards. On
 * SQLite the list is a query, kept the outer loop by CROSS JOIN. On PostgreSQL it is the ids
 * themselves, read by the plan's sizing statement (listing-plan.ts): the matches are not read a
 * second time, and the join order is not left to estimates (with a keyword's list estimated at
 * four times its size PostgreSQL walked the whole primary key in a merge join: at 1,000,000
 * projects, 380 ms for 5,000 ids).
 */
export function driveFrom(ids: Prisma.Sql | IdList, conditions: Prisma.Sql[]): Prisma.Sql {
  const where = Prisma.join(conditions, ' AND ');
  return typeof ids === 'string'
    ? Prisma.sql`FROM "Project" p WHERE p."id" = ANY(string_to_array(${ids}, ',')::INTEGER[]) AND ${where}`
    : Prisma.sql`FROM (${ids}) AS k CROSS JOIN "Project" p WHERE p."id" = k."id" AND ${where}`;
}

const JOINS = Prisma.sql`JOIN "Project" p ON p."id" = pg."id"
    LEFT JOIN "Enterprise" e ON e."id" = p."enterpriseId"
    LEFT JOIN "Passage" pa ON pa."id" = p."passageId"`;

/**
 * Rows `offset` to `offset + limit` with the given columns. The page's ids come first (from the
 * index alone on a walk); only those rows are read from the table, joined, and sorted again.
 */
export function listingPage(
  from: Prisma.Sql,
  sort: Ordering,
  columns: Prisma.Sql,
  offset: number,
  limit: number,
): Prisma.Sql {
  return Prisma.sql`SELECT ${columns}
    FROM (SELECT p."id" ${from} ORDER BY ${order(sort)} LIMIT ${sqlInteger(limit)} OFFSET ${sqlInteger(offset)}) AS pg
    ${JOINS}
    ORDER BY ${order(sort)}`;
}

/**
 * One page and, on each row, "found": how many rows there are up to `cap` — one read for both,
 * so that the rows' source (a list or look-ups) is read once. The first `cap` ids are numbered in
 * order, counted, and the page's numbers kept. A page past the last row has no row to say it.
 */
export function cappedListingPage(
  from: Prisma.Sql,
  sort: Ordering,
  columns: Prisma.Sql,
  offset: number,
  limit: number,
  cap: number,
): Prisma.Sql {
  // The sort's own column and the id: both in the walked index, so the walk stays index-only.
  const firstIds = Prisma.sql`SELECT p."id", p.${Prisma.raw(`"${SORT_COLUMNS[sort.sort]}"`)} ${from} ORDER BY ${order(sort)} LIMIT ${sqlInteger(cap)}`;
  return Prisma.sql`SELECT ${columns}, pg."found"
    FROM (SELECT "id", "n", count(*) OVER () AS "found" FROM (SELECT hit."id", row_number() OVER (ORDER BY ${order(sort, 'hit')}) AS "n" FROM (${firstIds}) AS hit) AS "numbered") AS pg
    ${JOINS}
    WHERE pg."n" > ${sqlInteger(offset)} AND pg."n" <= ${sqlInteger(offset + limit)}
    ORDER BY pg."n"`;
}

/** Where the previous row of an export was, by its sort value and id. */
export type Position = { id: number; key: string | number | null };

/** Condition: the row comes after `last` in the listing's order (exports read on from there, never re-reading). */
export function after(ordering: Ordering, last: Position): Prisma.Sql {
  const { column: name, descending, idDescending } = orderParts(ordering);
  const column = Prisma.raw(`p."${name}"`);
  const [beyond, idBeyond] = [Prisma.raw(descending ? '<' : '>'), Prisma.raw(idDescending ? '<' : '>')];
  if (ordering.sort === 'name') return Prisma.sql`(${column}, p."id") ${beyond} (${last.key}, ${last.id})`;
  // Unknown values last: the values beyond, the same value with an id beyond, then every unknown one.
  if (last.key === null) return Prisma.sql`(${column} IS NULL AND p."id" ${idBeyond} ${last.id})`;
  return Prisma.sql`(${column} ${beyond} ${last.key} OR (${column} = ${last.key} AND p."id" ${idBeyond} ${last.id}) OR ${column} IS NULL)`;
}

/**
 * The part of `after` an index can seek to, for a position at a known amount or date: the rows
 * from its value on among known values (its ties up to its id left out). `after` itself also takes
 * the unknown values, which come last, with an OR that no index range serves: at 1,000,000 rows it
 * walked from the start of the index (80–180 ms). A read through this one that comes back short
 * (the known values ran out) must read again through `after`. Null when `after` seeks itself (names,
 * and positions among the unknown values).
 */
export function knownAfter(ordering: Ordering, last: Position): Prisma.Sql | null {
  if (ordering.sort === 'name' || last.key === null) return null;
  const { column: name, descending, idDescending } = orderParts(ordering);
  const column = Prisma.raw(`p."${name}"`);
  const [from, idUpTo] = [Prisma.raw(descending ? '<=' : '>='), Prisma.raw(idDescending ? '>=' : '<=')];
  return Prisma.sql`${column} ${from} ${last.key} AND NOT (${column} = ${last.key} AND p."id" ${idUpTo} ${last.id})`;
}

export const sortKey = (
  sort: Sort,
  row: { name: string; totalInvestment: bigint | number | null; startDate: string | null },
) =>
  sort === 'name'
    ? row.name
    : sort === 'investment'
      ? row.totalInvestment === null
        ? null
        : Number(row.totalInvestment)
      : row.startDate;
