// Applies prisma/postgresql/migrations to a PostgreSQL database, keeping Prisma's own record
// (`_prisma_migrations`), so that `prisma migrate status` and `prisma migrate deploy` (npm run
// db:migrate) agree with it. Used by `npm start`, `npm run cluster` and the tests instead of
// `prisma migrate deploy`, which takes 13–18 s here to apply what this applies in under a second
// (the CLI's start and its schema engine in WebAssembly), and would be run by every instance.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { compareMigrations, MIGRATIONS_FOLDER, shippedMigrations } from '../../lib/migrations.mts';

// Prisma's own advisory lock key for migrations: this and `prisma migrate` never run at once.
const PRISMA_MIGRATE_LOCK = 72707369;

// The table as Prisma creates it on PostgreSQL.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

const APPLIED = `SELECT "migration_name" FROM "_prisma_migrations"
  WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;

/**
 * Applies the shipped migrations the database lacks, in order, each in one transaction with its
 * record (PostgreSQL's DDL is transactional: a migration is applied whole or not at all). Several
 * instances starting at once take turns on the lock; the later ones find nothing to do.
 * Returns the names applied.
 */
export async function migratePostgres(databaseUrl, root) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const applied = (await client.query(APPLIED)).rows.map((row) => row.migration_name);
    const { missing } = compareMigrations(applied, shippedMigrations(root, 'postgresql'));
    for (const name of missing) {
      const script = readFileSync(path.join(root, MIGRATIONS_FOLDER.postgresql, name, 'migration.sql'), 'utf8');
      await client.query('BEGIN');
      try {
        await client.query(script);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count")
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), createHash('sha256').update(script).digest('hex'), name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`PostgreSQL migration ${name} failed: ${error.message}`, { cause: error });
      }
    }
    return missing;
  } finally {
    await client.end();
  }
}
