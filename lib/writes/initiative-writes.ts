import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import type { SignedInUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { slugFromName, uniqueSlug } from '@/lib/domain/slug';
import { ADMIN_INITIATIVES_HREF } from '@/lib/links';
import { changedFields, withAudit } from '@/lib/revisions/with-audit';
import { initiativeIdSchema, type initiativeFormSchema } from '@/lib/validations/initiative-form';
import { auditContext, WriteRefused } from '@/lib/writes/write-context';

const PARENT = 'two-year-results';

const AREA = { id: true, name: true, nameEn: true, summary: true, published: true } as const;

export type StoredArea = {
  id: string;
  name: string;
  nameEn: string | null;
  summary: string | null;
  published: boolean;
};

/**
 * The results area an edit form is bound to, or null when the form adds one; anything else (a
 * bad id, another kind of initiative, gone) → back to the list.
 */
export async function resultAreaOf(id: string | null): Promise<StoredArea | null> {
  const safeId = initiativeIdSchema.safeParse(id);
  if (!safeId.success) redirect(ADMIN_INITIATIVES_HREF);
  if (!safeId.data) return null;
  const area = await db.initiative.findFirst({ where: { id: safeId.data, kind: 'resultArea' }, select: AREA });
  if (!area) redirect(ADMIN_INITIATIVES_HREF);
  return area;
}

/** Edits `area`, or adds one under 两年见效 when it is null. A change to public text needs its evidence. */
export async function saveResultArea(
  user: SignedInUser,
  area: StoredArea | null,
  { reason, evidence, ...fields }: z.output<typeof initiativeFormSchema>,
): Promise<void> {
  const context = auditContext(user, reason, evidence);
  if (area) {
    const changes = changedFields(area, fields);
    if (Object.keys(changes).length === 0) return;
    if (!evidence) throw new WriteRefused({ evidence: '改动已公开的内容必须注明来源或依据' });
    await withAudit(db, context, (tx) =>
      tx.initiative.update({
        where: { id: area.id, kind: 'resultArea' },
        data: { ...changes, version: { increment: 1 } },
      }),
    );
    return;
  }
  const siblings = await db.initiative.findMany({ select: { id: true, position: true, parentId: true } });
  const newId = uniqueSlug(slugFromName(fields.name), new Set(siblings.map((s) => s.id)));
  const position = Math.max(0, ...siblings.filter((s) => s.parentId === PARENT).map((s) => s.position)) + 1;
  await withAudit(db, context, (tx) =>
    tx.initiative.create({ data: { ...fields, id: newId, kind: 'resultArea', parentId: PARENT, position } }),
  );
}
