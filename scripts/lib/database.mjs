// Creates or migrates an embedded database and loads the source dataset when it is empty.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseEngine } from '../../lib/database-engine.mts';
import { APPLIED_MIGRATIONS_SQL, compareMigrations, shippedMigrations } from '../../lib/migrations.mts';
import { migratePostgres } from './postgres-migrate.mjs';
import { ROOT, run } from './run.mjs';

/** DATABASE_URL for a file under the project, as the adapter expects it. */
export function fileUrl(relativePath) {
  mkdirSync(path.dirname(path.join(ROOT, relativePath)), { recursive: true });
  return `file:./${relativePath}`;
}

/** The file a `file:` DATABASE_URL names, relative to the project. */
const databaseFile = (databaseUrl) => path.resolve(ROOT, databaseUrl.slice('file:'.length));

/**
 * WAL is stored in the file: set once here, before the server's read-only connections open it
 * (every read-write connection sets it again, lib/sqlite-settings.ts).
 */
function enableWal(databaseUrl) {
  const database = new Database(databaseFile(databaseUrl), { fileMustExist: true });
  try {
    database.pragma('journal_mode = WAL');
  } finally {
    database.close();
  }
}

/** The migrations Prisma finished on the file; none when there is no file or no migration table yet. */
function appliedMigrations(databaseUrl) {
  if (!existsSync(databaseFile(databaseUrl))) return [];
  const database = new Database(databaseFile(databaseUrl), { readonly: true, fileMustExist: true });
  try {
    return database.prepare(APPLIED_MIGRATIONS_SQL).pluck().all();
  } catch {
    return [];
  } finally {
    database.close();
  }
}

/**
 * A PostgreSQL database must sort and classify text as the portal expects (README, "On
 * PostgreSQL"): collation C orders by code point as SQLite does, and a UTF-8 character type lets
 * pg_trgm see Chinese characters as letters, which the search index needs.
 */
export async function checkPostgresLocale(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT "datcollate", "datctype" FROM "pg_database" WHERE "datname" = current_database()',
    );
    const [{ datcollate, datctype }] = rows;
    if (datcollate === 'C' && /utf-?8$/i.test(datctype)) return;
    throw new Error(
      `The PostgreSQL database has LC_COLLATE ${datcollate} and LC_CTYPE ${datctype}; the portal needs C and ` +
        `C.UTF-8. Create it with: CREATE DATABASE portal LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' TEMPLATE template0;`,
    );
  } finally {
    await client.end();
  }
}

/**
 * Migrates, sets WAL on SQLite, and loads the source dataset into an empty database; the engine
 * is the one the URL names. On SQLite, Prisma's deploy runs only when a shipped migration is
 * missing: it takes the file for itself, so it cannot run beside an instance already serving it
 * (`npm run cluster`, a restart of one instance). On PostgreSQL, postgres-migrate.mjs.
 */
export async function prepareDatabase(databaseUrl) {
  const env = { DATABASE_URL: databaseUrl };
  if (databaseEngine(env) === 'postgresql') {
    await checkPostgresLocale(databaseUrl);
    await migratePostgres(databaseUrl, ROOT);
  } else {
    const { missing } = compareMigrations(appliedMigrations(databaseUrl), shippedMigrations(ROOT, 'sqlite'));
    if (missing.length > 0) await run('prisma', ['migrate', 'deploy'], env);
    enableWal(databaseUrl);
  }
  await run('tsx', ['scripts/db-load.ts', '--if-empty'], env);
}
