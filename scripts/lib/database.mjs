// Creates or migrates an embedded database and loads the source dataset when it is empty.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROOT, run } from './run.mjs';

/** DATABASE_URL for a file under the project, as the adapter expects it. */
export function fileUrl(relativePath) {
  mkdirSync(path.dirname(path.join(ROOT, relativePath)), { recursive: true });
  return `file:./${relativePath}`;
}

/**
 * WAL is stored in the file: set once here, before the server's read-only connections open it
 * (every read-write connection sets it again, lib/sqlite-settings.ts).
 */
function enableWal(databaseUrl) {
  const database = new Database(path.resolve(ROOT, databaseUrl.slice('file:'.length)), { fileMustExist: true });
  try {
    database.pragma('journal_mode = WAL');
  } finally {
    database.close();
  }
}

export async function prepareDatabase(databaseUrl) {
  const env = { DATABASE_URL: databaseUrl };
  await run('prisma', ['migrate', 'deploy'], env);
  enableWal(databaseUrl);
  await run('tsx', ['scripts/db-load.ts', '--if-empty'], env);
}
