import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { shippedMigrations } from '@/lib/migrations.mts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Applies every migration in prisma/migrations to a new SQLite file, as `prisma migrate deploy` would. */
export function createMigratedDatabase(file: string): void {
  const database = new Database(file);
  try {
    for (const folder of shippedMigrations(ROOT, 'sqlite'))
      database.exec(readFileSync(path.join(ROOT, 'prisma', 'migrations', folder, 'migration.sql'), 'utf8'));
  } finally {
    database.close();
  }
}
