import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const POSTGRES_MIGRATIONS = path.resolve(import.meta.dirname, '..', '..', 'prisma', 'postgresql', 'migrations');

/** Creates an empty database named `<prefix>_<random>` on the server `adminUrl` names; returns its URL. */
export async function createPostgresDatabase(adminUrl: string, prefix: string): Promise<string> {
  const url = new URL(adminUrl);
  url.pathname = `/${prefix}_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${url.pathname.slice(1)}"`);
  } finally {
    await admin.end();
  }
  return url.href;
}

/**
 * A new database with every migration in prisma/postgresql/migrations applied, as `prisma
 * migrate deploy` would, in a fraction of its time (the CLI takes about 5 s to start here;
 * tests/postgres/db.test.ts runs it once). Returns its URL.
 */
export async function createMigratedPostgresDatabase(adminUrl: string): Promise<string> {
  const url = await createPostgresDatabase(adminUrl, 'test');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const folders = readdirSync(POSTGRES_MIGRATIONS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const folder of folders) {
      await client.query(readFileSync(path.join(POSTGRES_MIGRATIONS, folder, 'migration.sql'), 'utf8'));
    }
  } finally {
    await client.end();
  }
  return url;
}
