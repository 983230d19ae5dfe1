'use server';

import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { requireUser } from '@/lib/auth/guards';
import { ADMINS } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { slugFromName, uniqueSlug } from '@/lib/domain/slug';
import { actorOf } from '@/lib/writes/write-context';
import { BUSY_MESSAGE } from '@/lib/i18n/messages/workspace';
import { changedFields, DatabaseBusy, withAudit, type AuditContext } from '@/lib/revisions/with-audit';
import { fieldErrors, formValues, invalid, type FormState } from '@/lib/validations/form-state';
import { initiativeFormSchema, initiativeIdSchema } from '@/lib/validations/initiative-form';

const PARENT = 'two-year-results';

/** Adds (id null) or edits a results area under 两年见效. Admins only. */
export async function saveInitiative(id: string | null, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(ADMINS);
  const values = formValues(formData);
  const parsed = initiativeFormSchema.safeParse(values);
  const safeId = initiativeIdSchema.safeParse(id);
  if (!safeId.success) redirect('/admin/initiatives');
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  const { reason, evidence, ...fields } = parsed.data;
  const context = { actor: actorOf(user), reason, sourceRef: evidence };
  try {
    const refused = await writeInitiative(safeId.data, fields, evidence, context);
    if (refused) return invalid(values, refused);
  } catch (error) {
    if (error instanceof DatabaseBusy) return invalid(values, {}, BUSY_MESSAGE);
    throw error;
  }
  redirect('/admin/initiatives?saved=initiative');
}

type InitiativeFields = Omit<z.infer<typeof initiativeFormSchema>, 'reason' | 'evidence'>;

/** Edits the area `id`, or adds one when id is null; returns field errors when refused. */
async function writeInitiative(id: string | null, fields: InitiativeFields, evidence: string | null, context: AuditContext): Promise<Record<string, string> | null> {
  if (id) {
    const stored = await db.initiative.findUnique({ where: { id }, select: { name: true, nameEn: true, summary: true, published: true, kind: true } });
    if (!stored || stored.kind !== 'resultArea') redirect('/admin/initiatives');
    const changes = changedFields(stored, fields);
    if (Object.keys(changes).length > 0 && !evidence) return { evidence: '改动已公开的内容必须注明来源或依据' };
    if (Object.keys(changes).length > 0) await withAudit(db, context, (tx) => tx.initiative.update({ where: { id }, data: { ...changes, version: { increment: 1 } } }));
    return null;
  }
  const siblings = await db.initiative.findMany({ select: { id: true, position: true, parentId: true } });
  const newId = uniqueSlug(slugFromName(fields.name), new Set(siblings.map((s) => s.id)));
  const position = Math.max(0, ...siblings.filter((s) => s.parentId === PARENT).map((s) => s.position)) + 1;
  const data = { ...fields, id: newId, kind: 'resultArea', parentId: PARENT, position };
  await withAudit(db, context, (tx) => tx.initiative.create({ data }));
  return null;
}
