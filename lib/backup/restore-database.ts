import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BackupRefused, integrityProblems } from '@/lib/backup/backup-database';
import { openSqlite } from '@/lib/sqlite-settings';

function checkBackup(backupFile: string): void {
  if (!existsSync(backupFile)) throw new BackupRefused(`${backupFile} does not exist.`);
  let backup: Database.Database;
  try {
    backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupRefused(`${backupFile} is not a SQLite database (${(error as Error).message}).`);
  }
  try {
    const problems = integrityProblems(backup);
    if (problems.length > 0)
      throw new BackupRefused(
        `${backupFile} failed its integrity check, nothing was restored: ${problems.slice(0, 5).join('; ')}`,
      );
    const tables = backup
      .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name IN ('Project', 'Revision')")
      .get() as { n: number };
    if (tables.n !== 2)
      throw new BackupRefused(
        `${backupFile} is not a backup of the portal's database (it has no projects and revisions).`,
      );
  } catch (error) {
    throw error instanceof BackupRefused
      ? error
      : new BackupRefused(`${backupFile} cannot be read as a database: ${(error as Error).message}`);
  } finally {
    backup.close();
  }
}

/**
 * Leaving WAL mode needs every other connection closed: if it succeeds, no server or script has
 * the database open, and its last commits are now in the main file (the -wal file is gone).
 */
function takeOutOfUse(targetFile: string): void {
  const target = new Database(targetFile, { fileMustExist: true, timeout: 1_000 });
  try {
    target.pragma('journal_mode = DELETE');
  } catch {
    throw new BackupRefused(
      `${targetFile} is open in another process (is the server running?). Stop it, then restore.`,
    );
  } finally {
    target.close();
  }
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces the database at `targetFile` by a checked backup. The current file is kept beside it
 * (returned as `previous`), the backup is copied to a temporary name, synced and renamed into
 * place, so a crash at any moment leaves either the old or the new database, never a mixture.
 */
export function restoreDatabase(backupFile: string, targetFile: string): { previous: string | null } {
  checkBackup(backupFile);
  let previous: string | null = null;
  if (existsSync(targetFile)) {
    takeOutOfUse(targetFile);
    previous = `${targetFile}.before-restore-${new Date().toISOString().replaceAll(/[:.]/g, '-')}`;
    renameSync(targetFile, previous);
  }
  for (const stale of ['-wal', '-shm', '-journal']) rmSync(`${targetFile}${stale}`, { force: true });
  const incoming = `${targetFile}.restoring`;
  copyFileSync(backupFile, incoming);
  syncFile(incoming);
  renameSync(incoming, targetFile);
  syncFile(path.dirname(targetFile));
  openSqlite(targetFile).close(); // back in WAL mode
  return { previous };
}
