import type { PrismaClient } from '@prisma/client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCacheInvalidation } from '@/lib/cache/invalidation';
import { publicEpoch } from '@/lib/cache/public-epoch.mts';
import { LOADER_ACTOR, withAudit, type Actor } from '@/lib/revisions/with-audit';
import { createApplyingImport } from '../helpers/import-jobs';
import { loadShippedDataset } from '../helpers/load';
import { request } from '../helpers/next-mocks';
import { SLOW_SETUP_MS } from '../helpers/timeouts';

vi.mock('next/cache', () => import('../helpers/next-mocks').then((m) => m.cacheModule));

/** Stands in for the incremental cache that the Next server puts on globalThis while it serves. */
const expired: unknown[] = [];
const incrementalCache = {
  revalidateTag: async (tags: string[], durations: unknown) => void expired.push([tags, durations]),
};

let prisma: PrismaClient;

beforeAll(async () => {
  prisma = await loadShippedDataset();
  vi.useFakeTimers();
  startCacheInvalidation();
  (globalThis as Record<string, unknown>).__incrementalCache = incrementalCache;
}, SLOW_SETUP_MS);
afterAll(async () => {
  vi.useRealTimers();
  await prisma.$disconnect();
});
afterEach(() => {
  request.reset();
  expired.length = 0;
});

/** A write as another process (the import command) makes it: a revision appears, no listener runs here. */
async function writeElsewhere() {
  await prisma.revision.create({
    data: {
      entityType: 'project',
      entityId: 'x',
      action: 'update',
      actorRole: 'import',
      actorName: '导入',
      reason: '测试',
    },
  });
}

describe('the cached public pages follow the database', () => {
  it('a write in this server expires them at once, inside its request, and only once', async () => {
    const epoch = publicEpoch();
    await withAudit(prisma, { actor: LOADER_ACTOR, reason: '测试', sourceRef: null }, (tx) =>
      tx.project.update({ where: { slug: 'beichen-phase-ii-workshop' }, data: { location: '测试地点' } }),
    );
    expect(request.revalidated).toEqual(['public {"expire":0}']);
    // The front door's copies: dropped at once, and again once Next has applied the revalidation.
    expect(publicEpoch()).toBe(epoch + 1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(expired).toEqual([]);
    expect(publicEpoch()).toBe(epoch + 2);
  });

  it("another process's write expires them within a second, through the revision log", async () => {
    const epoch = publicEpoch();
    await writeElsewhere();
    expect(expired).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(expired).toEqual([[['public'], { expire: 0 }]]);
    expect(publicEpoch()).toBe(epoch + 1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(expired).toHaveLength(1);
    expect(publicEpoch()).toBe(epoch + 1);
    expect(request.revalidated).toEqual([]);
  });
});

const importJob = (alive: boolean) => createApplyingImport(prisma, { alive });

const saveAs = (actor: Actor, location: string) =>
  withAudit(prisma, { actor, reason: '测试', sourceRef: null }, (tx) =>
    tx.project.update({ where: { slug: 'beichen-phase-ii-workshop' }, data: { location } }),
  );

describe('an import in many transactions is published at once', () => {
  it('expires nothing while it is applied, here or in another process, then once when it ends', async () => {
    const job = await importJob(true);
    const epoch = publicEpoch();
    await saveAs({ role: 'import', id: null, name: '导入' }, '导入块一');
    await writeElsewhere();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(request.revalidated).toEqual([]);
    expect(expired).toEqual([]);
    expect(publicEpoch()).toBe(epoch);

    await prisma.importJob.update({ where: { id: job.id }, data: { status: 'done' } });
    await vi.advanceTimersByTimeAsync(500);
    expect(expired).toEqual([[['public'], { expire: 0 }]]);
    expect(publicEpoch()).toBe(epoch + 1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(expired).toHaveLength(1);
  });

  it("an official's save during an import is shown at once", async () => {
    const job = await importJob(true);
    await saveAs({ role: 'editor', id: null, name: '编辑' }, '官员保存');
    expect(request.revalidated).toEqual(['public {"expire":0}']);
    await prisma.importJob.update({ where: { id: job.id }, data: { status: 'done' } });
  });

  it('an import left by a process that is gone holds nothing back', async () => {
    const job = await importJob(false);
    await writeElsewhere();
    await vi.advanceTimersByTimeAsync(500);
    expect(expired).toEqual([[['public'], { expire: 0 }]]);
    await prisma.importJob.update({ where: { id: job.id }, data: { status: 'done' } });
  });
});
