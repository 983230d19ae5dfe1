import 'server-only';
import type { PrismaClient } from '@prisma/client';
import { db } from '@/lib/db';
import { APPLIED_MIGRATIONS_SQL, compareMigrations, shippedMigrations } from '@/lib/migrations.mts';

/**
 * What a load balancer (or a person) needs to know before sending readers to this process: the
 * database answers, and it has every migration this build ships, so that no page asks for a
 * column that is not there yet. `ahead` lists migrations the database has but this build does
 * not know: a newer instance has migrated it during a rolling deployment. This one can still
 * serve (migrations only add), so it stays healthy and says so.
 */
export type Health = {
  ok: boolean;
  database: 'reachable' | 'unreachable';
  migrations: { shipped: number; applied: number; missing: string[]; ahead: string[] } | null;
};

type Client = Pick<PrismaClient, '$queryRaw' | '$queryRawUnsafe'>;

let shipped: string[] | undefined;

/** Migrations Prisma finished on the database; none when it has no migration table yet. */
async function appliedMigrations(client: Client): Promise<string[]> {
  try {
    // A constant statement without parameters: nothing from outside reaches it.
    const rows = await client.$queryRawUnsafe<{ name: string }[]>(APPLIED_MIGRATIONS_SQL);
    return rows.map((row) => row.name);
  } catch {
    await client.$queryRaw`SELECT 1`; // throws when the database itself does not answer
    return [];
  }
}

/** Whether this process can serve: two small reads, no write. */
export async function checkHealth(client: Client = db, expected = (shipped ??= shippedMigrations())): Promise<Health> {
  let applied: string[];
  try {
    applied = await appliedMigrations(client);
  } catch {
    return { ok: false, database: 'unreachable', migrations: null };
  }
  const { missing, ahead } = compareMigrations(applied, expected);
  return {
    ok: missing.length === 0,
    database: 'reachable',
    migrations: { shipped: expected.length, applied: applied.length, missing, ahead },
  };
}
