import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { migratePostgres } from '@/scripts/lib/postgres-migrate.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

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

/** A new database with every migration in prisma/postgresql/migrations applied, as `npm start` applies them. */
export async function createMigratedPostgresDatabase(adminUrl: string): Promise<string> {
  const url = await createPostgresDatabase(adminUrl, 'test');
  await migratePostgres(url, ROOT);
  return url;
}
