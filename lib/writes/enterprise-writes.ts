import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import type { SignedInUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { ADMIN_ENTERPRISES_HREF } from '@/lib/links';
import { withAudit } from '@/lib/revisions/with-audit';
import type { enterpriseNameFormSchema } from '@/lib/validations/enterprise-form';
import { slugSchema } from '@/lib/validations/project-fields';
import { auditContext } from '@/lib/writes/write-context';

type StoredEnterprise = { id: string; nameEn: string | null };

/** The enterprise a form is bound to; a bad id or one not there → back to the list. */
export async function enterpriseOf(id: string): Promise<StoredEnterprise> {
  const safeId = slugSchema.safeParse(id);
  const stored = safeId.success
    ? await db.enterprise.findUnique({ where: { id: safeId.data }, select: { id: true, nameEn: true } })
    : null;
  if (!stored) redirect(ADMIN_ENTERPRISES_HREF);
  return stored;
}

/**
 * Saves the English name (the portal's translation); the Chinese name is the sources' and is
 * not changed here. Returns the ?saved= key: nothing is written when the name is the same.
 */
export async function saveEnterpriseNameEn(
  user: SignedInUser,
  enterprise: StoredEnterprise,
  { nameEn, reason }: z.output<typeof enterpriseNameFormSchema>,
) {
  if (nameEn === enterprise.nameEn) return 'unchanged' as const;
  await withAudit(db, auditContext(user, reason, null), (tx) =>
    tx.enterprise.update({ where: { id: enterprise.id }, data: { nameEn } }),
  );
  return 'enterprise' as const;
}
