import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openSqlite } from '@/lib/sqlite-settings';

export class BackupRefused extends Error {}

const ALL_PAGES = 0x7fffffff;

/** The rows of PRAGMA integrity_check when the file is sound. */
export function integrityProblems(database: Database.Database): string[] {
  const rows = database.pragma('integrity_check') as Array<{ integrity_check: string }>;
  return rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
}

/**
 * Copies the live database to `outFile` through SQLite's online backup API while the site keeps
 * serving and writing. All pages are copied in one step, which is one read transaction: the copy
 * is the database as of one commit, and in WAL mode writers go on meanwhile. (Steps of a few
 * pages would start over whenever another process commits, and might never end under steady
 * writes.) The copy is then made a single self-contained file (rollback journal) and checked.
 */
export async function backupDatabase(sourceFile: string, outFile: string): Promise<{ pages: number }> {
  if (existsSync(outFile)) throw new BackupRefused(`${outFile} already exists; choose another --out.`);
  const source = openSqlite(sourceFile, { readonly: true });
  let pages: number;
  try {
    ({ totalPages: pages } = await source.backup(outFile, { progress: () => ALL_PAGES }));
  } finally {
    source.close();
  }
  const copy = new Database(outFile, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const problems = integrityProblems(copy);
    if (problems.length > 0)
      throw new BackupRefused(`the copy failed its integrity check: ${problems.slice(0, 5).join('; ')}`);
  } finally {
    copy.close();
  }
  return { pages };
}
