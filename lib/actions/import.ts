'use server';

import { z } from 'zod';
import { requireUser } from '@/lib/auth/guards';
import { ADMINS } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { actorOf } from '@/lib/actions/project-writes';
import { HEADER_OF, type ImportKey } from '@/lib/import/columns';
import { applyImport, ImportRefused } from '@/lib/import/apply-import';
import { EMPTY_IMPORT_STATE, MAX_WEB_IMPORT_BYTES, type ImportState } from '@/lib/import/import-state';
import { planImport } from '@/lib/import/plan-import';
import { readImportFile } from '@/lib/import/read-table';
import { fieldErrors } from '@/lib/validations/form-state';
import { requiredText } from '@/lib/validations/project-fields';

const refused = (message: string): ImportState => ({ ...EMPTY_IMPORT_STATE, errors: [{ row: null, column: null, message }] });
const PREVIEW_ROWS = 200;

/** Step 1: read and check the uploaded file; writes nothing. */
export async function dryRunImport(_state: ImportState, formData: FormData): Promise<ImportState> {
  await requireUser(ADMINS);
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { ...EMPTY_IMPORT_STATE, fieldErrors: { file: '请选择要导入的 CSV 或 XLSX 文件' } };
  if (file.size > MAX_WEB_IMPORT_BYTES) return refused('网页上传的文件不能超过 5 MB；更大的文件请用命令行 npm run import 导入。');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const table = await readImportFile(bytes);
  if (!table.ok) return { ...EMPTY_IMPORT_STATE, errors: table.errors };
  const plan = await planImport(db, table.rows);
  return {
    ...EMPTY_IMPORT_STATE,
    errors: plan.errors,
    preview: {
      creates: plan.creates.slice(0, PREVIEW_ROWS).map(({ row, slug, name }) => ({ row, slug, name })),
      updates: plan.updates.slice(0, PREVIEW_ROWS).map(({ row, slug, name, changes, addSets }) => ({
        row,
        slug,
        name,
        fields: [...Object.keys(changes).map((key) => HEADER_OF[key as ImportKey] ?? key), ...(addSets.length > 0 ? [HEADER_OF.sets] : [])],
      })),
      unchanged: plan.unchanged,
      encoding: table.encoding,
    },
    file: plan.errors.length === 0 ? { name: file.name.slice(0, 200), content: Buffer.from(bytes).toString('base64') } : null,
  };
}

const applySchema = z.object({
  reason: requiredText('导入原因', 500),
  evidence: requiredText('来源或依据', 500),
  fileName: z.string().max(200),
  content: z.string().min(1).max(Math.ceil((MAX_WEB_IMPORT_BYTES * 4) / 3) + 4),
});

/** Step 2: the same file, checked again, written in one audited transaction or not at all. */
export async function applyImportAction(state: ImportState, formData: FormData): Promise<ImportState> {
  const user = await requireUser(ADMINS);
  const raw = Object.fromEntries(['reason', 'evidence', 'fileName', 'content'].map((key) => [key, formData.get(key) ?? '']));
  const parsed = applySchema.safeParse(raw);
  const values = { reason: String(raw.reason).slice(0, 500), evidence: String(raw.evidence).slice(0, 500) };
  if (!parsed.success) return { ...state, values, fieldErrors: fieldErrors(parsed.error) };
  const table = await readImportFile(new Uint8Array(Buffer.from(parsed.data.content, 'base64')));
  if (!table.ok) return { ...EMPTY_IMPORT_STATE, errors: table.errors };
  const context = { actor: { ...actorOf(user), role: 'import' as const }, reason: parsed.data.reason, sourceRef: `${parsed.data.evidence}（文件：${parsed.data.fileName}）` };
  try {
    const applied = await applyImport(db, table.rows, context);
    return { ...EMPTY_IMPORT_STATE, applied };
  } catch (error) {
    if (error instanceof ImportRefused) return { ...EMPTY_IMPORT_STATE, errors: error.errors };
    throw error;
  }
}
