import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import { fetchProjectAccountability } from '@/lib/data/accountability';
import { fetchNewProjectsNotStarted, fetchOpenProblems, fetchOverdueMilestones } from '@/lib/data/dashboard';
import { daysBetween, higherLevels, isMilestoneOverdue } from '@/lib/domain/accountability';
import { withAudit } from '@/lib/revisions/with-audit';
import { fieldErrors } from '@/lib/validations/form-state';
import { milestoneUpdateSchema, responsibilitySchema } from '@/lib/validations/accountability';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
let projectId: number;
const CONTEXT = { actor: { role: 'admin' as const, id: 1, name: '测试' }, reason: '测试', sourceRef: null };

beforeAll(async () => {
  prisma = await loadShippedDataset();
  projectId = (await prisma.project.findUniqueOrThrow({ where: { slug: 'beichen-phase-ii-workshop' } })).id;
  await withAudit(prisma, CONTEXT, async (tx) => {
    await tx.responsibility.createMany({
      data: [
        {
          projectId,
          role: 'dispatcher',
          personName: '李四',
          post: '科员',
          unit: '区发改局',
          phone: '13900000000',
          internalNote: '周三请假',
        },
        {
          projectId,
          role: 'chiefCoordinator',
          personName: '王五',
          post: '副区长',
          unit: '区政府',
          districtLevel: true,
          phone: '13800000000',
          internalNote: '内部备注',
        },
      ],
    });
    await tx.problem.createMany({
      data: [
        { projectId, description: '用地审批内部细节', level: 'town', raisedOn: '2023-03-01', resolutionNote: null },
        {
          projectId,
          description: '电力接入',
          level: 'department',
          raisedOn: '2023-02-01',
          status: 'resolved',
          resolvedOn: '2023-02-20',
          resolutionNote: '内部解决记录',
        },
      ],
    });
    await tx.milestone.createMany({
      data: [
        { projectId, title: '主体封顶', standard: '主体结构封顶', dueDate: '2023-06-30', responsible: '李四' },
        {
          projectId,
          title: '设备进场',
          standard: '设备全部进场',
          dueDate: '2023-05-31',
          responsible: '李四',
          status: 'met',
          metOn: '2023-05-30',
          evidence: '照片',
        },
      ],
    });
  });
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

describe('public accountability data', { timeout: SLOW_TEST_MS }, () => {
  it('gives names, posts and units in role order, and only counts of problems: never phones, notes or problem texts', async () => {
    const data = await fetchProjectAccountability(projectId);
    expect(data).toEqual({
      responsibilities: [
        { role: 'chiefCoordinator', personName: '王五', post: '副区长', unit: '区政府' },
        { role: 'dispatcher', personName: '李四', post: '科员', unit: '区发改局' },
      ],
      problems: { open: 1, resolved: 1 },
      milestones: { scheduled: 1, met: 1, notMet: 0, partiallyMet: 0 },
    });
    const text = JSON.stringify(data);
    for (const secret of [
      '13800000000',
      '13900000000',
      '内部备注',
      '周三请假',
      '用地审批内部细节',
      '内部解决记录',
      '主体封顶',
      '照片',
    ])
      expect(text).not.toContain(secret);
  });

  it('says "no record", not zero, for a project whose problems and milestones officials have not recorded', async () => {
    const other = await prisma.project.findUniqueOrThrow({
      where: { slug: 'runfeng-waste-equipment-environmental-products' },
    });
    expect(await fetchProjectAccountability(other.id)).toEqual({
      responsibilities: [],
      problems: null,
      milestones: null,
    });
  });
});

describe('包挂, milestone and problem rules', { timeout: SLOW_TEST_MS }, () => {
  it('the chief coordinator must be district-level', () => {
    const input = { role: 'chiefCoordinator', personName: '赵六', post: '局长', unit: '区住建局' };
    const refused = responsibilitySchema.safeParse(input);
    expect(refused.success ? {} : fieldErrors(refused.error)).toEqual({
      districtLevel: '总协调人必须由区级领导担任，请确认并勾选“区级领导”',
    });
    expect(responsibilitySchema.safeParse({ ...input, districtLevel: 'on' }).success).toBe(true);
    expect(responsibilitySchema.safeParse({ ...input, role: 'coordinator' }).success).toBe(true);
  });

  it('a met milestone needs its date and evidence', () => {
    const refused = milestoneUpdateSchema.safeParse({ expectedVersion: '1', status: 'met', metOn: '', evidence: '' });
    expect(refused.success ? {} : fieldErrors(refused.error)).toEqual({
      metOn: '请填写完成日期',
      evidence: '标记为已完成时请填写佐证材料',
    });
  });

  it('overdue: due date past and not met, against an injected today', () => {
    expect(isMilestoneOverdue({ dueDate: '2023-06-30', status: 'scheduled' }, '2023-06-30')).toBe(false);
    expect(isMilestoneOverdue({ dueDate: '2023-06-30', status: 'scheduled' }, '2023-07-01')).toBe(true);
    expect(isMilestoneOverdue({ dueDate: '2023-06-30', status: 'partiallyMet' }, '2023-07-01')).toBe(true);
    expect(isMilestoneOverdue({ dueDate: '2023-06-30', status: 'met' }, '2023-07-01')).toBe(false);
  });

  it('problems climb the ladder only upwards', () => {
    expect(higherLevels('project')).toEqual(['town', 'department', 'district']);
    expect(higherLevels('department')).toEqual(['district']);
    expect(higherLevels('district')).toEqual([]);
    expect(daysBetween('2023-02-01', '2023-03-01')).toBe(28);
  });
});

describe('dashboard lists', { timeout: SLOW_TEST_MS }, () => {
  it('overdue milestones and open problems with their age, as of a given day', async () => {
    expect(await fetchOverdueMilestones(prisma, '2023-07-10')).toMatchObject([
      { title: '主体封顶', daysOverdue: 10, project: { slug: 'beichen-phase-ii-workshop' } },
    ]);
    expect(await fetchOverdueMilestones(prisma, '2023-06-30')).toEqual([]);
    expect(await fetchOpenProblems(prisma, '2023-03-11')).toMatchObject([
      { level: 'town', ageDays: 10, project: { slug: 'beichen-phase-ii-workshop' } },
    ]);
  });

  it('new 2023 projects not started by the source deadline (2023-06-30)', async () => {
    await withAudit(prisma, CONTEXT, async (tx) => {
      const rows = [
        { slug: 'late-one', name: '示例 未开工', kind: 'new', status: 'preparation', knownAs: 'synthetic' },
        {
          slug: 'on-time',
          name: '示例 按期',
          kind: 'new',
          status: 'underConstruction',
          startDate: '2023-04-01',
          knownAs: 'synthetic',
        },
        {
          slug: 'started-late',
          name: '示例 晚开工',
          kind: 'new',
          status: 'underConstruction',
          startDate: '2023-08-01',
          statusDate: '2023-08-01',
          knownAs: 'synthetic',
        },
        { slug: 'continuing', name: '示例 续建', kind: 'continuing', status: 'preparation', knownAs: 'synthetic' },
      ];
      for (const data of rows)
        await tx.project.create({ data: { ...data, sets: { create: { setId: 'key-projects-2023' } } } });
    });
    const result = await fetchNewProjectsNotStarted(prisma);
    expect(result.deadline).toBe('2023-06-30');
    expect(result.projects.map((p) => p.slug).sort()).toEqual(['late-one', 'started-late']);
  });
});
