/**
 * `npm run db:restore FILE`: replaces DATABASE_URL by the backup FILE after checking it
 * (integrity check, a portal database). Refuses while the database is open elsewhere: stop the
 * server first. The replaced database is kept beside it (…before-restore-<time>).
 */
import path from 'node:path';
import { BackupRefused } from '@/lib/backup/backup-database';
import { refuseOnPostgres } from '@/lib/backup/postgres-refusal';
import { restoreDatabase } from '@/lib/backup/restore-database';
import { resolveDatabaseUrl } from '@/lib/database-url';

refuseOnPostgres('db:restore');
const file = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('usage: npm run db:restore FILE');
  process.exit(2);
}
const target = resolveDatabaseUrl().slice('file:'.length);
try {
  const { previous } = restoreDatabase(path.resolve(file), target);
  console.log(
    `db:restore: ${target} restored from ${path.resolve(file)}${previous ? `; the replaced database is kept as ${previous}` : ''}.`,
  );
} catch (error) {
  console.error(error instanceof BackupRefused ? `db:restore: ${error.message}` : error);
  process.exit(1);
}
