import { Prisma, type PrismaClient } from '@prisma/client';
import { kindIdRange, type SearchKind } from '@/lib/search/kinds';
import { cappedCount, matchedId, matchingDocs, matchingDocsIn, sqlInteger } from '@/lib/search/match-sql';
import type { ParsedQuery } from '@/lib/search/parse-query';

type Client = Pick<PrismaClient, '$queryRaw'>;
type Row = Record<string, bigint | number>;

/**
 * How many documents of each kind a query matches, as far as `cap` at least, read in one
 * statement with the `extra` columns (run-search.ts adds its counts of named documents);
 * `found(kind)` gives a kind's count and `row` the extra columns.
 *
 * Projects are counted apart, up to the cap. Every other kind is small (what a district publishes,
 * and its enterprises), and their blocks of ids lie side by side (kinds.ts): their matches are
 * read in one pass of the index, as far as `cap` per kind, and counted per kind. Counted one pass
 * per kind, PostgreSQL intersected the GIN index's lists once for each (about 6 ms a time at
 * 1,000,000 projects, for kinds of a few hundred documents). A pass that reaches its limit may
 * have stopped before some kind's cap: then they are counted again, one pass each. One that ends
 * below it has read every small match, so their counts are exact, past the cap too.
 */
export async function countKinds(
  prisma: Client,
  query: ParsedQuery,
  kinds: readonly SearchKind[],
  cap: number,
  extra: Prisma.Sql[] = [],
) {
  const small = kinds.filter((kind) => kind !== 'project');
  const limit = small.length * cap;
  const column = (kind: SearchKind) => `c${kinds.indexOf(kind)}`;
  const apart = (kind: SearchKind) =>
    Prisma.sql`${cappedCount(Prisma.sql`SELECT 1 ${matchingDocs(query, kind)}`, cap)} AS ${Prisma.raw(`"${column(kind)}"`)}`;
  const inBlock = (kind: SearchKind) => {
    const { lo, hi } = kindIdRange(kind);
    return Prisma.sql`count(CASE WHEN s."id" > ${sqlInteger(lo)} AND s."id" < ${sqlInteger(hi)} THEN 1 END) AS ${Prisma.raw(`"${column(kind)}"`)}`;
  };
  const ranges = small.map(kindIdRange);
  const pass = small.length
    ? Prisma.sql`FROM (SELECT ${matchedId()} AS "id" ${matchingDocsIn(query, {
        lo: Math.min(...ranges.map((range) => range.lo)),
        hi: Math.max(...ranges.map((range) => range.hi)),
      })} LIMIT ${sqlInteger(limit)}) AS s`
    : Prisma.empty;
  const columns = [...kinds.map((kind) => (kind === 'project' ? apart(kind) : inBlock(kind))), ...extra];
  const [row] = await prisma.$queryRaw<Row[]>`SELECT ${Prisma.join(columns, ', ')} ${pass}`;
  const passed = small.reduce((sum, kind) => sum + Number(row[column(kind)]), 0);
  if (small.length > 0 && passed >= limit) {
    const [again] = await prisma.$queryRaw<Row[]>`SELECT ${Prisma.join(small.map(apart), ', ')}`;
    Object.assign(row, again);
  }
  return { found: (kind: SearchKind) => Number(row[column(kind)]), row };
}
