import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkHealth } from '@/lib/data/health';
import { db } from '@/lib/db';
import { shippedMigrations } from '@/lib/migrations.mts';
import { createPrismaClient } from '@/lib/prisma-client';
import { createPostgresDatabase } from './migrate';

const SHIPPED = shippedMigrations(path.resolve(import.meta.dirname, '..', '..'), 'postgresql');

describe('checkHealth (GET /api/health) on PostgreSQL: the engine’s own migrations', () => {
  it('is healthy on a database with every migration in prisma/postgresql/migrations', async () => {
    expect(SHIPPED).toContain('20261206000000_baseline');
    expect(await checkHealth(db)).toEqual({
      ok: true,
      database: 'reachable',
      migrations: { shipped: SHIPPED.length, applied: SHIPPED.length, missing: [], ahead: [] },
    });
  });

  it('is unhealthy on a database never migrated, and when the server does not answer', async () => {
    const empty = createPrismaClient(await createPostgresDatabase(inject('postgresUrl'), 'empty'));
    expect(await checkHealth(empty)).toEqual({
      ok: false,
      database: 'reachable',
      migrations: { shipped: SHIPPED.length, applied: 0, missing: SHIPPED, ahead: [] },
    });
    await empty.$disconnect();
    const nowhere = createPrismaClient('postgresql://postgres@127.0.0.1:1/portal');
    expect(await checkHealth(nowhere)).toEqual({ ok: false, database: 'unreachable', migrations: null });
    await nowhere.$disconnect();
  });
});
