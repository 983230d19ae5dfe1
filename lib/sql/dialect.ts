import { Prisma } from '@prisma/client';
import { databaseEngine } from '@/lib/database-url';

/**
 * The few places where one raw query must read differently on the two engines (issue 12). Every
 * other raw query is written once in SQL both accept: `TRUE`/`FALSE` for booleans (SQLite knows
 * them as 1 and 0; PostgreSQL refuses `boolean = 1`), an alias on every subquery in FROM, `CASE`
 * instead of SQLite's two-argument `min`/`max`.
 */

/** Read per call, not at import: tests and scripts set DATABASE_URL before their first query. */
export function onPostgres(): boolean {
  return databaseEngine() === 'postgresql';
}

/**
 * SQLite's planner is told which index to use where its statistics mislead it (the listing and
 * search queries); PostgreSQL has no such clause and plans from ANALYZE's statistics.
 */
export function indexedBy(index: string): Prisma.Sql {
  return onPostgres() ? Prisma.empty : Prisma.raw(`INDEXED BY "${index}"`);
}

/**
 * A JSON array (as text) of `value` over the rows, in `order`; `[]` when there is none, as
 * SQLite's json_group_array gives.
 */
export function jsonArrayOf(value: Prisma.Sql, order: Prisma.Sql): Prisma.Sql {
  return onPostgres()
    ? Prisma.sql`coalesce(json_agg(${value} ORDER BY ${order}), '[]')::text`
    : Prisma.sql`json_group_array(${value} ORDER BY ${order})`;
}

/** The elements of a JSON array held in a text column, as rows of one column "value" (both engines name it so). */
export function jsonElements(column: Prisma.Sql): Prisma.Sql {
  return onPostgres() ? Prisma.sql`json_array_elements_text(${column}::json)` : Prisma.sql`json_each(${column})`;
}

/** The text of a top-level field of a JSON object held in a text column. */
export function jsonField(column: Prisma.Sql, key: string): Prisma.Sql {
  return onPostgres() ? Prisma.sql`(${column}::json ->> ${key})` : Prisma.sql`json_extract(${column}, ${`$.${key}`})`;
}

/**
 * Runs `body` with DATABASE_URL naming `url`, then puts back what it named: for the few places
 * (db:copy's checks, the benchmark's loader, tests comparing the engines) that drive a database of
 * the other engine from one process, since the raw SQL above follows DATABASE_URL at each call.
 */
export async function withDatabaseUrl<T>(url: string, body: () => Promise<T>): Promise<T> {
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  }
}
