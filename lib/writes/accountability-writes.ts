import type { Prisma } from '@prisma/client';
import type { z } from 'zod';
import { higherLevels, type ProblemLevel } from '@/lib/domain/accountability';
import { STALE_RECORD } from '@/lib/i18n/messages/workspace';
import {
  recordIdSchema,
  type milestoneCreateSchema,
  type milestoneUpdateSchema,
  type problemCreateSchema,
  type problemEscalateSchema,
  type problemResolveSchema,
  type responsibilitySchema,
} from '@/lib/validations/accountability';
import { WriteRefused } from '@/lib/writes/write-context';

/**
 * The writes of a project's 包挂 / milestone / problem records, each inside the audited
 * transaction of projectRecordAction, for a project the official may change. A record named by
 * id is looked for within that project only, and a change is made only to the version the
 * official saw (else STALE_RECORD). Ids are bound by the page and checked here, after the guard.
 */
type Tx = Prisma.TransactionClient;

export async function upsertResponsibility(
  tx: Tx,
  { evidence: _evidence, role, ...fields }: z.output<typeof responsibilitySchema>,
  projectId: number,
) {
  await tx.responsibility.upsert({
    where: { projectId_role: { projectId, role } },
    create: { projectId, role, ...fields },
    update: fields,
  });
}

export async function createMilestone(tx: Tx, input: z.output<typeof milestoneCreateSchema>, projectId: number) {
  await tx.milestone.create({ data: { ...input, projectId } });
}

export async function updateMilestone(
  tx: Tx,
  milestoneId: number,
  { expectedVersion, ...fields }: z.output<typeof milestoneUpdateSchema>,
  projectId: number,
) {
  const id = recordIdSchema.parse(milestoneId);
  const { count } = await tx.milestone.updateMany({
    where: { id, projectId, version: expectedVersion },
    data: { ...fields, version: { increment: 1 } },
  });
  if (count !== 1) throw new WriteRefused({}, STALE_RECORD);
}

export async function createProblem(tx: Tx, input: z.output<typeof problemCreateSchema>, projectId: number) {
  await tx.problem.create({ data: { ...input, projectId } });
}

export async function escalateProblem(
  tx: Tx,
  problemId: number,
  { expectedVersion, toLevel, note }: z.output<typeof problemEscalateSchema>,
  projectId: number,
) {
  const id = recordIdSchema.parse(problemId);
  const problem = await tx.problem.findFirst({
    where: { id, projectId },
    select: { level: true, status: true, version: true },
  });
  if (!problem || problem.version !== expectedVersion) throw new WriteRefused({}, STALE_RECORD);
  if (problem.status !== 'open') throw new WriteRefused({}, '该问题已解决，不能再提级。');
  if (!higherLevels(problem.level as ProblemLevel).includes(toLevel))
    throw new WriteRefused({ toLevel: '只能提交到比当前层级更高的层级' });
  await tx.problem.update({ where: { id }, data: { level: toLevel, version: { increment: 1 } } });
  await tx.problemStep.create({ data: { problemId: id, fromLevel: problem.level, toLevel, note } });
}

export async function resolveProblem(
  tx: Tx,
  problemId: number,
  { expectedVersion, ...fields }: z.output<typeof problemResolveSchema>,
  projectId: number,
) {
  const id = recordIdSchema.parse(problemId);
  const { count } = await tx.problem.updateMany({
    where: { id, projectId, version: expectedVersion, status: 'open' },
    data: { ...fields, status: 'resolved', version: { increment: 1 } },
  });
  if (count !== 1) throw new WriteRefused({}, STALE_RECORD);
}
