import { Prisma } from '@prisma/client';
import { order, SORT_COLUMNS, sortKey, type ListingFilters, type Position } from '@/lib/project-list/listing-sql';
import { sqlInteger } from '@/lib/search/match-sql';

/**
 * Deep pages of a long listing without reading up to them. `OFFSET n` walks n index entries for
 * every page (at 1,000,000 projects, page 25,000 took 250 ms). The outline of one filter set in
 * one order is where every `step`-th row is, read by one walk and kept in the cache until the next
 * write (lib/data/projects.ts): a page then starts after the last outlined row before it and walks
 * fewer than `step` entries. The rows are the same as with OFFSET alone
 * (tests/integration/listing-outline.test.ts).
 */

/** The positions of rows step, 2 × step, … (1-based) of the listing, in its order. */
export type Outline = { step: number; marks: Position[] };

/** A row of the outline: its id and its sort column. */
export type OutlineRow = { id: bigint | number } & Partial<{
  name: string;
  totalInvestment: bigint | number | null;
  startDate: string | null;
}>;

/** The statement of an outline: one walk of the listing, numbering its rows and keeping every `step`-th. */
export function outlineQuery(from: Prisma.Sql, filters: ListingFilters, step: number): Prisma.Sql {
  const column = Prisma.raw(`"${SORT_COLUMNS[filters.sort]}"`);
  return Prisma.sql`SELECT o."id", o.${column} FROM (SELECT p."id", p.${column}, row_number() OVER (ORDER BY ${order(filters)}) AS "n" ${from}) AS o
    WHERE o."n" % ${sqlInteger(step)} = 0 ORDER BY o."n"`;
}

/** The outline's rows as positions (the key an export or a page reads on from). */
export function outlineOf(rows: OutlineRow[], filters: ListingFilters, step: number): Outline {
  const marks = rows.map((row) => ({
    id: Number(row.id),
    key: sortKey(filters.sort, { name: '', totalInvestment: null, startDate: null, ...row }),
  }));
  return { step, marks };
}

/**
 * Where page `offset` starts: after the last mark before it, with what is left of the offset; the
 * listing's start when the offset is within the first step (or the outline is shorter).
 */
export function startOfPage(outline: Outline, offset: number): { last: Position | null; offset: number } {
  const marks = Math.min(Math.floor(offset / outline.step), outline.marks.length);
  if (marks === 0) return { last: null, offset };
  return { last: outline.marks[marks - 1], offset: offset - marks * outline.step };
}
