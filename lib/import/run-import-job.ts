import { setTimeout as sleep } from 'node:timers/promises';
import { Prisma, type ImportJob, type ImportJobRow, type PrismaClient } from '@prisma/client';
import { ACTIVE, claimJob, contextOf, discardJob, dropRows, OWNER } from '@/lib/import/import-job';
import { ChunkSize, YIELD_MS } from '@/lib/import/lock-budget';
import { DatabaseBusy, withAudit } from '@/lib/revisions/with-audit';

/**
 * Applying an active import job a chunk of rows per transaction, undoing it when a row cannot be
 * written, and resuming jobs a crashed process left (design: lib/writes/import-apply.ts).
 */

export type Progress = (done: number, total: number) => void;

/** The import could not be written and was undone: nothing of it is left, in the data or the history. */
export class ImportUndone extends Error {}

/** Another process took the job over (this one was silent too long); it finishes it. */
class JobLost extends Error {}

type Tx = Prisma.TransactionClient;
const list = (json: string) => JSON.parse(json) as string[];
const rowNumbers = (rows: ImportJobRow[]) => Prisma.join(rows.map((r) => r.row));

async function writeRows(tx: Tx, rows: ImportJobRow[]): Promise<void> {
  const creates = rows.filter((r) => r.action === 'create');
  if (creates.length > 0) {
    await tx.project.createMany({ data: creates.map((r) => JSON.parse(r.data) as Prisma.ProjectCreateManyInput) });
    const ids = await tx.project.findMany({
      where: { slug: { in: creates.map((r) => r.slug) } },
      select: { id: true, slug: true },
    });
    const idOf = new Map(ids.map((p) => [p.slug, p.id]));
    await tx.setMembership.createMany({
      data: creates.flatMap((r) => list(r.addSets).map((setId) => ({ setId, projectId: idOf.get(r.slug)! }))),
    });
  }
  for (const r of rows.filter((row) => row.action === 'update')) {
    // The version always moves (the plan read this one); a set it joins is recorded by its own trigger.
    const { count } = await tx.project.updateMany({
      where: { id: r.projectId!, version: r.version! },
      data: { ...JSON.parse(r.data), version: { increment: 1 } },
    });
    if (count !== 1) throw new Error(`project ${r.slug} is not at the version the import planned on`);
    const sets = list(r.addSets);
    if (sets.length > 0)
      await tx.setMembership.createMany({ data: sets.map((setId) => ({ setId, projectId: r.projectId! })) });
  }
  await tx.$executeRaw`UPDATE "ImportJobRow" SET "applied" = TRUE,
      "projectId" = coalesce("projectId", (SELECT "id" FROM "Project" AS p WHERE p."slug" = "ImportJobRow"."slug"))
    WHERE "jobId" = ${rows[0].jobId} AND "row" IN (${rowNumbers(rows)})`;
}

async function unwriteRows(tx: Tx, job: ImportJob, rows: ImportJobRow[]): Promise<void> {
  const created = rows.filter((r) => r.action === 'create').map((r) => r.projectId!);
  await tx.setMembership.deleteMany({ where: { projectId: { in: created } } });
  await tx.project.deleteMany({ where: { id: { in: created } } });
  for (const r of rows.filter((row) => row.action === 'update')) {
    await tx.project.update({ where: { id: r.projectId! }, data: { ...JSON.parse(r.before!), version: r.version! } });
    await tx.setMembership.deleteMany({ where: { projectId: r.projectId!, setId: { in: list(r.addSets) } } });
  }
  // The job's revisions of these projects and the undo's own: the reservation kept every other
  // writer off them, so the history is as if the import never ran.
  await tx.$executeRaw`DELETE FROM "Revision" WHERE "entityType" = 'project' AND "id" > ${job.revisionFloor}
    AND "entityId" IN (${Prisma.join(rows.map((r) => r.slug))})`;
  await tx.$executeRaw`UPDATE "ImportJobRow" SET "applied" = FALSE WHERE "jobId" = ${job.id} AND "row" IN (${rowNumbers(rows)})`;
}

/**
 * Attempts before a chunk that keeps finding the lock taken (nothing written) counts as failed: well inside STALE_MS.
 */
const BUSY_ATTEMPTS = 8;
const BUSY_PAUSE_MS = 500;

/** A chunk refused because another writer held the lock too long wrote nothing: it is tried again, not undone. */
async function retriedWhenBusy(write: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof DatabaseBusy) || attempt === BUSY_ATTEMPTS) throw error;
      await sleep(BUSY_PAUSE_MS);
    }
  }
}

/**
 * Runs `work` over the job's rows (not yet applied when applying, applied when undoing), a
 * chunk per audited transaction sized to the lock budget, with a pause after each. Each
 * transaction first renews the job's heartbeat, and stops if another process owns it now.
 */
async function eachChunk(
  prisma: PrismaClient,
  job: ImportJob,
  status: 'applying' | 'undoing',
  work: (tx: Tx, rows: ImportJobRow[]) => Promise<void>,
  onChunk: (rows: number) => void,
) {
  const size = new ChunkSize();
  for (;;) {
    const rows = await prisma.importJobRow.findMany({
      where: { jobId: job.id, applied: status === 'undoing' },
      orderBy: { row: status === 'undoing' ? 'desc' : 'asc' },
      take: size.rows,
    });
    if (rows.length === 0) return;
    // From the first write to the end of the pinyin refresh that withAudit runs after the commit,
    // the two holds of the lock (with a gap too short for other writers): not the wait for it.
    let started = 0;
    await retriedWhenBusy(() =>
      withAudit(prisma, contextOf(job), async (tx) => {
        started = performance.now();
        const { count } = await tx.importJob.updateMany({
          where: { id: job.id, owner: OWNER, status },
          data: { heartbeat: new Date() },
        });
        if (count !== 1) throw new JobLost();
        await work(tx, rows);
      }),
    );
    const heldMs = performance.now() - started;
    size.measured(rows.length, heldMs);
    onChunk(rows.length);
    await sleep(YIELD_MS);
  }
}

async function finish(
  prisma: PrismaClient,
  job: ImportJob,
  from: 'applying' | 'undoing',
  to: 'done' | 'undone',
): Promise<void> {
  const { count } = await prisma.importJob.updateMany({
    where: { id: job.id, owner: OWNER, status: from },
    data: { status: to },
  });
  if (count !== 1) throw new JobLost();
  await dropRows(prisma, job.id);
}

async function undo(prisma: PrismaClient, job: ImportJob): Promise<void> {
  await prisma.importJob.updateMany({
    where: { id: job.id, owner: OWNER, status: 'applying' },
    data: { status: 'undoing' },
  });
  await eachChunk(
    prisma,
    job,
    'undoing',
    (tx, rows) => unwriteRows(tx, job, rows),
    () => {},
  );
  await finish(prisma, job, 'undoing', 'undone');
}

/** Until the job is no longer active (another process is finishing it): how it ended. */
async function outcomeOf(prisma: PrismaClient, jobId: number): Promise<string> {
  for (;;) {
    const job = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { status: true } });
    if (!ACTIVE.includes(job.status)) return job.status;
    await sleep(500);
  }
}

/** Applies the rest of an active job this process owns; undoes it, and throws ImportUndone, if a row fails. */
export async function runImportJob(
  prisma: PrismaClient,
  job: ImportJob,
  onProgress: Progress = () => {},
): Promise<void> {
  const total = job.created + job.updated + job.unchanged;
  let done = total - (await prisma.importJobRow.count({ where: { jobId: job.id, applied: false } }));
  try {
    if (job.status === 'undoing') throw new ImportUndone('an undo was under way');
    await eachChunk(prisma, job, 'applying', writeRows, (rows) => onProgress((done += rows), total));
    await finish(prisma, job, 'applying', 'done');
  } catch (error) {
    if (error instanceof JobLost) {
      if ((await outcomeOf(prisma, job.id)) === 'done') return;
      throw new ImportUndone('undone by the process that took the import over', { cause: error });
    }
    await undo(prisma, job);
    throw error instanceof ImportUndone ? error : new ImportUndone('a row could not be written', { cause: error });
  }
}

/**
 * Finishes (or finishes undoing) every job a crashed process left active, and discards plans it
 * left half staged. Called as a server starts and now and then while it runs, and before each
 * import; a job whose owner is alive is left to it.
 */
export async function resumeImports(prisma: PrismaClient): Promise<void> {
  const jobs = await prisma.importJob.findMany({
    where: { status: { in: [...ACTIVE, 'staging'] } },
    orderBy: { id: 'asc' },
  });
  for (const job of jobs) {
    if (!(await claimJob(prisma, job))) continue;
    if (job.status === 'staging') await discardJob(prisma, job.id);
    else
      await runImportJob(prisma, job).catch((error: unknown) => {
        if (!(error instanceof ImportUndone)) throw error;
      });
  }
}

const RESUME_EVERY_MS = 60_000;

/** In a server: resumes left imports now and every minute (a command-line import killed while the server runs). */
export function startResumingImports(prisma: PrismaClient): void {
  const resume = () =>
    resumeImports(prisma).catch((error: unknown) => console.error('import: resuming a left import failed:', error));
  void resume();
  setInterval(resume, RESUME_EVERY_MS).unref();
}
