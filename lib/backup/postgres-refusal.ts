import { databaseEngine } from '@/lib/database-url';

/**
 * db:backup and db:restore copy the SQLite file through SQLite's backup API. A PostgreSQL portal
 * is backed up with PostgreSQL's own tools, which are consistent while the site serves traffic.
 */
export function refuseOnPostgres(command: 'db:backup' | 'db:restore'): void {
  if (databaseEngine() !== 'postgresql') return;
  console.error(
    `${command} copies the embedded SQLite file. On PostgreSQL use its own tools (README, "Backups on PostgreSQL"):\n` +
      `  pg_dump --format=custom --file portal.dump "$DATABASE_URL"\n` +
      `  pg_restore --clean --if-exists --no-owner --dbname "$DATABASE_URL" portal.dump`,
  );
  process.exit(2);
}
