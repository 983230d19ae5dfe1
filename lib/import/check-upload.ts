import type { PrismaClient } from '@prisma/client';
import { HEADER_OF, type ImportKey } from '@/lib/import/columns';
import { PREVIEW_ROWS, type ImportCheck, type ImportPreview } from '@/lib/import/import-state';
import { findPendingUpload } from '@/lib/import/pending-upload';
import { planImport, type ImportPlan } from '@/lib/import/plan-import';
import { readImportFile } from '@/lib/import/read-table';

/** Counts of everything; the rows themselves only up to PREVIEW_ROWS each, for the page. */
export function previewOf(plan: ImportPlan, encoding: string): ImportPreview {
  return {
    counts: { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged },
    creates: plan.creates.slice(0, PREVIEW_ROWS).map(({ row, slug, name }) => ({ row, slug, name })),
    updates: plan.updates.slice(0, PREVIEW_ROWS).map(({ row, slug, name, changes, addSets }) => ({
      row,
      slug,
      name,
      fields: [
        ...Object.keys(changes).map((key) => HEADER_OF[key as ImportKey] ?? key),
        ...(addSets.length > 0 ? [HEADER_OF.sets] : []),
      ],
    })),
    encoding,
  };
}

/**
 * The dry run of a kept upload, planned afresh against the data as it is now (the same
 * planning the apply runs): null when the file is not this official's, expired or applied.
 */
export async function checkPendingUpload(
  db: PrismaClient,
  userId: number,
  digest: string,
): Promise<ImportCheck | null> {
  const upload = await findPendingUpload(db, userId, digest);
  if (!upload) return null;
  const table = await readImportFile(upload.bytes);
  if (!table.ok) return { fileName: upload.fileName, errors: table.errors, preview: null };
  const plan = await planImport(db, table.rows);
  return { fileName: upload.fileName, errors: plan.errors, preview: previewOf(plan, table.encoding) };
}
