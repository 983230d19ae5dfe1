import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { expect, inject, it } from 'vitest';
import { POSTGRESQL_SCHEMA } from '@/scripts/lib/provider-schema';
import { createMigratedPostgresDatabase, createPostgresDatabase } from './migrate';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

// Objects only the migrations create, written in SQL (not in the schema): the search index's
// table and views (migration 20261206100000_search_index), as prisma.config.ts's external tables on SQLite,
// and the indexes that serve PostgreSQL's NULLS LAST (*_pg_idx, migration 20261208090000_listing_nulls_last).
const SQL_ONLY = `NOT LIKE 'search\\_%'`;
const PG_ONLY_INDEX = `NOT LIKE '%\\_pg\\_idx'`;

/** Columns and indexes of the public schema, in a stable order (Prisma's own bookkeeping and SQL_ONLY left out). */
async function shape(url: string): Promise<{ columns: unknown[]; indexes: unknown[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(`
      SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' AND table_name ${SQL_ONLY} ORDER BY table_name, column_name`);
    const indexes = await client.query(`
      SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND tablename ${SQL_ONLY}
        AND indexname ${PG_ONLY_INDEX} ORDER BY tablename, indexname`);
    return { columns: columns.rows, indexes: indexes.rows };
  } finally {
    await client.end();
  }
}

// `prisma migrate diff --from-migrations` needs a shadow database, which fails through the adapter
// here (P3006), so the check is done by hand: the migrations must build exactly the database the
// generated schema describes. Fails when prisma/schema.prisma changed without a PostgreSQL migration.
it('prisma/postgresql/migrations build the tables and indexes of the generated PostgreSQL schema', async () => {
  const admin = inject('postgresUrl');
  const migrated = await createMigratedPostgresDatabase(admin);
  const fromSchema = await createPostgresDatabase(admin, 'schema');
  const script = execFileSync(
    path.join(ROOT, 'node_modules/.bin/prisma'),
    ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', POSTGRESQL_SCHEMA, '--script'],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: fromSchema },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const client = new pg.Client({ connectionString: fromSchema });
  await client.connect();
  await client.query(script).finally(() => client.end());
  const [expected, actual] = [await shape(fromSchema), await shape(migrated)];
  expect(expected.columns.length).toBeGreaterThan(200);
  expect(actual).toEqual(expected);
});
