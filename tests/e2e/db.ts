import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseEngine } from '@/lib/database-engine.mts';

/**
 * The browser tests' look into the database the server under test uses (DATABASE_URL, as npm test
 * sets it), on either engine, for what the pages do not show (revisions, counts) and for set-up
 * the pages do not offer. SQL is written once for both: `?` parameters, quoted identifiers,
 * TRUE/FALSE for booleans. Synchronous, like the SQLite driver, so that tests read it inline:
 * on PostgreSQL each call runs postgres-query.mjs in a child process.
 */
const DATABASE_URL = process.env.DATABASE_URL ?? 'file:./data/e2e.db';
const onPostgres = databaseEngine({ DATABASE_URL }) === 'postgresql';
const sqliteFile = () => path.resolve(DATABASE_URL.slice('file:'.length));

function onPostgresDatabase<T>(sql: string, params: unknown[]): T[] {
  const output = execFileSync(process.execPath, [path.resolve('tests/e2e/postgres-query.mjs')], {
    input: JSON.stringify({ url: DATABASE_URL, sql, params }),
  });
  return JSON.parse(output.toString()) as T[];
}

export function queryDatabase<T>(sql: string, ...params: unknown[]): T[] {
  if (onPostgres) return onPostgresDatabase<T>(sql, params);
  const database = new Database(sqliteFile(), { readonly: true, fileMustExist: true });
  try {
    return database.prepare(sql).all(...params) as T[];
  } finally {
    database.close();
  }
}

/** A write behind the server's back, for set-up the pages do not offer (tables without audit). */
export function writeDatabase(sql: string, ...params: unknown[]): void {
  if (onPostgres) {
    onPostgresDatabase(sql, params);
    return;
  }
  const database = new Database(sqliteFile(), { fileMustExist: true });
  try {
    database.prepare(sql).run(...params);
  } finally {
    database.close();
  }
}
