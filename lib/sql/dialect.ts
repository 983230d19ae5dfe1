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
