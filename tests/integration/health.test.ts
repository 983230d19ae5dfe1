import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_SETUP_MS } from '../helpers/timeouts';
import { checkHealth } from '@/lib/data/health';
import { shippedMigrations } from '@/lib/migrations.mts';
import { createPrismaClient } from '@/lib/prisma-client';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SHIPPED = shippedMigrations(ROOT, 'sqlite');
const folder = mkdtempSync(path.join(tmpdir(), 'portal-health-'));
const clients: PrismaClient[] = [];
const client = (file: string) => {
  const prisma = createPrismaClient(`file:${path.join(folder, file)}`);
  clients.push(prisma);
  return prisma;
};

let migrated: PrismaClient;
beforeAll(() => {
  // As `npm start` prepares a database: Prisma's own deploy, which records each migration.
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${path.join(folder, 'migrated.db')}` },
    stdio: 'ignore',
  });
  migrated = client('migrated.db');
}, SLOW_SETUP_MS);
afterAll(() => Promise.all(clients.map((prisma) => prisma.$disconnect())));

describe('checkHealth (GET /api/health)', () => {
  it('is healthy on a database with every shipped migration', async () => {
    expect(await checkHealth(migrated, SHIPPED)).toEqual({
      ok: true,
      database: 'reachable',
      migrations: { shipped: SHIPPED.length, applied: SHIPPED.length, missing: [], ahead: [] },
    });
  });

  it('is unhealthy when this build ships a migration the database lacks, and names it', async () => {
    const newer = [...SHIPPED, '29990101000000_not_yet_applied'];
    expect(await checkHealth(migrated, newer)).toEqual({
      ok: false,
      database: 'reachable',
      migrations: {
        shipped: newer.length,
        applied: SHIPPED.length,
        missing: ['29990101000000_not_yet_applied'],
        ahead: [],
      },
    });
  });

  it('stays healthy, and says so, when the database is ahead of this build (a rolling deployment)', async () => {
    const older = SHIPPED.slice(0, -1);
    expect(await checkHealth(migrated, older)).toEqual({
      ok: true,
      database: 'reachable',
      migrations: { shipped: older.length, applied: SHIPPED.length, missing: [], ahead: [SHIPPED.at(-1)] },
    });
  });

  it('is unhealthy on a database never migrated: every shipped migration missing', async () => {
    expect(await checkHealth(client('empty.db'), SHIPPED)).toEqual({
      ok: false,
      database: 'reachable',
      migrations: { shipped: SHIPPED.length, applied: 0, missing: SHIPPED, ahead: [] },
    });
  });

  it('is unhealthy when the database cannot be opened', async () => {
    expect(await checkHealth(client('no-such-folder/portal.db'), SHIPPED)).toEqual({
      ok: false,
      database: 'unreachable',
      migrations: null,
    });
  });
});
