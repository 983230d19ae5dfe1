import type { Prisma, PrismaClient } from '@prisma/client';
import { runAfterAuditedWrite } from '@/lib/revisions/after-write';
import { refreshSearchPinyin } from '@/lib/search/pinyin';

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

export async function withAudit<T>(
  prisma: PrismaClient,
  context: AuditContext,
  write: (tx: Prisma.TransactionClient) => Promise<T>,
  options: { timeout?: number } = {},
): Promise<T> {
  const result = await prisma.$transaction(
    async (tx) => {
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
      const result = await write(tx);
      // Cleared before commit, so no later write can borrow this context.
      await tx.writeContext.delete({ where: { id: 1 } });
      return result;
    },
    { timeout: options.timeout ?? 30_000 },
  );
  await refreshSearchPinyin(prisma);
  runAfterAuditedWrite();
  return result;
}

/** The fields of `row` whose stored value differs; empty when nothing changed. */
export function changedFields(stored: Record<string, unknown>, row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([field, value]) => stored[field] !== value));
}
