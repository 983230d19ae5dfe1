'use server';

import {
  milestoneCreateSchema,
  milestoneUpdateSchema,
  problemCreateSchema,
  problemEscalateSchema,
  problemResolveSchema,
  responsibilitySchema,
} from '@/lib/validations/accountability';
import type { FormState } from '@/lib/validations/form-state';
import * as writes from '@/lib/writes/accountability-writes';
import { projectRecordAction } from '@/lib/writes/project-record-action';

/**
 * Bound by the page: (slug) for new records, (slug, id) for an existing one; the writes are in
 * lib/writes/accountability-writes.ts.
 */

export async function saveResponsibility(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  const record = {
    slug,
    schema: responsibilitySchema,
    reason: '更新包挂责任人',
    saved: 'responsibility',
    anchor: 'responsibilities',
  } as const;
  return projectRecordAction(
    { ...record, sourceRef: (input) => input.evidence, write: writes.upsertResponsibility },
    formData,
  );
}

export async function addMilestone(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return projectRecordAction(
    {
      slug,
      schema: milestoneCreateSchema,
      reason: '新增督查节点',
      saved: 'milestone',
      anchor: 'milestones',
      write: writes.createMilestone,
    },
    formData,
  );
}

export async function updateMilestone(
  slug: string,
  milestoneId: number,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const record = {
    slug,
    schema: milestoneUpdateSchema,
    reason: '更新督查节点完成情况',
    saved: 'milestone',
    anchor: 'milestones',
  } as const;
  return projectRecordAction(
    {
      ...record,
      sourceRef: (input) => input.evidence,
      write: (tx, input, projectId) => writes.updateMilestone(tx, milestoneId, input, projectId),
    },
    formData,
  );
}

export async function addProblem(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return projectRecordAction(
    {
      slug,
      schema: problemCreateSchema,
      reason: '登记梗阻问题',
      saved: 'problem',
      anchor: 'problems',
      write: writes.createProblem,
    },
    formData,
  );
}

export async function escalateProblem(
  slug: string,
  problemId: number,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const record = {
    slug,
    schema: problemEscalateSchema,
    reason: '梗阻问题提级办理',
    saved: 'problem',
    anchor: 'problems',
  } as const;
  return projectRecordAction(
    { ...record, write: (tx, input, projectId) => writes.escalateProblem(tx, problemId, input, projectId) },
    formData,
  );
}

export async function resolveProblem(
  slug: string,
  problemId: number,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const record = {
    slug,
    schema: problemResolveSchema,
    reason: '梗阻问题已解决',
    saved: 'problem',
    anchor: 'problems',
  } as const;
  return projectRecordAction(
    { ...record, write: (tx, input, projectId) => writes.resolveProblem(tx, problemId, input, projectId) },
    formData,
  );
}
