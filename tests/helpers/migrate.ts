import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const MIGRATIONS = path.resolve(import.meta.dirname, '..', '..', 'prisma', 'migrations');

/** Applies every migration in prisma/migrations to a new SQLite file, as `prisma migrate deploy` would. */
export function createMigratedDatabase(file: string): void {
  const database = new Database(file);
  try {
    const folders = readdirSync(MIGRATIONS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const folder of folders) database.exec(readFileSync(path.join(MIGRATIONS, folder, 'migration.sql'), 'utf8'));
  } finally {
    database.close();
  }
}
