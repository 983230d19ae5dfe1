'use server';

import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/guards';
import { ADMINS } from '@/lib/auth/roles';
import { clearAccountThrottle } from '@/lib/auth/throttle';
import { db } from '@/lib/db';
import { fieldErrors, formValues, invalid, type FormState } from '@/lib/validations/form-state';
import { userAccessSchema } from '@/lib/validations/user-access';
import { recordIdSchema } from '@/lib/validations/accountability';

/** Admins disable or re-enable accounts, clear a sign-in wait, reset a second factor, and choose an editor's projects. Accounts are created with `npm run user:create`. */
export async function saveUserAccess(userId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireUser(ADMINS);
  const id = recordIdSchema.parse(userId);
  const values = formValues(formData);
  const parsed = userAccessSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  const { disabled, unlock, resetTwoFactor, projects } = parsed.data;
  if (id === admin.id && disabled) return invalid(values, { disabled: '不能停用自己的账户' });
  const user = await db.user.findUnique({ where: { id }, select: { role: true, username: true } });
  if (!user) redirect('/admin/users');
  const known = await db.project.count({ where: { id: { in: projects } } });
  if (known !== new Set(projects).size) return invalid(values, { projects: '所选项目不存在' });
  await db.$transaction([
    db.user.update({ where: { id }, data: { disabled } }),
    // Only editors are limited to assigned projects; other roles keep none.
    db.projectAssignment.deleteMany({ where: { userId: id } }),
    db.projectAssignment.createMany({ data: user.role === 'editor' ? projects.map((projectId) => ({ userId: id, projectId })) : [] }),
    // A lost phone and lost recovery codes: the official enrols again at the next sign-in (an
    // admin must), so their sessions end now.
    ...(resetTwoFactor
      ? [db.user.update({ where: { id }, data: { totpSecret: null, totpEnabled: false, totpLastStep: null } }), db.recoveryCode.deleteMany({ where: { userId: id } })]
      : []),
    ...(disabled || resetTwoFactor ? [db.session.deleteMany({ where: { userId: id } })] : []),
  ]);
  if (unlock) await clearAccountThrottle(db, user.username);
  redirect('/admin/users?saved=user');
}
