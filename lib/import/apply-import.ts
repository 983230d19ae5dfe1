import type { Prisma, PrismaClient } from '@prisma/client';
import type { ImportError, ImportRow } from '@/lib/import/columns';
import { planImport, type ImportPlan } from '@/lib/import/plan-import';
import { withAudit, type AuditContext } from '@/lib/revisions/with-audit';
import { optimizeSearchIndex } from '@/lib/search/rebuild';

export class ImportRefused extends Error {
  constructor(readonly errors: ImportError[]) {
    super(`import refused: ${errors.length} errors`);
  }
}

export type ImportSummary = { created: number; updated: number; unchanged: number };
export type Progress = (done: number, total: number) => void;

const CHUNK = 500;

/** The newest revision: every audited write adds one, so an unchanged value means nothing the plan read has changed. */
async function dataVersion(db: Pick<Prisma.TransactionClient, 'revision'>): Promise<number> {
  return (await db.revision.aggregate({ _max: { id: true } }))._max.id ?? 0;
}

/**
 * Writes everything or nothing, in one transaction, holding SQLite's write lock as briefly as
 * that allows (issue 9, "long writes block readers"):
 * - Readers never wait for it: the database is in WAL mode (lib/sqlite-settings.ts), so pages
 *   and the API read the last commit while the import writes.
 * - Planning (reading every matched project, checking every row) is done first, outside the
 *   transaction. Inside, the plan is used only if no audited write has committed since it began
 *   (the newest revision is unchanged); otherwise the rows are planned again on what is there now.
 * - What remains inside is the writes themselves, in statements of CHUNK rows, whose cost is
 *   the audit and search-index triggers on each row (about 0.5 ms a row on an idle 2-core machine).
 * Splitting the writes into several transactions would hold the lock for less time, but a crash
 * or an error between them would leave part of a file imported, visible and in the public history.
 * Other writers wait for the commit through the busy timeout.
 * The audit triggers record a revision for each project created or changed; unchanged rows write
 * nothing, so the same file imported twice changes nothing.
 */
export async function applyImport(prisma: PrismaClient, rows: ImportRow[], context: AuditContext, onProgress: Progress = () => {}): Promise<ImportSummary> {
  const plannedAt = await dataVersion(prisma);
  const planned = await planImport(prisma, rows);
  if (planned.errors.length > 0) throw new ImportRefused(planned.errors);
  const summary = await withAudit(
    prisma,
    context,
    async (tx) => {
      const plan = (await dataVersion(tx)) === plannedAt ? planned : await planImport(tx, rows);
      if (plan.errors.length > 0) throw new ImportRefused(plan.errors);
      await writePlan(tx, plan, onProgress);
      return {
        created: plan.creates.length,
        updated: plan.updates.length,
        unchanged: plan.unchanged,
      };
    },
    { timeout: 600_000 },
  );
  // Many rows change the search index in small segments; merging them keeps searches fast.
  if (summary.created + summary.updated > 0) await optimizeSearchIndex(prisma);
  return summary;
}

async function writePlan(tx: Prisma.TransactionClient, plan: ImportPlan, onProgress: Progress): Promise<void> {
  const total = plan.creates.length + plan.updates.length;
  let done = 0;
  for (let i = 0; i < plan.creates.length; i += CHUNK) {
    const chunk = plan.creates.slice(i, i + CHUNK);
    await tx.project.createMany({ data: chunk.map((c) => c.data as Prisma.ProjectCreateManyInput) });
    const ids = await tx.project.findMany({ where: { slug: { in: chunk.map((c) => c.slug) } }, select: { id: true, slug: true } });
    const idOf = new Map(ids.map((p) => [p.slug, p.id]));
    await tx.setMembership.createMany({ data: chunk.flatMap((c) => c.sets.map((setId) => ({ setId, projectId: idOf.get(c.slug)! }))) });
    onProgress((done += chunk.length), total);
  }
  for (const update of plan.updates) {
    // The version always moves, so a set-membership-only change is recorded as a revision too.
    await tx.project.update({ where: { id: update.id }, data: { ...update.changes, version: { increment: 1 } } });
    if (update.addSets.length > 0) await tx.setMembership.createMany({ data: update.addSets.map((setId) => ({ setId, projectId: update.id })) });
    done += 1;
    if (done % 100 === 0 || done === total) onProgress(done, total);
  }
}
