import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const POSTGRES_MIGRATIONS = path.resolve(import.meta.dirname, '..', '..', 'prisma', 'postgresql', 'migrations');

/**
 * Creates the database `url` names (on the server `adminUrl` names) and applies every migration in
 * prisma/postgresql/migrations, as `prisma migrate deploy` would, in a fraction of its time (the
 * CLI takes about 5 s to start here; tests/postgres/db.test.ts runs it once).
 */
export async function createMigratedPostgresDatabase(adminUrl: string, url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${new URL(url).pathname.slice(1)}"`);
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const folders = readdirSync(POSTGRES_MIGRATIONS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const folder of folders)
      await client.query(readFileSync(path.join(POSTGRES_MIGRATIONS, folder, 'migration.sql'), 'utf8'));
  } finally {
    await client.end();
  }
}
