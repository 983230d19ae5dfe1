import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Prisma, type ImportJob, type PrismaClient } from '@prisma/client';
import type { ImportPlan } from '@/lib/import/plan-import';
import type { AuditContext } from '@/lib/revisions/with-audit';
import { jsonElements, jsonField } from '@/lib/sql/dialect';

/**
 * An import's plan kept in the database (ImportJob, ImportJobRow; migration
 * 20261203100000_staged_imports) so that it can be applied in short transactions, resumed by
 * another process after a crash, and undone. See lib/writes/import-apply.ts for the design.
 */

export const ACTIVE = ['applying', 'undoing'];

/** This process, as the owner of the job it applies. */
const HOST = hostname();
export const OWNER = `${HOST}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * A job whose owner has not written for this long may be taken over (its owner may be waiting for the lock, or gone).
 */
const STALE_MS = 30_000;
const STAGE_ROWS = 250;

/**
 * Whether `job` is left without a living owner: its process is gone from this machine, or it has not been heard from
 * for STALE_MS.
 */
export function orphaned(job: Pick<ImportJob, 'owner' | 'heartbeat'>, now = Date.now()): boolean {
  if (job.owner === OWNER) return false;
  const [host, pid] = job.owner.split(':');
  if (host === HOST && !processAlive(Number(pid))) return true;
  return now - job.heartbeat.getTime() > STALE_MS;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const contextOf = (job: ImportJob): AuditContext => ({
  actor: { role: 'import', id: job.actorId, name: job.actorName },
  reason: job.reason,
  sourceRef: job.sourceRef,
});

function rowsOf(jobId: number, plan: ImportPlan): Prisma.ImportJobRowCreateManyInput[] {
  const json = (value: unknown) => JSON.stringify(value);
  return [
    ...plan.creates.map((c) => ({
      jobId,
      row: c.row,
      action: 'create',
      slug: c.slug,
      code: (c.data.code as string | null) ?? null,
      data: json(c.data),
      addSets: json(c.sets),
    })),
    ...plan.updates.map((u) => ({
      jobId,
      row: u.row,
      action: 'update',
      slug: u.slug,
      code: u.code,
      projectId: u.id,
      version: u.version,
      data: json(u.changes),
      before: json(u.before),
      addSets: json(u.addSets),
    })),
    ...plan.keeps.map((k) => ({
      jobId,
      row: k.row,
      action: 'keep',
      slug: k.slug,
      projectId: k.id,
      version: k.version,
      data: '{}',
      addSets: '[]',
    })),
  ];
}

/**
 * Rows of the job whose plan no longer holds: a project it read has another version now, a
 * slug or code it would create is taken, a set it would join is gone. Planning read exactly
 * these, so when none is found the plan is what planning the file now would give. Run on the
 * reading connection, without the lock: it reads every row of the job.
 */
const brokenRows = (jobId: number) => Prisma.sql`
  SELECT count(*) AS "n" FROM "ImportJobRow" AS r
  WHERE r."jobId" = ${jobId} AND (
    (r."action" <> 'create' AND NOT EXISTS (SELECT 1 FROM "Project" AS p WHERE p."id" = r."projectId" AND p."version" = r."version"))
    OR (r."action" = 'create' AND EXISTS (SELECT 1 FROM "Project" AS p WHERE p."slug" = r."slug"))
    OR (r."code" IS NOT NULL AND EXISTS (SELECT 1 FROM "Project" AS p WHERE p."code" = r."code" AND p."id" IS DISTINCT FROM r."projectId"))
    OR EXISTS (SELECT 1 FROM ${jsonElements(Prisma.sql`r."addSets"`)} AS s WHERE s."value" NOT IN (SELECT "id" FROM "Set"))
  )`;

/**
 * Whether any audited write since revision `floor` touched what the job relies on: a project it
 * writes or keeps, or one that took a slug or code it creates (every project write leaves a
 * revision keyed by slug, with the code in it), or any set. Cheap: it reads only the writes
 * made since the check above, inside the transaction that makes the job active.
 */
const changedSince = (floor: number, jobId: number) => Prisma.sql`
  SELECT EXISTS (
    SELECT 1 FROM "Revision" AS v
    WHERE v."id" > ${floor} AND (v."entityType" = 'set' OR (v."entityType" = 'project' AND EXISTS (
      SELECT 1 FROM "ImportJobRow" AS r WHERE r."jobId" = ${jobId} AND (r."slug" = v."entityId" OR r."code" = ${jsonField(Prisma.sql`v."after"`, 'code')})
    )))
  ) AS "changed"`;

const newestRevision = async (db: Pick<PrismaClient, 'revision'>) =>
  (await db.revision.aggregate({ _max: { id: true } }))._max.id ?? 0;

export type Staged = { kind: 'applying'; job: ImportJob } | { kind: 'stale' } | { kind: 'another' };

/**
 * Writes the plan into a new job (nothing public changes) and checks that it still holds; then,
 * in one short transaction, that nothing it relies on changed since the check and that no other
 * import is active, and makes the job "applying": from that commit on, its projects are
 * reserved and it will be finished.
 */
export async function stageImport(prisma: PrismaClient, plan: ImportPlan, context: AuditContext): Promise<Staged> {
  const job = await prisma.importJob.create({
    data: {
      status: 'staging',
      owner: OWNER,
      heartbeat: new Date(),
      revisionFloor: 0,
      actorRole: context.actor.role,
      actorId: context.actor.id,
      actorName: context.actor.name,
      reason: context.reason,
      sourceRef: context.sourceRef,
      created: plan.creates.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged,
    },
  });
  const rows = rowsOf(job.id, plan);
  for (let i = 0; i < rows.length; i += STAGE_ROWS)
    await prisma.importJobRow.createMany({ data: rows.slice(i, i + STAGE_ROWS) });
  const checkedAt = await newestRevision(prisma);
  const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>(brokenRows(job.id));
  const outcome: Staged =
    n > 0n
      ? { kind: 'stale' }
      : await prisma.$transaction(async (tx): Promise<Staged> => {
          if ((await tx.importJob.count({ where: { status: { in: ACTIVE } } })) > 0) return { kind: 'another' };
          // All its rows are still there (a process that took this job for abandoned would have dropped them).
          if ((await tx.importJobRow.count({ where: { jobId: job.id } })) !== rows.length) return { kind: 'stale' };
          const [{ changed }] = await tx.$queryRaw<{ changed: bigint | boolean }[]>(changedSince(checkedAt, job.id));
          if (changed) return { kind: 'stale' };
          const floor = await newestRevision(tx);
          return {
            kind: 'applying',
            job: await tx.importJob.update({
              where: { id: job.id },
              data: { status: 'applying', revisionFloor: floor, heartbeat: new Date() },
            }),
          };
        });
  if (outcome.kind !== 'applying') await discardJob(prisma, job.id);
  return outcome;
}

/** A job that never became active: its rows and itself. */
export async function discardJob(prisma: PrismaClient, jobId: number): Promise<void> {
  await dropRows(prisma, jobId);
  await prisma.importJob.deleteMany({ where: { id: jobId, status: 'staging' } });
}

/** Deletes a job's rows, a chunk at a time; the job itself stays as the record of how it ended. */
export async function dropRows(prisma: PrismaClient, jobId: number): Promise<void> {
  for (;;) {
    const deleted = await prisma.$executeRaw`DELETE FROM "ImportJobRow" WHERE "jobId" = ${jobId}
      AND "row" IN (SELECT "row" FROM "ImportJobRow" WHERE "jobId" = ${jobId} LIMIT ${STAGE_ROWS * 5})`;
    if (deleted === 0) break;
  }
}

/** Takes over an orphaned job; false when it has a living owner (this process included) or is no longer active. */
export async function claimJob(prisma: PrismaClient, job: ImportJob): Promise<boolean> {
  if (!orphaned(job)) return false;
  const { count } = await prisma.importJob.updateMany({
    where: { id: job.id, owner: job.owner, status: job.status },
    data: { owner: OWNER, heartbeat: new Date() },
  });
  return count === 1;
}
