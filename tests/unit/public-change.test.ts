import { describe, expect, it } from 'vitest';
import { diffFields, toPublicChange } from '@/lib/revisions/public-change';

const base = {
  id: 7,
  entityType: 'project',
  entityId: 'p',
  at: new Date('2026-01-01T00:00:00Z'),
  actorRole: 'editor',
  reason: '进度更新',
  sourceRef: null,
};

describe('public changes', () => {
  it('keep only the fields that changed, without bookkeeping columns', () => {
    expect(
      diffFields(
        { id: 1, version: 1, status: 'planning', name: 'A' },
        { id: 1, version: 2, status: 'underConstruction', name: 'A' },
      ),
    ).toEqual([{ field: 'status', before: 'planning', after: 'underConstruction' }]);
  });

  it('list the fields set on create, named after the entity', () => {
    const change = toPublicChange({
      ...base,
      action: 'create',
      before: null,
      after: JSON.stringify({ id: 3, slug: 'p', name: '二期车间项目', totalInvestment: null }),
    });
    expect(change.name).toBe('二期车间项目');
    expect(change.changes).toEqual([
      { field: 'slug', before: null, after: 'p' },
      { field: 'name', before: null, after: '二期车间项目' },
    ]);
  });

  it('carry the role, never the actor’s name or id', () => {
    const revision = {
      ...base,
      actorName: '张三',
      actorId: 42,
      action: 'delete',
      before: JSON.stringify({ label: '旧数据' }),
      after: null,
    };
    const change = toPublicChange(revision);
    expect(change).not.toHaveProperty('actorName');
    expect(change).not.toHaveProperty('actorId');
    expect(change).toMatchObject({
      actorRole: 'editor',
      name: '旧数据',
      changes: [{ field: 'label', before: '旧数据', after: null }],
    });
  });
});
