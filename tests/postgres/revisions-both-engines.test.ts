import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrismaClient } from '@prisma/client';
import { afterAll, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createPrismaClient } from '@/lib/prisma-client';
import { withAudit } from '@/lib/revisions/with-audit';
import { withDatabaseUrl } from '@/lib/sql/dialect';
import { createMigratedDatabase } from '../helpers/migrate';

// The same writes on a migrated SQLite file and on this file's PostgreSQL database must leave the
// same Revision rows, text for text: the history, the change feeds and db:copy read that text.
const sqliteFile = path.join(mkdtempSync(path.join(tmpdir(), 'portal-test-')), 'both.db');
createMigratedDatabase(sqliteFile);
const sqlite = createPrismaClient(`file:${sqliteFile}`);
afterAll(() => sqlite.$disconnect());

/**
 * The raw SQL a write runs follows the engine DATABASE_URL names (lib/sql/dialect.ts), read at each
 * query: it names the SQLite file while the SQLite side runs.
 */
const onSqlite = <T>(run: () => Promise<T>) => withDatabaseUrl(`file:${sqliteFile}`, run);

const EDITOR = {
  actor: { role: 'editor' as const, id: 3, name: '王编辑' },
  reason: '测试：两种数据库',
  sourceRef: null,
};

/** Values with what JSON escapes or might print differently: quotes, controls, non-BMP, slashes. */
const TRICKY = '引号"反斜杠\\换行\n制表\t控制\u0001\u001f斜杠/表情😀 é';

async function script(prisma: PrismaClient) {
  const audited = <T>(write: Parameters<typeof withAudit<T>>[2]) => withAudit(prisma, EDITOR, write);
  await audited(async (tx) => {
    await tx.source.create({
      data: {
        id: 'both-source',
        title: TRICKY,
        language: 'zh-Hans',
        reliability: 'primary',
        reliabilityNote: '测试',
        rawText: '原文',
        cleanText: '原文',
      },
    });
    await tx.enterprise.create({ data: { id: 'both-enterprise', name: '测试企业' } });
    await tx.set.create({ data: { id: 'both-set', kind: 'programme', name: '测试批次', nameEn: 'Test batch' } });
    await tx.set.create({ data: { id: 'both-set-2', kind: 'programme', name: '第二批', nameEn: 'Second' } });
    await tx.initiative.create({
      data: { id: 'both-initiative', kind: 'workLine', position: 1, name: '测试攻坚', nameEn: 'Push' },
    });
  });
  // A project created with two sets: listed in its creation, not as separate changes.
  const project = await audited((tx) =>
    tx.project.create({
      data: {
        slug: 'both-project',
        name: '测试项目',
        knownAs: 'official',
        enterpriseId: 'both-enterprise',
        totalInvestment: 2_000_000_000,
        progressPercent: -1,
        description: TRICKY,
        sets: { create: [{ setId: 'both-set' }, { setId: 'both-set-2' }] },
      },
    }),
  );
  await audited(async (tx) => {
    await tx.initiativeProject.create({ data: { initiativeId: 'both-initiative', projectId: project.id } });
    await tx.responsibility.create({
      data: {
        projectId: project.id,
        role: 'chiefCoordinator',
        personName: '李四',
        post: '副区长',
        unit: '区政府',
        districtLevel: true,
        phone: '13800000000',
      },
    });
    await tx.milestone.create({
      data: { projectId: project.id, title: '开工', standard: '开工', dueDate: '2026-12-31', responsible: '区发改局' },
    });
    await tx.problem.create({
      data: { projectId: project.id, description: '用地', level: 'town', expedited: true, raisedOn: '2026-11-01' },
    });
    await tx.figure.create({
      data: {
        key: 'both.figure',
        measure: 'both.measure',
        label: '测试数',
        labelEn: 'Test',
        value: '12.50',
        unit: 'wanYuan',
        asOf: '2026-11-30',
        setId: 'both-set',
      },
    });
  });
  // A version-only update records nothing; leaving a set and unpublishing do.
  await audited((tx) => tx.project.update({ where: { id: project.id }, data: { version: { increment: 1 } } }));
  await audited((tx) =>
    tx.setMembership.delete({ where: { setId_projectId: { setId: 'both-set', projectId: project.id } } }),
  );
  await audited((tx) => tx.project.update({ where: { id: project.id }, data: { published: false, name: '改名' } }));
  await audited((tx) => tx.enterprise.update({ where: { id: 'both-enterprise' }, data: { nameEn: 'Test Co.' } }));
  await audited((tx) => tx.figure.delete({ where: { key: 'both.figure' } }));
  // Deleting the project removes its parts in cascade: their revisions, none for the memberships.
  await audited((tx) => tx.project.delete({ where: { id: project.id } }));
}

/**
 * The one difference: the order of the revisions of one cascading delete. SQLite deletes the
 * children first, latest table first, then records the project; PostgreSQL records the project,
 * then runs the foreign keys' cascades in the order they were created. The rows are the same.
 */
const CASCADE = 4;
const byEntity = (rows: { id: number; entityType: string }[]) =>
  rows.map(({ id: _id, ...row }) => row).sort((a, b) => (a.entityType < b.entityType ? -1 : 1));

async function revisions(prisma: PrismaClient) {
  const rows = await prisma.revision.findMany({ orderBy: { id: 'asc' } });
  expect(await prisma.writeContext.count()).toBe(0);
  return rows.map(({ at, ...row }) => {
    expect(at.getTime()).toBeGreaterThan(Date.now() - 600_000);
    return row;
  });
}

it('records the same revisions, text for text, on SQLite and PostgreSQL', async () => {
  await onSqlite(() => script(sqlite));
  await script(db);
  const [expected, actual] = [await revisions(sqlite), await revisions(db)];
  expect(expected.length).toBe(19);
  expect(actual.slice(0, -CASCADE)).toEqual(expected.slice(0, -CASCADE));
  expect(byEntity(actual.slice(-CASCADE))).toEqual(byEntity(expected.slice(-CASCADE)));
  const created = expected.find((r) => r.entityType === 'project' && r.action === 'create')!;
  expect(JSON.parse(created.after!)).toMatchObject({ published: 1, set: '测试批次、第二批', description: TRICKY });
});
