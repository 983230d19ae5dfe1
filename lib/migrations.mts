import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The migrations this checkout ships (prisma/migrations), by folder name, in the order Prisma
 * applies them. Node built-ins only, so that the start scripts (scripts/lib/database.mjs), the
 * health check (lib/data/health.ts), the benchmarks and the tests share it.
 */
export function shippedMigrations(root: string = process.cwd()): string[] {
  return readdirSync(path.join(root, 'prisma', 'migrations'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The migrations Prisma finished on a database (as "name"), in order; fails when it has no migration table. */
export const APPLIED_MIGRATIONS_SQL = `SELECT "migration_name" AS "name" FROM "_prisma_migrations"
  WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY 1`;

/** Which shipped migrations a database lacks, and which it has that this checkout does not know. */
export function compareMigrations(applied: readonly string[], shipped: readonly string[]) {
  return {
    missing: shipped.filter((name) => !applied.includes(name)),
    ahead: applied.filter((name) => !shipped.includes(name)).sort(),
  };
}
