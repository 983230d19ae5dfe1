import Database from 'better-sqlite3';

/**
 * How every connection to the portal's SQLite file behaves (issue 9, "long writes block readers").
 * - WAL: readers read the last committed state while a writer writes, so pages and the API never
 *   wait for an import or an edit. The mode is stored in the file; it is also set when the
 *   database is prepared (scripts/lib/database.mjs), before any read-only connection opens it.
 * - busy timeout: a second writer waits up to this long for the first to commit instead of
 *   failing at once with "database is locked". better-sqlite3 waits synchronously, so writers
 *   must keep their transactions short (see lib/writes/import-apply.ts).
 * - synchronous FULL: each commit is synced to disk before it is acknowledged, so an edit an
 *   official saw saved survives a power cut as well as a killed process. NORMAL would survive a
 *   killed process only (the WAL is in the operating system's cache), and saves one fsync per
 *   commit: too little for the rate of edits here to give up durability.
 */
export const BUSY_TIMEOUT_MS = 5_000;

export const CONNECTION_PRAGMAS = `PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`;

/** A better-sqlite3 connection with the portal's settings (read-only ones cannot change the mode). */
export function openSqlite(file: string, options: { readonly?: boolean } = {}): Database.Database {
  const database = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: true,
    timeout: BUSY_TIMEOUT_MS,
  });
  if (!options.readonly) database.exec(CONNECTION_PRAGMAS);
  return database;
}
