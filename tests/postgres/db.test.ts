import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { db } from '@/lib/db';
import { shippedMigrations } from '@/lib/migrations.mts';
import { withAudit } from '@/lib/revisions/with-audit';
import { migratePostgres } from '@/scripts/lib/postgres-migrate.mjs';
import { run } from '@/scripts/lib/run.mjs';
import { createPostgresDatabase } from './migrate';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

const LOADER = { actor: { role: 'loader' as const, id: null, name: '测试' }, reason: '测试', sourceRef: null };

const source = (id: string, title: string) => ({
  id,
  title,
  language: 'zh-Hans',
  reliability: 'primary',
  reliabilityNote: 'test',
  rawText: '第一段\n第二段',
  cleanText: '第一段\n第二段',
});

describe('lib/db on PostgreSQL (DATABASE_URL=postgresql://…)', () => {
  it('runs its sessions without JIT and without parallel workers (lib/postgres-adapter.ts)', async () => {
    const [settings] = await db.$queryRaw<{ jit: string; workers: string }[]>`
      SELECT current_setting('jit') AS "jit", current_setting('max_parallel_workers_per_gather') AS "workers"`;
    expect(settings).toEqual({ jit: 'off', workers: '0' });
  });

  it('talks to PostgreSQL 15 or later through the pg adapter', async () => {
    const [{ server_version_num }] = await db.$queryRaw<{ server_version_num: string }[]>`SHOW server_version_num`;
    expect(Number(server_version_num)).toBeGreaterThanOrEqual(150000);
  });

  it('writes and reads a source with its passages', async () => {
    await withAudit(db, LOADER, (tx) =>
      tx.source.create({
        data: {
          ...source('pg-source', '测试来源'),
          passages: {
            create: [
              { id: 'pg-source#p-1', position: 1, anchor: 'p-1', text: '第一段' },
              { id: 'pg-source#p-2', position: 2, anchor: 'p-2', text: '第二段' },
            ],
          },
        },
      }),
    );
    const read = await db.source.findUniqueOrThrow({
      where: { id: 'pg-source' },
      select: {
        title: true,
        updatedAt: true,
        passages: { select: { anchor: true, text: true }, orderBy: { position: 'asc' } },
      },
    });
    expect(read.title).toBe('测试来源');
    expect(read.updatedAt).toBeInstanceOf(Date);
    expect(read.passages).toEqual([
      { anchor: 'p-1', text: '第一段' },
      { anchor: 'p-2', text: '第二段' },
    ]);
  });

  it('keeps epoch milliseconds as BigInt and numbers rows from 1', async () => {
    await db.signInThrottle.create({ data: { key: 'pg-key', failures: 2, blockedUntil: 1_764_000_000_123n } });
    expect(await db.signInThrottle.findUniqueOrThrow({ where: { key: 'pg-key' } })).toMatchObject({
      failures: 2,
      blockedUntil: 1_764_000_000_123n,
      lastAttempt: 0n,
    });
    const user = await db.user.create({
      data: { username: 'pg-user', displayName: '测试', passwordHash: 'x', role: 'viewer' },
    });
    expect(user.id).toBe(1);
  });

  it('indexes Chinese text with pg_trgm (character classes C.UTF-8), as the search will need', async () => {
    await db.$executeRaw`CREATE EXTENSION IF NOT EXISTS pg_trgm`;
    const [{ locale }] = await db.$queryRaw<{ locale: string }[]>`
      SELECT datcollate || ' ' || datctype AS "locale" FROM pg_database WHERE datname = current_database()`;
    expect(locale).toBe('C C.UTF-8');
    // 长清区重点项目: 5 inner trigrams and 3 padded at the word's edges.
    const [{ count }] = await db.$queryRaw<
      { count: number }[]
    >`SELECT cardinality(show_trgm('长清区重点项目')) AS "count"`;
    expect(count).toBe(8);
  });

  it('sorts text by code point, as SQLite does (the server is initialised with collation C)', async () => {
    const titles = ['长清区', 'Zhangxia', '重点项目', '济南市', '山东省'];
    // Sources are audited: written through withAudit, as everywhere.
    await withAudit(db, LOADER, (tx) =>
      tx.source.createMany({ data: titles.map((title, index) => source(`order-${index}`, title)) }),
    );
    const sorted = await db.source.findMany({
      where: { id: { startsWith: 'order-' } },
      orderBy: { title: 'asc' },
      select: { title: true },
    });
    expect(sorted.map((row) => row.title)).toEqual(['Zhangxia', '山东省', '济南市', '重点项目', '长清区']);
  });
});

describe('prisma migrate deploy on PostgreSQL (prisma.config.ts follows DATABASE_URL)', () => {
  it('applies prisma/postgresql/migrations to an empty database, after which status finds nothing to apply', async () => {
    const url = await createPostgresDatabase(inject('postgresUrl'), 'deploy');
    await run('prisma', ['migrate', 'deploy'], { DATABASE_URL: url });
    await run('prisma', ['migrate', 'status'], { DATABASE_URL: url });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const applied = await client.query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
      );
      expect(applied.rows.map((row) => row.migration_name)).toEqual(shippedMigrations(ROOT, 'postgresql'));
      // Function bodies hold semicolons: the adapter must not have cut them (lib/postgres-adapter.ts).
      const triggers = await client.query("SELECT 1 FROM pg_trigger WHERE tgname = 'audit_Project_update'");
      expect(triggers.rowCount).toBe(1);
    } finally {
      await client.end();
    }
  });
});

describe('migrations on PostgreSQL (scripts/lib/postgres-migrate.mjs, as `npm start` applies them)', () => {
  const appliedNames = async (url: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const applied = await client.query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
      );
      return applied.rows.map((row) => row.migration_name);
    } finally {
      await client.end();
    }
  };

  it("applies every shipped migration once, in Prisma's own record: `prisma migrate status` finds nothing to apply", async () => {
    const url = await createPostgresDatabase(inject('postgresUrl'), 'deploy');
    const shipped = shippedMigrations(ROOT, 'postgresql');
    expect(await migratePostgres(url, ROOT)).toEqual(shipped);
    expect(await migratePostgres(url, ROOT)).toEqual([]);
    expect(await appliedNames(url)).toEqual(shipped);
    await run('prisma', ['migrate', 'status'], { DATABASE_URL: url });
  });

  it('applies a migration whole or not at all, and says which failed', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'portal-migrations-'));
    const folder = path.join(root, 'prisma', 'postgresql', 'migrations', '20990101000000_broken');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'migration.sql'),
      'CREATE TABLE "half" ("id" INTEGER);\nSELECT no_such_function();\n',
    );
    const url = await createPostgresDatabase(inject('postgresUrl'), 'broken');
    await expect(migratePostgres(url, root)).rejects.toThrow(/^PostgreSQL migration 20990101000000_broken failed: /);
    expect(await appliedNames(url)).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT to_regclass(\'half\') AS "table"');
    await client.end();
    expect(rows).toEqual([{ table: null }]);
  });
});
