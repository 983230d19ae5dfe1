import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { withAudit } from '@/lib/revisions/with-audit';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
});
afterAll(() => prisma.$disconnect());

const EDITOR = { actor: { role: 'editor' as const, id: 3, name: '王编辑' }, reason: '开工进度更新', sourceRef: '区发改局通报' };
const SLUG = 'runfeng-waste-equipment-environmental-products';

describe('audit triggers', () => {
  it('exist for insert, update and delete on every audited table', () => {
    const database = new Database(process.env.DATABASE_URL!.slice('file:'.length), { readonly: true });
    const names = database.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit%' ORDER BY name").all() as { name: string }[];
    database.close();
    const tables = ['Enterprise', 'Figure', 'Initiative', 'Milestone', 'Problem', 'Project', 'Responsibility', 'Set', 'Source'];
    expect(names.map((t) => t.name)).toEqual(tables.flatMap((t) => [`audit_${t}_delete`, `audit_${t}_insert`, `audit_${t}_update`]).sort());
  });

  it('refuse a write made outside withAudit and leave the row unchanged', async () => {
    // Prisma reports the trigger's RAISE as a constraint error; the trigger's own words are in the cause.
    await expect(prisma.project.update({ where: { slug: SLUG }, data: { status: 'completed' } })).rejects.toMatchObject({
      meta: { driverAdapterError: { cause: { originalMessage: 'unaudited write to Project: wrap it in withAudit()' } } },
    });
    expect((await prisma.project.findUniqueOrThrow({ where: { slug: SLUG } })).status).toBe('underConstruction');
  });

  it('record who, why, before and after for an audited write', async () => {
    await withAudit(prisma, EDITOR, (tx) => tx.project.update({ where: { slug: SLUG }, data: { progressPercent: 40 } }));
    const revision = await prisma.revision.findFirstOrThrow({ where: { entityType: 'project', entityId: SLUG, action: 'update' } });
    expect(revision).toMatchObject({ actorRole: 'editor', actorId: 3, actorName: '王编辑', reason: '开工进度更新', sourceRef: '区发改局通报' });
    expect(JSON.parse(revision.before!).progressPercent).toBeNull();
    expect(JSON.parse(revision.after!).progressPercent).toBe(40);
    expect(await prisma.writeContext.count()).toBe(0);
  });

  it('record nothing for an update that changes no audited column', async () => {
    const before = await prisma.revision.count();
    await withAudit(prisma, EDITOR, (tx) => tx.project.update({ where: { slug: SLUG }, data: { progressPercent: 40 } }));
    expect(await prisma.revision.count()).toBe(before);
  });

  it('roll back the change and its revision together when the writer fails', async () => {
    const before = await prisma.revision.count();
    await expect(
      withAudit(prisma, EDITOR, async (tx) => {
        await tx.project.update({ where: { slug: SLUG }, data: { progressPercent: 90 } });
        throw new Error('validation failed later');
      }),
    ).rejects.toThrow('validation failed later');
    expect(await prisma.revision.count()).toBe(before);
    expect((await prisma.project.findUniqueOrThrow({ where: { slug: SLUG } })).progressPercent).toBe(40);
  });

  it('keep internal fields of a responsibility out of the history', async () => {
    const project = await prisma.project.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    await withAudit(prisma, EDITOR, (tx) =>
      tx.responsibility.create({
        data: { projectId: project.id, role: 'chiefCoordinator', personName: '测试', post: '副区长', unit: '区政府', districtLevel: true, phone: '13800000000', internalNote: '内部' },
      }),
    );
    const revision = await prisma.revision.findFirstOrThrow({ where: { entityType: 'responsibility' } });
    expect(revision.after).not.toContain('13800000000');
    expect(revision.after).not.toContain('内部');
    expect(JSON.parse(revision.after!)).toMatchObject({ personName: '测试', districtLevel: 1 });
  });
});
