'use server';

import { ADMINS } from '@/lib/auth/roles';
import { ADMIN_ENTERPRISES_HREF } from '@/lib/links';
import { enterpriseNameFormSchema } from '@/lib/validations/enterprise-form';
import type { FormState } from '@/lib/validations/form-state';
import { enterpriseOf, saveEnterpriseNameEn } from '@/lib/writes/enterprise-writes';
import { workspaceAction } from '@/lib/writes/workspace-action';

/** Saves an enterprise's English name. Admins only: an enterprise is not one editor's project. */
export async function saveEnterpriseName(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return workspaceAction(
    {
      roles: ADMINS,
      authorize: () => enterpriseOf(id),
      schema: enterpriseNameFormSchema,
      write: (input, { user, target }) => saveEnterpriseNameEn(user, target, input),
      redirectTo: (saved) => `${ADMIN_ENTERPRISES_HREF}?saved=${saved}`,
    },
    formData,
  );
}
