import { readdirSync } from 'node:fs';
import path from 'node:path';
import { databaseEngine, type DatabaseEngine } from './database-engine.mts';

/** Each engine's migrations, made from the one data model (`npm run db:schemas` writes the PostgreSQL schema). */
export const MIGRATIONS_FOLDER: Record<DatabaseEngine, string> = {
  sqlite: path.join('prisma', 'migrations'),
  postgresql: path.join('prisma', 'postgresql', 'migrations'),
};

/**
 * The migrations this checkout ships for the engine DATABASE_URL names, by folder name, in the
 * order Prisma applies them. Node built-ins only, so that the start scripts
 * (scripts/lib/database.mjs), the health check (lib/data/health.ts), the benchmarks and the tests
 * share it.
 */
export function shippedMigrations(root: string = process.cwd(), engine = databaseEngine()): string[] {
  return readdirSync(path.join(root, MIGRATIONS_FOLDER[engine]), { withFileTypes: true })
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
