import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import type { SignedInUser } from '@/lib/auth/roles';
import { clearAccountThrottle } from '@/lib/auth/throttle';
import { db } from '@/lib/db';
import { ADMIN_USERS_HREF } from '@/lib/links';
import { recordIdSchema } from '@/lib/validations/accountability';
import type { userAccessSchema } from '@/lib/validations/user-access';
import { WriteRefused } from '@/lib/writes/write-context';

type Account = { id: number; role: string; username: string };

/** The account a form is bound to; one not there → back to the list. */
export async function accountOf(userId: number): Promise<Account> {
  const id = recordIdSchema.parse(userId);
  const account = await db.user.findUnique({ where: { id }, select: { id: true, role: true, username: true } });
  if (!account) redirect(ADMIN_USERS_HREF);
  return account;
}

/**
 * An admin disables or re-enables an account, clears its sign-in wait, resets its second factor
 * and chooses an editor's projects. Accounts are not audited tables: one plain transaction.
 */
export async function saveAccess(
  admin: SignedInUser,
  account: Account,
  { disabled, unlock, resetTwoFactor, projects }: z.output<typeof userAccessSchema>,
): Promise<void> {
  const { id } = account;
  if (id === admin.id && disabled) throw new WriteRefused({ disabled: '不能停用自己的账户' });
  const known = await db.project.count({ where: { id: { in: projects } } });
  if (known !== new Set(projects).size) throw new WriteRefused({ projects: '所选项目不存在' });
  await db.$transaction([
    db.user.update({ where: { id }, data: { disabled } }),
    // Only editors are limited to assigned projects; other roles keep none.
    db.projectAssignment.deleteMany({ where: { userId: id } }),
    db.projectAssignment.createMany({
      data: account.role === 'editor' ? projects.map((projectId) => ({ userId: id, projectId })) : [],
    }),
    // A lost phone and lost recovery codes: the official enrols again at the next sign-in (an
    // admin must), so their sessions end now.
    ...(resetTwoFactor
      ? [
          db.user.update({ where: { id }, data: { totpSecret: null, totpEnabled: false, totpLastStep: null } }),
          db.recoveryCode.deleteMany({ where: { userId: id } }),
        ]
      : []),
    ...(disabled || resetTwoFactor ? [db.session.deleteMany({ where: { userId: id } })] : []),
  ]);
  if (unlock) await clearAccountThrottle(db, account.username);
}
