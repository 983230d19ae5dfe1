import { describe, expect, it } from 'vitest';
import { describeActor, describeChange } from '@/components/admin/change-labels';

describe('the workspace names a revision in words', () => {
  it('gives the action, the type and the record’s own name, never the audit codes', () => {
    expect(
      describeChange({
        entityType: 'figure',
        entityId: 'keyProjects2023.projectCount',
        action: 'create',
        record: { label: '2023年重点项目个数' },
      }),
    ).toBe('新建 · 数据：2023年重点项目个数');
    expect(
      describeChange({
        entityType: 'project',
        entityId: 'beichen-phase-ii-workshop',
        action: 'update',
        record: { name: '二期车间项目' },
      }),
    ).toBe('修改 · 项目：二期车间项目');
    expect(
      describeChange({
        entityType: 'responsibility',
        entityId: '7',
        action: 'delete',
        record: { role: 'chiefCoordinator', personName: '张三' },
      }),
    ).toBe('删除 · 包挂责任人：总协调人 张三');
    expect(
      describeChange({
        entityType: 'problem',
        entityId: '3',
        action: 'create',
        record: { description: '施工用电接入迟迟未落实，需要供电部门协调解决，已影响主体结构施工' },
      }),
    ).toBe('新建 · 梗阻问题：施工用电接入迟迟未落实，需要供电部门协调解决，已影响主体结构…');
    expect(describeChange({ entityType: 'milestone', entityId: '9', action: 'update', record: {} })).toBe(
      '修改 · 督查节点：9',
    );
  });

  it('names the person and the role, and the loader by its role only', () => {
    expect(describeActor({ actorRole: 'editor', actorName: '李四' })).toBe('李四（项目填报人员）');
    expect(describeActor({ actorRole: 'loader', actorName: '来源数据导入' })).toBe('来源数据导入');
  });
});
