'use server';

import { z } from 'zod';
import { ADMINS } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { EMPTY_IMPORT_STATE, type ImportState } from '@/lib/import/import-state';
import { ADMIN_IMPORT_HREF } from '@/lib/links';
import { digestSchema } from '@/lib/validations/import-page';
import { requiredText } from '@/lib/validations/project-fields';
import { applyPendingUpload, ImportRefused } from '@/lib/writes/import-apply';
import { workspaceAction, type RefusalAnswer } from '@/lib/writes/workspace-action';

// Each field as one string (absent: empty), so that a missing digest reads as "check a file first".
const text = (value: unknown) => (value === undefined ? '' : String(value));

const applySchema = z.object({
  digest: z.preprocess(text, digestSchema),
  reason: z.preprocess(text, requiredText('导入原因', 500)),
  evidence: z.preprocess(text, requiredText('来源或依据', 500)),
});

/** The apply form's answer: field errors next to the fields, the rows' problems as the dry run lists them. */
const importAnswer: RefusalAnswer<ImportState> = (form, refusal) => ({
  ...EMPTY_IMPORT_STATE,
  values: { reason: text(form.reason).slice(0, 500), evidence: text(form.evidence).slice(0, 500) },
  fieldErrors: refusal.errors,
  errors:
    refusal instanceof ImportRefused
      ? refusal.rows
      : refusal.formMessage
        ? [{ row: null, column: null, message: refusal.formMessage }]
        : [],
});

/**
 * Step 2 (step 1 is the route /admin/import/check): the checked file written all or nothing, in
 * short transactions (lib/writes/import-apply.ts). Its chunks leave the public pages alone, so
 * they are expired here once, when the whole import is in.
 */
export async function applyImportAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  return workspaceAction(
    {
      roles: ADMINS,
      schema: applySchema,
      write: (input, { user }) => applyPendingUpload(db, user, input),
      revalidate: true,
      redirectTo: (applied) =>
        `${ADMIN_IMPORT_HREF}?${new URLSearchParams(Object.entries(applied).map(([key, n]) => [key, String(n)]))}`,
      answer: importAnswer,
    },
    formData,
  );
}
