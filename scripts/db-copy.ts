/**
 * `npm run db:copy -- --from file:./data/portal.db --to postgresql://…`: moves a SQLite portal to an
 * EMPTY PostgreSQL database (README, "On PostgreSQL"), keeping every id, revision, user, session,
 * import job and throttle, so that the portal then runs there as it did. The SQLite file is only
 * read (in one snapshot: it may stay in service meanwhile); the copy is one transaction. Prints the
 * rows and a checksum per table on both sides, and fails when they differ.
 */
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { copyModelTables, tableWithRows, withGinIndexesBuiltAfter } from '@/lib/backup/copy-to-postgres';
import { postgresModelChecksums, sqliteModelChecksums } from '@/lib/backup/model-checksums';
import { modelTables, quoteName } from '@/lib/backup/model-tables';
import { databaseEngine, resolveDatabaseUrl } from '@/lib/database-url';
import { createPrismaClient } from '@/lib/prisma-client';
import { rebuildSearchIndex } from '@/lib/search/rebuild';
import { checkPostgresLocale } from '@/scripts/lib/database.mjs';
import { migratePostgres } from '@/scripts/lib/postgres-migrate.mjs';
import { ROOT } from '@/scripts/lib/run.mjs';

class CopyRefused extends Error {}

function openSource(from: string): Database.Database {
  if (databaseEngine({ DATABASE_URL: from }) !== 'sqlite')
    throw new CopyRefused('--from must name a SQLite file (file:…)');
  const source = new Database(resolveDatabaseUrl({ DATABASE_URL: from }).slice('file:'.length), {
    readonly: true,
    fileMustExist: true,
  });
  for (const { table, columns } of modelTables()) {
    const stored = source.prepare<[], { name: string }>(`PRAGMA table_info(${quoteName(table)})`).all();
    const missing = columns.filter((column) => !stored.some((s) => s.name === column.name));
    if (missing.length > 0)
      throw new CopyRefused(
        `${from} lacks ${table}.${missing[0].name}: start the portal on it once (npm start) to migrate it, then copy`,
      );
  }
  return source;
}

/** The copy itself, in one transaction on the target, reading one snapshot of the source. */
async function copy(source: Database.Database, to: string) {
  const tables = modelTables();
  const client = new pg.Client({ connectionString: to });
  await client.connect();
  try {
    const holding = await tableWithRows(client, tables);
    if (holding)
      throw new CopyRefused(`the target already holds portal data (table ${holding}): copy into an empty database`);
    await migratePostgres(to, ROOT);
    await client.query('BEGIN');
    try {
      const copied = await copyModelTables(source, client, tables);
      await client.query('COMMIT');
      return copied;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    await client.end();
  }
}

async function main() {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  const { from = 'file:./data/portal.db', to } = values;
  if (!to || databaseEngine({ DATABASE_URL: to }) !== 'postgresql')
    throw new CopyRefused('--to must name the empty PostgreSQL database: --to postgresql://user@host:5432/portal');
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  await checkPostgresLocale(to).catch((error: Error) => {
    throw new CopyRefused(error.message);
  });
  const source = openSource(from);
  try {
    source.exec('BEGIN');
    const copied = await copy(source, to);
    console.log(`db:copy: ${copied.reduce((sum, t) => sum + t.rows, 0)} rows copied (${seconds()} s)`);
    // search_doc is derived from the tables just copied: rebuilt by the portal's own rebuild.
    process.env.DATABASE_URL = to;
    const [prisma, client] = [createPrismaClient(to), new pg.Client({ connectionString: to })];
    await client.connect();
    try {
      const { documents } = await withGinIndexesBuiltAfter(client, 'search_doc', () => rebuildSearchIndex(prisma));
      console.log(`db:copy: search index rebuilt, ${documents} documents (${seconds()} s)`);
      await client.query('ANALYZE');
    } finally {
      await Promise.all([prisma.$disconnect(), client.end()]);
    }
    const tables = modelTables();
    const [expected, actual] = [await sqliteModelChecksums(source, tables), await postgresModelChecksums(to, tables)];
    const copiedRows = new Map(copied.map((t) => [t.table, t.rows]));
    console.log(`  ${'table'.padEnd(20)} ${'copied'.padStart(8)}  ${'sqlite sha256'.padEnd(16)}  postgresql sha256`);
    const differ = expected.filter(({ table, rows, sha256 }, i) => {
      const other = actual[i];
      const same = other.rows === rows && other.sha256 === sha256 && copiedRows.get(table) === rows;
      console.log(
        `  ${table.padEnd(20)} ${String(copiedRows.get(table)).padStart(8)}  ${sha256.slice(0, 16)}  ` +
          `${other.sha256.slice(0, 16)}${same ? '' : `  DIFFERENT (${rows} rows on SQLite, ${other.rows} on PostgreSQL)`}`,
      );
      return !same;
    });
    if (differ.length > 0) throw new Error(`db:copy: ${differ.length} tables differ after the copy`);
    console.log(`db:copy: done, every table checked (${seconds()} s)`);
  } finally {
    source.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof CopyRefused ? `db:copy: ${error.message}` : error);
  process.exit(error instanceof CopyRefused ? 2 : 1);
});
