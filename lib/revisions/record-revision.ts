import type { Prisma } from '@prisma/client';

/** Who made a change, as stored in the public history. */
export type Actor = { role: 'loader' | 'admin' | 'editor' | 'import'; id: number | null; name: string };

export const LOADER_ACTOR: Actor = { role: 'loader', id: null, name: '来源数据导入' };

export type RevisionInput = {
  entityType: 'source' | 'project' | 'figure' | 'set' | 'initiative' | 'enterprise' | 'milestone' | 'problem' | 'responsibility';
  entityId: string;
  action: 'load' | 'create' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actor: Actor;
  reason: string;
  sourceRef: string | null;
};

/** Writes one revision inside the caller's transaction, so the change and its record land together. */
export async function recordRevision(tx: Prisma.TransactionClient, input: RevisionInput): Promise<void> {
  await tx.revision.create({
    data: {
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      before: input.before ? JSON.stringify(input.before) : null,
      after: input.after ? JSON.stringify(input.after) : null,
      actorRole: input.actor.role,
      actorId: input.actor.id,
      actorName: input.actor.name,
      reason: input.reason,
      sourceRef: input.sourceRef,
    },
  });
}

/** The fields of `row` whose stored value differs, as before/after pairs; empty when nothing changed. */
export function changedFields(
  stored: Record<string, unknown>,
  row: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
    if (stored[field] !== value) {
      before[field] = stored[field] ?? null;
      after[field] = value;
    }
  }
  return { before, after };
}
