import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { fetchChangesPage, fetchEntityHistory, fetchLastUpdated } from '@/lib/data/revisions';
import { LOADER_ACTOR, withAudit } from '@/lib/revisions/with-audit';
import { changesQuerySchema } from '@/lib/validations/changes';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
});
afterAll(() => prisma.$disconnect());

const EDITOR = { actor: { role: 'admin' as const, id: 1, name: '张某' }, reason: '来源更正', sourceRef: '区统计局' };

describe('revision capture and public history', () => {
  it('the first load is each figure’s first revision, by the loader, naming its source', async () => {
    const history = await fetchEntityHistory('figure', 'keyProjects2023.projectCountYearEnd');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: 'create',
      actorRole: 'loader',
      reason: '按来源报道载入',
      sourceRef: 'subaoxw-2024-01-04-key-projects-2023-result',
      name: '2023年重点项目数（年终报道）',
    });
    const derived = await fetchEntityHistory('figure', 'keyProjects2023.projectCountByKind');
    expect(derived[0]).toMatchObject({ reason: '由已公开数据计算', sourceRef: null });
    expect(derived[0].changes).toContainEqual({ field: 'derivation', before: null, after: '62 + 71 = 133' });
  });

  it('an audited update shows only the changed field, newest first, and moves 数据更新于', async () => {
    const before = await fetchLastUpdated();
    await withAudit(prisma, EDITOR, (tx) =>
      tx.figure.update({ where: { key: 'keyProjects2023.completedInUseCount' }, data: { note: '年终报道' } }),
    );
    const history = await fetchEntityHistory('figure', 'keyProjects2023.completedInUseCount');
    expect(history.map((c) => c.action)).toEqual(['update', 'create']);
    expect(history[0]).toMatchObject({
      actorRole: 'admin',
      reason: '来源更正',
      sourceRef: '区统计局',
      changes: [{ field: 'note', before: null, after: '年终报道' }],
    });
    expect(JSON.stringify(history)).not.toContain('张某');
    // 数据更新于 is the new revision's time (not only a later one than before).
    expect(await fetchLastUpdated()).toEqual(history[0].at);
    expect(history[0].at.getTime()).toBeGreaterThanOrEqual(before!.getTime());
  });

  it('/changes hides the initial load unless asked, pages and filters by type; bad parameters fall back', async () => {
    const shown = await fetchChangesPage(changesQuerySchema.parse({}));
    expect(shown).toMatchObject({ total: 1, hidden: 80, page: 1, pageCount: 1 });
    expect(shown.items.map((c) => [c.action, c.entityId])).toEqual([['update', 'keyProjects2023.completedInUseCount']]);
    const all = await fetchChangesPage(changesQuerySchema.parse({ initial: 'show' }));
    expect(all).toMatchObject({ total: 81, hidden: 0, page: 1, pageCount: 5 });
    expect(all.items[0].entityId).toBe('keyProjects2023.completedInUseCount');
    const sets = await fetchChangesPage(changesQuerySchema.parse({ type: 'set', initial: 'show' }));
    expect(sets.items.map((c) => c.entityId).sort()).toEqual(['key-projects-2023', 'launch-2023-01-29']);
    expect(await fetchChangesPage(changesQuerySchema.parse({ type: 'set' }))).toMatchObject({
      total: 0,
      hidden: 2,
      items: [],
    });
    expect(changesQuerySchema.parse({ type: 'responsibility', initial: 'yes', page: '-3' })).toEqual({
      type: undefined,
      initial: undefined,
      page: 1,
    });
    expect(changesQuerySchema.parse({ type: ['figure', 'set'], initial: ['show', 'hide'], page: ['2', '9'] })).toEqual({
      type: 'figure',
      initial: 'show',
      page: 2,
    });
    const last = await fetchChangesPage({ type: undefined, initial: 'show', page: 5 });
    expect(last.items).toHaveLength(1);
  });

  it('a later correction by the loader is not part of the initial load: it stays in the default view', async () => {
    await withAudit(
      prisma,
      { actor: LOADER_ACTOR, reason: '按来源报道载入', sourceRef: 'launch-report-2023-01-29' },
      (tx) => tx.figure.update({ where: { key: 'keyProjects2023.projectCountYearEnd' }, data: { note: '来源更正' } }),
    );
    const shown = await fetchChangesPage(changesQuerySchema.parse({}));
    expect(shown).toMatchObject({ total: 2, hidden: 80 });
    expect(shown.items[0]).toMatchObject({
      action: 'update',
      actorRole: 'loader',
      entityId: 'keyProjects2023.projectCountYearEnd',
    });
  });

  it('keeps internal records (responsibilities) out of the public history', async () => {
    const project = await prisma.project.findFirstOrThrow({ select: { id: true } });
    await withAudit(prisma, EDITOR, (tx) =>
      tx.responsibility.create({
        data: { projectId: project.id, role: 'dispatcher', personName: '李某', post: '科长', unit: '区发改局' },
      }),
    );
    const all = await fetchChangesPage(changesQuerySchema.parse({ initial: 'show' }));
    expect(all.total).toBe(82);
    expect(all.items.every((c) => c.entityType !== 'responsibility')).toBe(true);
  });
});
