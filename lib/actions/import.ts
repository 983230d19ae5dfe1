'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/guards';
import { ADMINS } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { actorOf } from '@/lib/writes/write-context';
import { expirePublicPages } from '@/lib/cache/invalidation';
import { applyImport, ImportRefused, type ImportSummary } from '@/lib/import/apply-import';
import { EMPTY_IMPORT_STATE, UPLOAD_MESSAGES, type ImportState } from '@/lib/import/import-state';
import { dropPendingUpload, findPendingUpload } from '@/lib/import/pending-upload';
import { readImportFile } from '@/lib/import/read-table';
import { fieldErrors, formValues } from '@/lib/validations/form-state';
import { digestSchema } from '@/lib/validations/import-page';
import { requiredText } from '@/lib/validations/project-fields';
import { DatabaseBusy } from '@/lib/revisions/with-audit';
import { BUSY_MESSAGE } from '@/lib/i18n/messages/workspace';

const applySchema = z.object({
  digest: digestSchema,
  reason: requiredText('导入原因', 500),
  evidence: requiredText('来源或依据', 500),
});

const refused = (values: ImportState['values'], message: string): ImportState => ({ ...EMPTY_IMPORT_STATE, values, errors: [{ row: null, column: null, message }] });

/**
 * Step 2: the file kept by the dry run (step 1 is the route /admin/import/check), found by its
 * digest among this official's uploads only, read and planned again (the data may have changed)
 * and written all or nothing, in short transactions (lib/import/apply-import.ts).
 */
export async function applyImportAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  const user = await requireUser(ADMINS);
  const form = formValues(formData);
  const raw = Object.fromEntries(['digest', 'reason', 'evidence'].map((key) => [key, String(form[key] ?? '')]));
  const values = { reason: raw.reason.slice(0, 500), evidence: raw.evidence.slice(0, 500) };
  const parsed = applySchema.safeParse(raw);
  if (!parsed.success) return { ...EMPTY_IMPORT_STATE, values, fieldErrors: fieldErrors(parsed.error) };
  const { digest, reason, evidence } = parsed.data;
  const upload = await findPendingUpload(db, user.id, digest);
  if (!upload) return refused(values, UPLOAD_MESSAGES.expired);
  const table = await readImportFile(upload.bytes);
  if (!table.ok) return { ...EMPTY_IMPORT_STATE, values, errors: table.errors };
  const context = { actor: { ...actorOf(user), role: 'import' as const }, reason, sourceRef: `${evidence}（文件：${upload.fileName}）` };
  let applied: ImportSummary;
  try {
    applied = await applyImport(db, table.rows, context);
  } catch (error) {
    if (error instanceof ImportRefused) return { ...EMPTY_IMPORT_STATE, values, errors: error.errors };
    if (error instanceof DatabaseBusy) return refused(values, BUSY_MESSAGE);
    throw error;
  }
  expirePublicPages();
  await dropPendingUpload(db, user.id, digest);
  redirect(`/admin/import?${new URLSearchParams(Object.entries(applied).map(([key, n]) => [key, String(n)]))}`);
}
