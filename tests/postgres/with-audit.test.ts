import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { type AuditContext, DatabaseBusy, withAudit } from '@/lib/revisions/with-audit';
import { driverMessage } from '../helpers/driver-error';
import { holdWriteLock } from '../helpers/hold-write-lock';
import { createApplyingImport } from '../helpers/other-process';

const EDITOR: AuditContext = { actor: { role: 'editor', id: 3, name: '王编辑' }, reason: '测试', sourceRef: null };
const IMPORTER: AuditContext = { actor: { role: 'import', id: 3, name: '王编辑' }, reason: '导入', sourceRef: null };

const progress = (slug: string, progressPercent: number, context = EDITOR) =>
  withAudit(db, context, (tx) => tx.project.update({ where: { slug }, data: { progressPercent } }));

beforeAll(async () => {
  await withAudit(db, EDITOR, (tx) =>
    tx.project.createMany({
      data: ['pg-a', 'pg-b'].map((slug) => ({ slug, code: `code-${slug}`, name: slug, knownAs: 'official' })),
    }),
  );
});

describe('withAudit on PostgreSQL', () => {
  it('refuses a write made outside it with the words SQLite uses', async () => {
    await expect(
      db.project.update({ where: { slug: 'pg-a' }, data: { status: 'completed' } }).catch(driverMessage),
    ).resolves.toBe('unaudited write to Project: wrap it in withAudit()');
    expect((await db.project.findUniqueOrThrow({ where: { slug: 'pg-a' } })).status).toBe('unknown');
  });

  it('turns the refusal of a project an import is applying into DatabaseBusy, and lets the import write it', async () => {
    const job = await createApplyingImport(db, {
      rows: [{ row: 2, action: 'update', slug: 'pg-a', data: '{}', addSets: '[]' }],
    });
    try {
      const before = await db.revision.count();
      await expect(progress('pg-a', 10)).rejects.toBeInstanceOf(DatabaseBusy);
      expect(await db.revision.count()).toBe(before);
      await progress('pg-b', 10);
      await progress('pg-a', 20, IMPORTER);
      expect((await db.project.findUniqueOrThrow({ where: { slug: 'pg-a' } })).progressPercent).toBe(20);
    } finally {
      await db.importJob.delete({ where: { id: job.id } });
    }
  });

  it('runs audited writes one after another, as SQLite does, and lends no context to other writers', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const first = withAudit(db, EDITOR, async (tx) => {
      await tx.project.update({ where: { slug: 'pg-a' }, data: { progressPercent: 30 } });
      await held;
      order.push('first');
    });
    await sleep(200);
    const second = progress('pg-b', 30).then(() => order.push('second'));
    await sleep(300);
    expect(order).toEqual([]);
    // The first writer's context is not committed, so it is invisible to any other transaction.
    await expect(db.project.update({ where: { slug: 'pg-b' }, data: { status: 'completed' } })).rejects.toThrow(
      'unaudited write to Project',
    );
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    const revisions = await db.revision.findMany({ orderBy: { id: 'desc' }, take: 2, select: { entityId: true } });
    expect(revisions).toEqual([{ entityId: 'pg-b' }, { entityId: 'pg-a' }]);
    expect(await db.writeContext.count()).toBe(0);
  });

  it('waits for another writer up to 2 s, as SQLite does for its write lock, then answers DatabaseBusy', async () => {
    const revisions = await db.revision.count();
    const short = await holdWriteLock(500);
    await progress('pg-b', 40);
    await short.exited;
    const long = await holdWriteLock(4_000);
    const started = Date.now();
    await expect(progress('pg-b', 41)).rejects.toBeInstanceOf(DatabaseBusy);
    expect(Date.now() - started).toBeLessThan(3_500);
    await long.exited;
    expect((await db.project.findUniqueOrThrow({ where: { slug: 'pg-b' } })).progressPercent).toBe(40);
    expect(await db.revision.count()).toBe(revisions + 1);
  });
});
