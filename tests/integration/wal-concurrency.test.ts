import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSetOverviews } from '@/lib/data/sets';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import { holdWriteLock } from '../helpers/hold-write-lock';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
  await prisma.$executeRawUnsafe('CREATE TABLE "lock_probe" ("x" INTEGER)');
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

const HOLD_MS = 2_000;

const holdLock = () => holdWriteLock(HOLD_MS, 'INSERT INTO "lock_probe" VALUES (1)');

async function timed<T>(read: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await read();
  return { ms: performance.now() - started, value };
}

describe('a long write does not block readers (WAL)', { timeout: SLOW_TEST_MS }, () => {
  it('every connection is in WAL mode and synchronous FULL; the reading one waits for a lock, the writing one leaves waiting to lib/sqlite-busy.ts', async () => {
    expect(await prisma.$queryRawUnsafe('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await prisma.$queryRawUnsafe('PRAGMA busy_timeout')).toEqual([{ timeout: 0n }]);
    expect(await prisma.$queryRawUnsafe('SELECT "timeout" FROM pragma_busy_timeout')).toEqual([{ timeout: 5000n }]);
    expect(await prisma.$queryRawUnsafe('PRAGMA synchronous')).toEqual([{ synchronous: 2n }]);
  });

  it('readers answer at once, from the last commit, while another process holds the write lock', async () => {
    const holder = await holdLock();
    const reads = [
      await timed(() => prisma.project.count()),
      await timed(() => fetchSetOverviews()),
      await timed(() => prisma.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM "lock_probe"')),
    ];
    for (const read of reads) expect(read.ms).toBeLessThan(500);
    expect(reads[0].value).toBe(await prisma.project.count());
    expect(reads[1].value).toHaveLength(2);
    expect(reads[2].value).toEqual([{ n: 0n }]); // the uncommitted row is not seen
    await holder.exited;
  });

  it('in the same process, a read outside an open transaction sees only what is committed', async () => {
    let seen: unknown[] = [];
    const rollback = new Error('rollback');
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe('INSERT INTO "lock_probe" VALUES (9)');
        await tx.writeContext.create({ data: { id: 1, actorRole: 'import', actorName: '测试', reason: '测试' } });
        seen = [
          await prisma.$queryRawUnsafe('SELECT count(*) AS n FROM "lock_probe" WHERE "x" = 9'),
          await prisma.writeContext.count(),
        ];
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(seen).toEqual([[{ n: 0n }], 0]);
  });

  it('a write outside a transaction waits for the one open in the same process, and survives its rollback', async () => {
    let lone: Promise<number> | undefined;
    const rollback = new Error('rollback');
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe('INSERT INTO "lock_probe" VALUES (7)');
        // Another request's write (a session, a sign-in counter) while this transaction is open.
        lone = prisma.$executeRawUnsafe('INSERT INTO "lock_probe" VALUES (8)').then((count) => count); // sent now, not when awaited
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await lone).toBe(1);
    expect(await prisma.$queryRawUnsafe('SELECT "x" FROM "lock_probe" WHERE "x" IN (7, 8)')).toEqual([{ x: 8 }]);
  });

  it('a second writer waits for the lock (without blocking the process) and then succeeds, rather than failing', async () => {
    const holder = await holdLock();
    let ticks = 0;
    const ticking = setInterval(() => (ticks += 1), 50);
    const write = await timed(() => prisma.$executeRawUnsafe('INSERT INTO "lock_probe" VALUES (2)'));
    clearInterval(ticking);
    expect(write.value).toBe(1);
    expect(write.ms).toBeGreaterThan(HOLD_MS / 2);
    // The event loop kept running while the write waited: pages go on being served.
    expect(ticks).toBeGreaterThan(HOLD_MS / 2 / 50 / 2);
    await holder.exited;
    expect(await prisma.$queryRawUnsafe('SELECT "x" FROM "lock_probe" WHERE "x" <> 8 ORDER BY rowid')).toEqual([
      { x: 1 },
      { x: 1 },
      { x: 2 },
    ]);
  });
});
