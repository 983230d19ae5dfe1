// Creates or migrates an embedded database and loads the source dataset when it is empty.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLIED_MIGRATIONS_SQL, compareMigrations, shippedMigrations } from '../../lib/migrations.mts';
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
 * Migrates (only when a shipped migration is missing: Prisma's deploy takes the SQLite file for
 * itself, so it cannot run beside an instance already serving it, as in `npm run cluster` or a
 * restart of one instance), sets WAL, and loads the source dataset into an empty database.
 */
export async function prepareDatabase(databaseUrl) {
  const env = { DATABASE_URL: databaseUrl };
  const { missing } = compareMigrations(appliedMigrations(databaseUrl), shippedMigrations(ROOT));
  if (missing.length > 0) await run('prisma', ['migrate', 'deploy'], env);
  enableWal(databaseUrl);
  await run('tsx', ['scripts/db-load.ts', '--if-empty'], env);
}
