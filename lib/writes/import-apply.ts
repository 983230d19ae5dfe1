import type { PrismaClient } from '@prisma/client';
import type { ImportError, ImportRow } from '@/lib/import/columns';
import { stageImport } from '@/lib/import/import-job';
import { planImport } from '@/lib/import/plan-import';
import { mergeSearchIndex } from '@/lib/import/merge-search-index';
import { ImportUndone, resumeImports, runImportJob, type Progress } from '@/lib/import/run-import-job';
import type { AuditContext } from '@/lib/revisions/with-audit';
import type { SignedInUser } from '@/lib/auth/roles';
import { UPLOAD_MESSAGES } from '@/lib/import/import-state';
import { dropPendingUpload, findPendingUpload } from '@/lib/import/pending-upload';
import { readImportFile } from '@/lib/import/read-table';
import { actorOf, WriteRefused } from '@/lib/writes/write-context';

/**
 * Imports in short transactions, all or nothing (issue 9, "long writes block readers").
 *
 * Why: SQLite has one write lock. Written in one transaction, a 19,000-row import held it for
 * 10–15 s (the audit and search-index triggers cost about 0.5 ms a row), and every official's
 * save in that time was refused with a 500 (Prisma gives up on a transaction that waited over
 * 2 s for the lock). Readers never wait (WAL, lib/sqlite-settings.ts); writers did.
 *
 * How:
 * 1. Plan (plan-import.ts, the same planner as the dry run) outside any transaction.
 * 2. Stage (import-job.ts): write the plan into ImportJob / ImportJobRow, which nothing public
 *    reads. Then one short transaction checks that the plan still holds — every project it read
 *    is at the version it read, every slug and code it creates is free, every set exists: what
 *    planning now would find — and that no other import is active, and marks the job
 *    "applying". If the plan no longer holds, plan again (step 1).
 * 3. Apply (run-import-job.ts): a chunk of rows per audited transaction, sized from the
 *    measured cost of a row to about half of LOCK_BUDGET_MS (250 ms, lock-budget.ts), with a
 *    pause after each commit in which waiting writers take the lock.
 *
 * All or nothing: from the commit that makes the job "applying", the import is owed in full.
 * - Its projects are reserved: database triggers refuse any other writer's change to a project
 *   it writes, or a new project with a slug or code it creates. The official gets the form's
 *   "busy with an import, try again in a minute" (with-audit.ts DatabaseBusy), never a 500, and
 *   nothing of theirs is lost or overwritten. Other projects are saved after a short wait.
 * - A crash (kill -9) leaves the job "applying": it is finished by the next process that looks —
 *   the server as it starts and every minute after, `npm run import`, the next web import —
 *   once its owner is known dead (same machine) or silent for 30 s. Chunks are idempotent
 *   (each marks its rows applied in the same transaction).
 * - A chunk that waited too long for the lock (another writer held it) wrote nothing and is tried
 *   again. A row that cannot be written (it should not happen: the plan was checked and its
 *   projects reserved) undoes the job, chunk by chunk: new projects deleted, changed ones
 *   restored, and the job's revisions deleted with the undo's own, so the history shows no half
 *   import.
 * - Before the job is active nothing public has changed; a half-staged plan is discarded.
 *
 * What a reader sees meanwhile: the import appearing a chunk at a time, for as long as it is
 * applied (longer than the old single transaction: each chunk has a fixed cost and a pause),
 * each project whole (row, sets, revision and search entry commit together). Staging invisibly and then publishing
 * in one step would not help: publishing is itself a write of every row through the same
 * triggers, so the last step would hold the lock as long as the old single transaction did.
 *
 * Idempotent: the same file twice plans no change, so nothing is staged or written.
 */

/** The import's refusal: the rows' problems, shown as the dry run shows them. Nothing written. */
export class ImportRefused extends WriteRefused {
  constructor(readonly rows: ImportError[]) {
    super({});
  }
}

export type ImportSummary = { created: number; updated: number; unchanged: number };
export type PendingApply = { digest: string; reason: string; evidence: string };
export type { Progress };

/** How often the plan is made again when the data it read changed before it could be staged. */
const PLAN_ATTEMPTS = 5;

const refusal = (message: string) => new ImportRefused([{ row: null, column: null, message }]);

export async function applyImport(
  prisma: PrismaClient,
  rows: ImportRow[],
  context: AuditContext,
  onProgress: Progress = () => {},
): Promise<ImportSummary> {
  await resumeImports(prisma);
  for (let attempt = 0; attempt < PLAN_ATTEMPTS; attempt += 1) {
    const plan = await planImport(prisma, rows);
    if (plan.errors.length > 0) throw new ImportRefused(plan.errors);
    const summary = { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged };
    if (summary.created + summary.updated === 0) return summary;
    const staged = await stageImport(prisma, plan, context);
    if (staged.kind === 'another')
      throw refusal('另一项导入正在写入数据库，本次导入没有写入任何内容。请在它完成后（通常一两分钟）再导入。');
    if (staged.kind === 'stale') continue;
    try {
      await runImportJob(prisma, staged.job, onProgress);
    } catch (error) {
      if (error instanceof ImportUndone)
        throw refusal(
          '写入时出错，导入已全部撤销，数据库中没有留下本次导入的任何内容。请稍后再试；如果再次出错，请联系管理员。',
        );
      throw error;
    }
    // Many rows change the search index in small segments; merging them keeps searches fast.
    await mergeSearchIndex(prisma);
    return summary;
  }
  throw refusal('导入期间，文件涉及的项目一直在被修改，本次导入没有写入任何内容。请稍后再导入。');
}

/**
 * Step 2 of a web import: the file kept by the dry run, found by its digest among this
 * official's uploads only, read and planned again (the data may have changed), applied, then
 * dropped. The actor is recorded as an import, whose chunks leave the public pages to its end.
 */
export async function applyPendingUpload(
  prisma: PrismaClient,
  user: SignedInUser,
  { digest, reason, evidence }: PendingApply,
): Promise<ImportSummary> {
  const upload = await findPendingUpload(prisma, user.id, digest);
  if (!upload) throw new ImportRefused([{ row: null, column: null, message: UPLOAD_MESSAGES.expired }]);
  const table = await readImportFile(upload.bytes);
  if (!table.ok) throw new ImportRefused(table.errors);
  const context = {
    actor: { ...actorOf(user), role: 'import' as const },
    reason,
    sourceRef: `${evidence}（文件：${upload.fileName}）`,
  };
  const applied = await applyImport(prisma, table.rows, context);
  await dropPendingUpload(prisma, user.id, digest);
  return applied;
}
