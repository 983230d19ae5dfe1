import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { AUDITED, historyColumns } from '@/lib/revisions/audit-model';
import { auditTriggers, type Trigger } from '@/lib/revisions/audit-triggers';
import { withAudit } from '@/lib/revisions/with-audit';
import { onPostgres } from '@/lib/sql/dialect';
import { loadShippedDataset } from '../helpers/load';
import { SLOW_SETUP_MS } from '../helpers/timeouts';
import { driverMessage } from '../helpers/driver-error';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

const EDITOR = {
  actor: { role: 'editor' as const, id: 3, name: '王编辑' },
  reason: '开工进度更新',
  sourceRef: '区发改局通报',
};
const SLUG = 'runfeng-waste-equipment-environmental-products';

describe('audit triggers', () => {
  // On PostgreSQL: tests/postgres/audit-triggers.test.ts reads the catalog instead.
  it.skipIf(onPostgres())(
    'are exactly the ones generated from the schema, so none misses a column (npm run db:triggers)',
    () => {
      const database = new Database(process.env.DATABASE_URL!.slice('file:'.length), { readonly: true });
      const stored = database
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit%' ORDER BY name")
        .all() as Trigger[];
      database.close();
      expect(stored).toEqual(auditTriggers().sort((a, b) => (a.name < b.name ? -1 : 1)));
      const tables = [
        'Enterprise',
        'Figure',
        'Initiative',
        'InitiativeProject',
        'Milestone',
        'Problem',
        'Project',
        'Responsibility',
        'Set',
        'SetMembership',
        'Source',
      ];
      expect(new Set(stored.map((t) => t.name.split('_')[1]))).toEqual(new Set(tables));
    },
  );

  it('copy every column of a model but the bookkeeping and the private ones', () => {
    const figure = AUDITED.find((a) => a.model === 'Figure')!;
    expect(historyColumns(figure)).toContain('operation');
    expect(historyColumns(figure)).not.toContain('updatedAt');
    const responsibility = historyColumns(AUDITED.find((a) => a.model === 'Responsibility')!);
    expect(responsibility.filter((column) => ['phone', 'internalNote'].includes(column))).toEqual([]);
    expect(responsibility).toContain('personName');
  });

  it('refuse a write made outside withAudit and leave the row unchanged', async () => {
    // The trigger's own words, on either engine (Prisma reports them differently: tests/helpers/driver-error.ts).
    await expect(
      prisma.project.update({ where: { slug: SLUG }, data: { status: 'completed' } }).catch(driverMessage),
    ).resolves.toBe('unaudited write to Project: wrap it in withAudit()');
    expect((await prisma.project.findUniqueOrThrow({ where: { slug: SLUG } })).status).toBe('underConstruction');
  });

  // Each test below starts from the value it sets itself, so that any of them can run alone.
  const setProgress = (progressPercent: number) =>
    withAudit(prisma, EDITOR, (tx) => tx.project.update({ where: { slug: SLUG }, data: { progressPercent } }));
  const progress = async () => (await prisma.project.findUniqueOrThrow({ where: { slug: SLUG } })).progressPercent;

  it('record who, why, before and after for an audited write', async () => {
    const before = await progress();
    await setProgress(40);
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'project', entityId: SLUG, action: 'update' },
      orderBy: { id: 'desc' },
    });
    expect(revision).toMatchObject({
      actorRole: 'editor',
      actorId: 3,
      actorName: '王编辑',
      reason: '开工进度更新',
      sourceRef: '区发改局通报',
    });
    expect(JSON.parse(revision.before!).progressPercent).toBe(before);
    expect(JSON.parse(revision.after!).progressPercent).toBe(40);
    expect(await prisma.writeContext.count()).toBe(0);
  });

  it('record nothing for an update that changes no audited column', async () => {
    await setProgress(41);
    const before = await prisma.revision.count();
    await setProgress(41);
    expect(await prisma.revision.count()).toBe(before);
  });

  it('roll back the change and its revision together when the writer fails', async () => {
    await setProgress(42);
    const before = await prisma.revision.count();
    await expect(
      withAudit(prisma, EDITOR, async (tx) => {
        await tx.project.update({ where: { slug: SLUG }, data: { progressPercent: 90 } });
        throw new Error('validation failed later');
      }),
    ).rejects.toThrow('validation failed later');
    expect(await prisma.revision.count()).toBe(before);
    expect(await progress()).toBe(42);
  });

  it('keep internal fields of a responsibility out of the history', async () => {
    const project = await prisma.project.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    await withAudit(prisma, EDITOR, (tx) =>
      tx.responsibility.create({
        data: {
          projectId: project.id,
          role: 'chiefCoordinator',
          personName: '测试',
          post: '副区长',
          unit: '区政府',
          districtLevel: true,
          phone: '13800000000',
          internalNote: '内部',
        },
      }),
    );
    const revision = await prisma.revision.findFirstOrThrow({ where: { entityType: 'responsibility' } });
    expect(revision.after).not.toContain('13800000000');
    expect(revision.after).not.toContain('内部');
    expect(JSON.parse(revision.after!)).toMatchObject({ personName: '测试', districtLevel: 1 });
  });

  it('record joining and leaving a set or an initiative as a change of the project, and a version-only update as nothing', async () => {
    const project = await prisma.project.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, name: true } });
    const floor = (await prisma.revision.aggregate({ _max: { id: true } }))._max.id!;
    await withAudit(prisma, EDITOR, async (tx) => {
      await tx.setMembership.create({ data: { setId: 'key-projects-2023', projectId: project.id } });
      await tx.initiativeProject.create({ data: { initiativeId: 'project-push', projectId: project.id } });
      await tx.project.update({ where: { slug: SLUG }, data: { version: { increment: 1 } } });
    });
    await withAudit(prisma, EDITOR, (tx) =>
      tx.setMembership.delete({ where: { setId_projectId: { setId: 'key-projects-2023', projectId: project.id } } }),
    );
    const revisions = await prisma.revision.findMany({ where: { id: { gt: floor } }, orderBy: { id: 'asc' } });
    const side = (json: string | null) => JSON.parse(json!);
    expect(revisions.map((r) => [r.entityType, r.entityId, r.action, side(r.before), side(r.after), r.public])).toEqual(
      [
        [
          'project',
          SLUG,
          'update',
          { name: project.name, published: 1, set: null },
          { name: project.name, published: 1, set: '2023年省、市、区三级重点项目' },
          true,
        ],
        [
          'project',
          SLUG,
          'update',
          { name: project.name, published: 1, initiative: null },
          { name: project.name, published: 1, initiative: '项目攻坚' },
          true,
        ],
        [
          'project',
          SLUG,
          'update',
          { name: project.name, published: 1, set: '2023年省、市、区三级重点项目' },
          { name: project.name, published: 1, set: null },
          true,
        ],
      ],
    );
  });

  it("keep an unpublished project's joining a set out of the public history", async () => {
    const hidden = await withAudit(prisma, EDITOR, (tx) =>
      tx.project.create({
        data: {
          slug: 'audit-hidden',
          name: '未公开测试项目',
          sector: 'industry',
          level: 'unknown',
          kind: 'unknown',
          status: 'planning',
          knownAs: 'test',
          published: false,
        },
      }),
    );
    await withAudit(prisma, EDITOR, (tx) =>
      tx.setMembership.create({ data: { setId: 'key-projects-2023', projectId: hidden.id } }),
    );
    const revisions = await prisma.revision.findMany({
      where: { entityId: 'audit-hidden' },
      select: { action: true, public: true },
    });
    expect(revisions).toEqual([
      { action: 'create', public: false },
      { action: 'update', public: false },
    ]);
  });
});
