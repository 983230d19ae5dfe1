'use server';

import { redirect } from 'next/navigation';
import { actorOf } from '@/lib/writes/write-context';
import { requireUser } from '@/lib/auth/guards';
import { ADMINS } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { BUSY_MESSAGE } from '@/lib/i18n/messages/workspace';
import { DatabaseBusy, withAudit } from '@/lib/revisions/with-audit';
import { enterpriseNameFormSchema } from '@/lib/validations/enterprise-form';
import { fieldErrors, formValues, invalid, type FormState } from '@/lib/validations/form-state';
import { slugSchema } from '@/lib/validations/project-fields';

/**
 * Saves an enterprise's English name (the portal's translation). Admins only: an enterprise is
 * not one editor's project. The Chinese name is the sources' and is not changed here.
 */
export async function saveEnterpriseName(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(ADMINS);
  const values = formValues(formData);
  const safeId = slugSchema.safeParse(id);
  const stored = safeId.success ? await db.enterprise.findUnique({ where: { id: safeId.data }, select: { nameEn: true } }) : null;
  if (!safeId.success || !stored) redirect('/admin/enterprises');
  const parsed = enterpriseNameFormSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  const { nameEn, reason } = parsed.data;
  if (nameEn === stored.nameEn) redirect('/admin/enterprises?saved=unchanged');
  try {
    await withAudit(db, { actor: actorOf(user), reason, sourceRef: null }, (tx) => tx.enterprise.update({ where: { id: safeId.data }, data: { nameEn } }));
  } catch (error) {
    if (error instanceof DatabaseBusy) return invalid(values, {}, BUSY_MESSAGE);
    throw error;
  }
  redirect('/admin/enterprises?saved=enterprise');
}
