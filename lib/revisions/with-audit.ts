import { Prisma, type PrismaClient } from '@prisma/client';
import { runAfterAuditedWrite } from '@/lib/revisions/after-write';
import { refreshSearchPinyin } from '@/lib/search/pinyin';
import { isBusy } from '@/lib/sqlite-busy';

/**
 * The only way to write audited tables (projects, figures, sets, initiatives, sources,
 * enterprises, milestones, problems, responsibilities). Database triggers record each change
 * as a Revision with before/after, and refuse any write made without this context. Other
 * triggers keep the search index in step; the pinyin of changed names, which SQL cannot compute,
 * is filled in here after the commit, so no write path can leave a name unfindable by pinyin.
 * Then the cached public pages are revalidated (after-write.ts), so no write path can leave a
 * stale page either.
 */

export type Actor = { role: 'loader' | 'admin' | 'editor' | 'import'; id: number | null; name: string };

export const LOADER_ACTOR: Actor = { role: 'loader', id: null, name: '来源数据导入' };

export type AuditContext = { actor: Actor; reason: string; sourceRef: string | null };

/**
 * A write refused, with nothing written, because the database is busy: an import being applied
 * holds the project (migration 20261203100000_staged_imports), or another writer kept the write
 * lock longer than a save may wait (Prisma gives up starting a transaction after 2 s, P2028;
 * on PostgreSQL the same 2 s for another writer's context row, 55P03).
 * Forms answer it with BUSY_MESSAGE (lib/i18n/messages/workspace.ts) and keep what the official typed; it is never a
 * 500.
 */
export class DatabaseBusy extends Error {}

const RESERVED_BY_IMPORT = 'import in progress: project reserved';

const reserved = (text: string) => text.includes(RESERVED_BY_IMPORT);
// PostgreSQL's "lock timeout": another writer held row 1 of WriteContext (see below) past the wait.
const LOCK_TIMEOUT = '55P03';

function isBusyError(error: unknown): boolean {
  if (isBusy(error)) return true;
  // SQLite: the trigger's message reaches Prisma's error only in its metadata (the driver's own message).
  if (error instanceof Prisma.PrismaClientKnownRequestError)
    return error.code === 'P2028' || reserved(error.message) || reserved(JSON.stringify(error.meta ?? {}));
  // PostgreSQL: Prisma passes on the adapter's own error (its class is not exported), with the trigger's words.
  if (!(error instanceof Error) || error.name !== 'DriverAdapterError') return false;
  return (
    reserved(error.message) || (error.cause as { originalCode?: string } | undefined)?.originalCode === LOCK_TIMEOUT
  );
}

export async function withAudit<T>(
  prisma: PrismaClient,
  context: AuditContext,
  write: (tx: Prisma.TransactionClient) => Promise<T>,
  options: { timeout?: number } = {},
): Promise<T> {
  let result: T;
  try {
    result = await prisma.$transaction(
      async (tx) => {
        // The same one-row table on both engines, one code path. On PostgreSQL, where transactions
        // run side by side, the row is still this transaction's alone: uncommitted, no other one
        // sees it (their writes stay refused), and a second writer's insert of row 1 waits until
        // this one commits, so audited writes run one after another as on SQLite, which the
        // triggers' "revisions of this write" (WriteContext.revisionFloor) rely on; at most 2 s,
        // as on SQLite (trigger write_context_wait). A transaction-local setting would need a
        // second code path and would not serialise them.
        await tx.writeContext.create({
          data: {
            id: 1,
            actorRole: context.actor.role,
            actorId: context.actor.id,
            actorName: context.actor.name,
            reason: context.reason,
            sourceRef: context.sourceRef,
          },
        });
        const written = await write(tx);
        // Cleared before commit, so no later write can borrow this context.
        await tx.writeContext.delete({ where: { id: 1 } });
        return written;
      },
      { timeout: options.timeout ?? 30_000 },
    );
  } catch (error) {
    throw isBusyError(error) ? new DatabaseBusy('database busy', { cause: error }) : error;
  }
  await refreshSearchPinyin(prisma);
  runAfterAuditedWrite(context);
  return result;
}

/** The fields of `row` whose stored value differs; empty when nothing changed. */
export function changedFields(stored: Record<string, unknown>, row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([field, value]) => stored[field] !== value));
}
