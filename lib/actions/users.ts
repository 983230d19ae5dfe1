'use server';

import { ADMINS } from '@/lib/auth/roles';
import { ADMIN_USERS_HREF } from '@/lib/links';
import type { FormState } from '@/lib/validations/form-state';
import { userAccessSchema } from '@/lib/validations/user-access';
import { accountOf, saveAccess } from '@/lib/writes/user-access';
import { workspaceAction } from '@/lib/writes/workspace-action';

/** Admins change an account's access (lib/writes/user-access.ts). Accounts are created with `npm run user:create`. */
export async function saveUserAccess(userId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return workspaceAction(
    {
      roles: ADMINS,
      authorize: () => accountOf(userId),
      schema: userAccessSchema,
      write: (input, { user, target }) => saveAccess(user, target, input),
      redirectTo: () => `${ADMIN_USERS_HREF}?saved=user`,
    },
    formData,
  );
}
