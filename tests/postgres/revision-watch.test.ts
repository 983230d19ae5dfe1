import { describe, expect, it } from 'vitest';
import { REVISION_CHANNEL, watchRevisions } from '@/lib/cache/revision-watch';
import { db } from '@/lib/db';
import { createApplyingImport } from '../helpers/import-jobs';

/** A revision as another process (another instance, the import command) commits it. */
const commitRevision = () =>
  db.revision.create({
    data: {
      entityType: 'project',
      entityId: 'x',
      action: 'update',
      actorRole: 'import',
      actorName: '导入',
      reason: '测试',
    },
  });

/**
 * Resolves at the next signal. The bound is generous: this checks that the signal comes, not how
 * fast (it comes within milliseconds on a quiet machine; a busy one can stall it).
 */
function nextSignal(signals: (() => void)[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no signal within 10 s')), 10_000);
    signals.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('the revision watch on PostgreSQL (every instance expires its pages when any writes)', () => {
  const waiting: (() => void)[] = [];
  const watch = watchRevisions(() => waiting.splice(0).forEach((resolve) => resolve()));

  it('is signalled at the commit of a revision, and reads the newest id', async () => {
    expect(await watch.newest()).toBe(0);
    const signalled = nextSignal(waiting);
    const { id } = await commitRevision();
    await signalled;
    expect(await watch.newest()).toBe(id);
  });

  it('listens again after its connection was cut, from the next poll', async () => {
    const cut = await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE query = ${`LISTEN ${REVISION_CHANNEL}`} OR query LIKE 'SELECT max(%'`;
    expect(cut).toBe(1);
    // A poll that meets the dead connection before its error event fails; the next one connects and listens.
    const { id: before } = await commitRevision();
    expect(await watch.newest().catch(() => watch.newest())).toBe(before);
    const signalled = nextSignal(waiting);
    const { id } = await commitRevision();
    await signalled;
    expect(await watch.newest()).toBe(id);
  });

  it('tells whether an import is being applied by a living process', async () => {
    expect(await watch.importRunning()).toBe(false);
    const job = await createApplyingImport(db);
    expect(await watch.importRunning()).toBe(true);
    await db.importJob.update({ where: { id: job.id }, data: { status: 'done' } });
    expect(await watch.importRunning()).toBe(false);
  });
});
