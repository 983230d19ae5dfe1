'use server';

import { higherLevels, type ProblemLevel } from '@/lib/domain/accountability';
import { runProjectRecordAction, WriteRefused } from '@/lib/actions/project-record-action';
import { STALE_RECORD } from '@/lib/i18n/messages/workspace';
import {
  milestoneCreateSchema,
  milestoneUpdateSchema,
  problemCreateSchema,
  problemEscalateSchema,
  problemResolveSchema,
  recordIdSchema,
  responsibilitySchema,
} from '@/lib/validations/accountability';
import type { FormState } from '@/lib/validations/form-state';

/** Bound by the page: (slug) for new records, (slug, id) for an existing one. */

export async function saveResponsibility(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runProjectRecordAction({
    slug,
    formData,
    schema: responsibilitySchema,
    reason: '更新包挂责任人',
    sourceRef: (input) => input.evidence,
    saved: 'responsibility',
    anchor: 'responsibilities',
    write: async (tx, { evidence: _evidence, role, ...fields }, projectId) => {
      await tx.responsibility.upsert({ where: { projectId_role: { projectId, role } }, create: { projectId, role, ...fields }, update: fields });
    },
  });
}

export async function addMilestone(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runProjectRecordAction({
    slug,
    formData,
    schema: milestoneCreateSchema,
    reason: '新增督查节点',
    saved: 'milestone',
    anchor: 'milestones',
    write: async (tx, input, projectId) => {
      await tx.milestone.create({ data: { ...input, projectId } });
    },
  });
}

export async function updateMilestone(slug: string, milestoneId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runProjectRecordAction({
    slug,
    formData,
    schema: milestoneUpdateSchema,
    reason: '更新督查节点完成情况',
    sourceRef: (input) => input.evidence,
    saved: 'milestone',
    anchor: 'milestones',
    write: async (tx, { expectedVersion, ...fields }, projectId) => {
      const id = recordIdSchema.parse(milestoneId);
      const { count } = await tx.milestone.updateMany({ where: { id, projectId, version: expectedVersion }, data: { ...fields, version: { increment: 1 } } });
      if (count !== 1) throw new WriteRefused({}, STALE_RECORD);
    },
  });
}

export async function addProblem(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runProjectRecordAction({
    slug,
    formData,
    schema: problemCreateSchema,
    reason: '登记梗阻问题',
    saved: 'problem',
    anchor: 'problems',
    write: async (tx, input, projectId) => {
      await tx.problem.create({ data: { ...input, projectId } });
    },
  });
}

export async function escalateProblem(slug: string, problemId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runProjectRecordAction({
    slug,
    formData,
    schema: problemEscalateSchema,
    reason: '梗阻问题提级办理',
    saved: 'problem',
    anchor: 'problems',
    write: async (tx, { expectedVersion, toLevel, note }, projectId) => {
      const id = recordIdSchema.parse(problemId);
      const problem = await tx.problem.findFirst({ where: { id, projectId }, select: { level: true, status: true, version: true } });
      if (!problem || problem.version !== expectedVersion) throw new WriteRefused({}, STALE_RECORD);
      if (problem.status !== 'open') throw new WriteRefused({}, '该问题已解决，不能再提级。');
      if (!higherLevels(problem.level as ProblemLevel).includes(toLevel)) throw new WriteRefused({ toLevel: '只能提交到比当前层级更高的层级' });
      await tx.problem.update({ where: { id }, data: { level: toLevel, version: { increment: 1 } } });
      await tx.problemStep.create({ data: { problemId: id, fromLevel: problem.level, toLevel, note } });
    },
  });
}

export async function resolveProblem(slug: string, problemId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runProjectRecordAction({
    slug,
    formData,
    schema: problemResolveSchema,
    reason: '梗阻问题已解决',
    saved: 'problem',
    anchor: 'problems',
    write: async (tx, { expectedVersion, ...fields }, projectId) => {
      const id = recordIdSchema.parse(problemId);
      const { count } = await tx.problem.updateMany({
        where: { id, projectId, version: expectedVersion, status: 'open' },
        data: { ...fields, status: 'resolved', version: { increment: 1 } },
      });
      if (count !== 1) throw new WriteRefused({}, STALE_RECORD);
    },
  });
}

