'use server';

import { ADMINS } from '@/lib/auth/roles';
import { ADMIN_INITIATIVES_HREF } from '@/lib/links';
import type { FormState } from '@/lib/validations/form-state';
import { initiativeFormSchema } from '@/lib/validations/initiative-form';
import { resultAreaOf, saveResultArea } from '@/lib/writes/initiative-writes';
import { workspaceAction } from '@/lib/writes/workspace-action';

/** Adds (id null) or edits a results area under 两年见效. Admins only. */
export async function saveInitiative(id: string | null, _state: FormState, formData: FormData): Promise<FormState> {
  return workspaceAction(
    {
      roles: ADMINS,
      authorize: () => resultAreaOf(id),
      schema: initiativeFormSchema,
      write: (input, { user, target }) => saveResultArea(user, target, input),
      redirectTo: () => `${ADMIN_INITIATIVES_HREF}?saved=initiative`,
    },
    formData,
  );
}
